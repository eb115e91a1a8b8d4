import { type Partnership } from '@twinning/contracts';
import { toMunicipalitySummary } from '../municipalities/municipality.mapper';
import { type PartnershipEntity } from './partnership.entity';

/** Needs both municipalities and the funding programme and call loaded. */
export function toPartnership(partnership: PartnershipEntity): Partnership {
  const { fundingProgramme, fundingCall } = partnership;
  return {
    id: partnership.id,
    kind: partnership.kind,
    municipalities: [toMunicipalitySummary(partnership.municipalityA), toMunicipalitySummary(partnership.municipalityB)],
    sinceYear: partnership.sinceYear,
    status: partnership.status,
    programme: partnership.programme,
    fundingProgramme: fundingProgramme ? { id: fundingProgramme.id, name: fundingProgramme.name } : null,
    fundingCall: fundingCall ? { id: fundingCall.id, title: fundingCall.title, closesOn: fundingCall.closesOn } : null,
    agreement: { signedOn: partnership.agreementSignedOn, url: partnership.agreementUrl, text: partnership.agreementText },
    description: partnership.description,
    descriptionVariants: partnership.descriptionVariants,
  };
}

/** What an audit event keeps of a partnership. */
export function auditedPartnershipFields(partnership: PartnershipEntity): Record<string, unknown> {
  return {
    municipalityIds: [partnership.municipalityAId, partnership.municipalityBId],
    kind: partnership.kind,
    sinceYear: partnership.sinceYear,
    status: partnership.status,
    programme: partnership.programme,
    fundingProgrammeId: partnership.fundingProgrammeId,
    fundingCallId: partnership.fundingCallId,
    agreementSignedOn: partnership.agreementSignedOn,
    agreementUrl: partnership.agreementUrl,
    agreementText: partnership.agreementText,
    description: partnership.description,
    descriptionVariants: partnership.descriptionVariants,
  };
}
