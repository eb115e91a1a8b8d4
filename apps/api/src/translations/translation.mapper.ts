import { type IdentifyingTerm, textsOf, type TranslatedTextKey, type TranslationQueueItem, type TranslationRevision } from '@twinning/contracts';
import { type CaseStudyAccess } from '../case-studies/case-study-access';
import { toPersonRef } from '../case-studies/case-study.mapper';
import { type CaseStudyEntity } from '../case-studies/case-study.entity';
import { toMunicipalitySummary } from '../municipalities/municipality.mapper';
import { type CaseStudyTranslationRevisionEntity } from './case-study-translation-revision.entity';
import { translatorAsSeen } from './translation-access';

/** Published without its town's name, or asking to be: its translations are read for what could name it. */
export function isAnonymous(caseStudy: Pick<CaseStudyEntity, 'publishedAnonymously' | 'publishAnonymously'>): boolean {
  return caseStudy.publishedAnonymously || caseStudy.publishAnonymously;
}

/** Needs the relations TranslationsRepository.findRevision loads. */
export function toTranslationRevision(
  revision: CaseStudyTranslationRevisionEntity,
  access: Pick<CaseStudyAccess, 'knowsTown'>,
  identifyingTerms: IdentifyingTerm<TranslatedTextKey>[],
): TranslationRevision {
  return {
    id: revision.id,
    translationId: revision.translationId,
    caseStudyId: revision.translation.caseStudyId,
    number: revision.number,
    language: revision.translation.language,
    originalLanguage: revision.sourceRevision.content.language!,
    status: revision.status,
    texts: revision.texts,
    originalTexts: textsOf(revision.sourceRevision.content),
    translator: translatorAsSeen(revision.municipality, access),
    submittedBy: toPersonRef(revision.submittedBy),
    submittedAt: revision.submittedAt.toISOString(),
    decisionComment: revision.decisionComment,
    decidedAt: revision.decidedAt?.toISOString() ?? null,
    anonymous: isAnonymous(revision.translation.caseStudy),
    identifyingTerms,
  };
}

/** For the moderators, who know every town. */
export function toTranslationQueueItem(revision: CaseStudyTranslationRevisionEntity): TranslationQueueItem {
  return {
    revisionId: revision.id,
    caseStudyId: revision.translation.caseStudyId,
    title: revision.sourceRevision.content.title,
    language: revision.translation.language,
    originalLanguage: revision.sourceRevision.content.language!,
    translator: toMunicipalitySummary(revision.municipality),
    submittedAt: revision.submittedAt.toISOString(),
    update: revision.number > 1,
  };
}
