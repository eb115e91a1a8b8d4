import { type Adaptation, type AdaptationSummary, type CaseStudyContent } from '@twinning/contracts';
import { caseStudyAccess } from '../case-studies/case-study-access';
import { type CaseStudyEntity } from '../case-studies/case-study.entity';
import { titleOf, toPersonRef } from '../case-studies/case-study.mapper';
import { type UserEntity } from '../users/user.entity';
import { toMunicipalitySummary } from '../municipalities/municipality.mapper';
import { type AdaptationEntity } from './adaptation.entity';

/**
 * Needs `municipality` and `caseStudy.publishedRevision` loaded; the title is the published one.
 * `writeUp` is the case study written up from it, if any: linked for those who may see it and,
 * when it hides its town, know the town (this adaptation names it).
 */
export function toAdaptationSummary(adaptation: AdaptationEntity, writeUp: CaseStudyEntity | undefined, user: UserEntity | undefined): AdaptationSummary {
  return {
    id: adaptation.id,
    caseStudy: { id: adaptation.caseStudyId, title: titleOf(adaptation.caseStudy) },
    municipality: toMunicipalitySummary(adaptation.municipality),
    status: adaptation.status,
    discontinuedReason: adaptation.discontinuedReason,
    writeUp: writeUp && isLinkable(writeUp, user) ? { caseStudyId: writeUp.id, status: writeUp.status } : null,
    createdAt: adaptation.createdAt.toISOString(),
    updatedAt: adaptation.updatedAt.toISOString(),
  };
}

function isLinkable(writeUp: CaseStudyEntity, user: UserEntity | undefined): boolean {
  const access = caseStudyAccess(writeUp, user);
  return access.seesCaseStudy && access.knowsTown;
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
 * The fields of a write-up that join several texts of the adaptation (its changes, planned steps,
 * each check-in's note and results), each within its own limit, so together they may run over the
 * field's.
 */
export const WRITE_UP_TEXTS = ['whatWasDone', 'results'] as const satisfies readonly (keyof CaseStudyContent)[];

/**
 * The first draft of the case study a town writes up from its finished adaptation: its context,
 * changes and timeline in the story, the original's title, language and classification, the
 * original town as a partner (unless the original is anonymous), and the writer as the contact.
 * Nothing in it names the writing town on its own, so it can still be published anonymously
 * (the moderators see where its text repeats the public adaptation's). Needs
 * `municipality`, `caseStudy.publishedRevision` and `checkIns` loaded.
 */
export function writeUpContent(adaptation: AdaptationEntity, writer: UserEntity): Partial<CaseStudyContent> {
  const original = adaptation.caseStudy.publishedRevision!.content;
  const checkIns = [...adaptation.checkIns].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const timeline = checkIns.map((checkIn) => `- ${isoDate(checkIn.createdAt)} (${checkIn.status}): ${checkIn.note}`).join('\n');
  const results = checkIns.map((checkIn) => checkIn.results).filter(Boolean);
  return {
    title: original.title,
    language: original.language,
    partnerMunicipalityIds: adaptation.caseStudy.publishedAnonymously ? [] : [adaptation.caseStudy.municipalityId],
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

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
