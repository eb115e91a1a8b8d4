import { textsOf, type TranslationQueueItem, type TranslationRevision } from '@twinning/contracts';
import { type CaseStudyAccess } from '../case-studies/case-study-access';
import { toPersonRef } from '../case-studies/case-study.mapper';
import { toMunicipalitySummary } from '../municipalities/municipality.mapper';
import { type CaseStudyTranslationRevisionEntity } from './case-study-translation-revision.entity';
import { translatorAsSeen } from './translation-access';

/** Needs the relations TranslationsRepository.findRevision loads. */
export function toTranslationRevision(revision: CaseStudyTranslationRevisionEntity, access: Pick<CaseStudyAccess, 'knowsTown'>): TranslationRevision {
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
