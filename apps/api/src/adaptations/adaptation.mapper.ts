import { type Adaptation, type AdaptationSummary } from '@twinning/contracts';
import { toPersonRef } from '../case-studies/case-study.mapper';
import { toMunicipalitySummary } from '../municipalities/municipality.mapper';
import { type AdaptationEntity } from './adaptation.entity';

/** Needs `municipality` and `caseStudy.publishedRevision` loaded; the title is the published one. */
export function toAdaptationSummary(adaptation: AdaptationEntity): AdaptationSummary {
  return {
    id: adaptation.id,
    caseStudy: { id: adaptation.caseStudyId, title: adaptation.caseStudy.publishedRevision?.content.title ?? '' },
    municipality: toMunicipalitySummary(adaptation.municipality),
    status: adaptation.status,
    discontinuedReason: adaptation.discontinuedReason,
    createdAt: adaptation.createdAt.toISOString(),
    updatedAt: adaptation.updatedAt.toISOString(),
  };
}

/** Also needs `checkIns` with their authors. */
export function toAdaptation(adaptation: AdaptationEntity): Adaptation {
  return {
    ...toAdaptationSummary(adaptation),
    localContext: adaptation.localContext,
    changes: adaptation.changes,
    plannedSteps: adaptation.plannedSteps,
    checkIns: [...adaptation.checkIns]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((checkIn) => ({ id: checkIn.id, status: checkIn.status, note: checkIn.note, results: checkIn.results, author: toPersonRef(checkIn.author), createdAt: checkIn.createdAt.toISOString() })),
  };
}
