import { fundingCallStatus, type PartnerAnswer, partnerRequestStatus, type PartnerRequestSummary } from '@twinning/contracts';
import { toPersonRef } from '../case-studies/case-study.mapper';
import { toMunicipalitySummary } from '../municipalities/municipality.mapper';
import { type PartnerAnswerEntity } from './partner-answer.entity';
import { type PartnerRequestEntity } from './partner-request.entity';

/** Needs `municipality`, `fundingProgramme` and `fundingCall` loaded; `today` is YYYY-MM-DD. */
export function toPartnerRequestSummary(request: PartnerRequestEntity, answerCount: number, today: string): PartnerRequestSummary {
  const call = request.fundingCall;
  return {
    id: request.id,
    title: request.title,
    municipality: toMunicipalitySummary(request.municipality),
    themes: request.themes,
    sdgs: request.sdgs.map(Number),
    deadline: request.deadline,
    status: partnerRequestStatus(request, today),
    fundingProgramme: request.fundingProgramme ? { id: request.fundingProgramme.id, name: request.fundingProgramme.name } : null,
    fundingCall: call ? { id: call.id, title: call.title, closesOn: call.closesOn, status: fundingCallStatus(call, today) } : null,
    languages: request.languages,
    partnerCountries: request.partnerCountries,
    partnerPopulationBands: request.partnerPopulationBands,
    answerCount,
    createdAt: request.createdAt.toISOString(),
  };
}

/** Needs `municipality` and `createdBy` loaded. */
export function toPartnerAnswer(answer: PartnerAnswerEntity): PartnerAnswer {
  return {
    id: answer.id,
    requestId: answer.requestId,
    municipality: toMunicipalitySummary(answer.municipality),
    message: answer.message,
    status: answer.status,
    author: toPersonRef(answer.createdBy),
    partnershipId: answer.partnershipId,
    createdAt: answer.createdAt.toISOString(),
  };
}
