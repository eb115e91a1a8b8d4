import { type Adaptation, type AdaptationSummary, CASE_STUDY_LIMITS, type CaseStudyContent } from '@twinning/contracts';
import { caseStudyAccess } from '../case-studies/case-study-access';
import { type CaseStudyEntity } from '../case-studies/case-study.entity';
import { titleOf, toPersonRef } from '../case-studies/case-study.mapper';
import { type UserEntity } from '../users/user.entity';
import { toMunicipalitySummary } from '../municipalities/municipality.mapper';
import { type AdaptationEntity } from './adaptation.entity';

/**
 * Needs `municipality` and `caseStudy.publishedRevision` loaded; the title is the published one.
 * `writeUp` is the case study written up from it, if any; shown to those who may see it.
 */
export function toAdaptationSummary(adaptation: AdaptationEntity, writeUp: CaseStudyEntity | undefined, user: UserEntity | undefined): AdaptationSummary {
  return {
    id: adaptation.id,
    caseStudy: { id: adaptation.caseStudyId, title: titleOf(adaptation.caseStudy) },
    municipality: toMunicipalitySummary(adaptation.municipality),
    status: adaptation.status,
    discontinuedReason: adaptation.discontinuedReason,
    writeUp: writeUp && caseStudyAccess(writeUp, user).seesCaseStudy ? { caseStudyId: writeUp.id, status: writeUp.status } : null,
    createdAt: adaptation.createdAt.toISOString(),
    updatedAt: adaptation.updatedAt.toISOString(),
  };
}

/** Also needs `checkIns` with their authors. */
export function toAdaptation(adaptation: AdaptationEntity, writeUp: CaseStudyEntity | undefined, user: UserEntity | undefined): Adaptation {
  return {
    ...toAdaptationSummary(adaptation, writeUp, user),
    localContext: adaptation.localContext,
    changes: adaptation.changes,
    plannedSteps: adaptation.plannedSteps,
    checkIns: [...adaptation.checkIns]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((checkIn) => ({ id: checkIn.id, status: checkIn.status, note: checkIn.note, results: checkIn.results, author: toPersonRef(checkIn.author), createdAt: checkIn.createdAt.toISOString() })),
  };
}

/**
 * The first draft of the case study a town writes up from its finished adaptation: its context,
 * changes and timeline in the story, the original's language and classification, the original
 * town as a partner (unless the original is anonymous), and the writer as the contact. Needs
 * `municipality`, `caseStudy.publishedRevision` and `checkIns` loaded.
 */
export function writeUpContent(adaptation: AdaptationEntity, writer: UserEntity): Partial<CaseStudyContent> {
  const original = adaptation.caseStudy.publishedRevision!.content;
  const checkIns = [...adaptation.checkIns].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const timeline = checkIns.map((checkIn) => `- ${isoDate(checkIn.createdAt)} (${checkIn.status}): ${checkIn.note}`).join('\n');
  const results = checkIns.map((checkIn) => checkIn.results).filter(Boolean);
  return {
    title: writeUpTitle(adaptation.municipality.nameLocal, original.title),
    language: original.language,
    partnerMunicipalityIds: adaptation.caseStudy.publishAnonymously ? [] : [adaptation.caseStudy.municipalityId],
    outcome: adaptation.status === 'discontinued' ? 'failure' : null,
    context: adaptation.localContext,
    whatWasDone: [adaptation.changes, adaptation.plannedSteps, timeline].filter(Boolean).join('\n\n'),
    results: results.join('\n\n'),
    whatDidNotWork: adaptation.discontinuedReason ?? '',
    startDate: isoDate(adaptation.createdAt),
    endDate: isoDate(checkIns.at(-1)?.createdAt ?? adaptation.updatedAt),
    sdgs: original.sdgs,
    themes: original.themes,
    contactName: writer.displayName,
    contactEmail: writer.email,
  };
}

/** "Town: original title", or the original title alone when both would not fit: never a cut-off word. */
function writeUpTitle(town: string, originalTitle: string): string {
  const prefixed = `${town}: ${originalTitle}`;
  return prefixed.length <= CASE_STUDY_LIMITS.titleMaxLength ? prefixed : originalTitle;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
