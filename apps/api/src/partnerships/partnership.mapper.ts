import { type Partnership } from '@twinning/contracts';
import { toMunicipalitySummary } from '../municipalities/municipality.mapper';
import { type PartnershipEntity } from './partnership.entity';

/** Needs both municipalities loaded. */
export function toPartnership(partnership: PartnershipEntity): Partnership {
  return {
    id: partnership.id,
    municipalities: [toMunicipalitySummary(partnership.municipalityA), toMunicipalitySummary(partnership.municipalityB)],
    sinceYear: partnership.sinceYear,
    status: partnership.status,
    programme: partnership.programme,
    description: partnership.description,
    descriptionVariants: partnership.descriptionVariants,
  };
}

/** What an audit event keeps of a partnership. */
export function auditedPartnershipFields(partnership: PartnershipEntity): Record<string, unknown> {
  return {
    municipalityIds: [partnership.municipalityAId, partnership.municipalityBId],
    sinceYear: partnership.sinceYear,
    status: partnership.status,
    programme: partnership.programme,
    description: partnership.description,
    descriptionVariants: partnership.descriptionVariants,
  };
}
