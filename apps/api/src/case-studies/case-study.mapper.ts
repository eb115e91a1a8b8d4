import {
  type AnonymousOrigin,
  type CaseStudyContent,
  type CaseStudyDetail,
  type CaseStudyRevision,
  type CaseStudyRevisionSummary,
  type CaseStudySummary,
  type IdentifyingFile,
  type IdentifyingTerm,
  type ModerationDecision,
  type MunicipalitySummary,
  type PersonRef,
} from '@twinning/contracts';
import { toCaseStudyFiles, toCoverPicture } from '../files/case-study-file.mapper';
import { type ModerationDecisionEntity } from '../moderation/moderation-decision.entity';
import { type MunicipalityEntity } from '../municipalities/municipality.entity';
import { toMunicipalitySummary } from '../municipalities/municipality.mapper';
import { type UserEntity } from '../users/user.entity';
import { type TownCountTable } from './anonymous-origin';
import { type CaseStudyAccess, caseStudyAccess } from './case-study-access';
import { type CaseStudyRevisionEntity } from './case-study-revision.entity';
import { type CaseStudyEntity } from './case-study.entity';
import { type Reading } from '../translations/translation-reading';

export function toPersonRef(user: UserEntity | null): PersonRef | null {
  return user ? { id: user.id, displayName: user.displayName } : null;
}

export function toModerationDecision(decision: ModerationDecisionEntity): ModerationDecision {
  return {
    id: decision.id,
    revisionId: decision.revisionId,
    decision: decision.decision,
    comment: decision.comment,
    sectionComments: decision.sectionComments,
    moderator: toPersonRef(decision.moderator),
    decidedAt: decision.decidedAt.toISOString(),
  };
}

/** Needs `submittedBy` and `decision.moderator` loaded. */
export function toRevisionSummary(revision: CaseStudyRevisionEntity): CaseStudyRevisionSummary {
  return {
    id: revision.id,
    number: revision.number,
    submittedAt: revision.submittedAt.toISOString(),
    submittedBy: toPersonRef(revision.submittedBy),
    decision: revision.decision ? toModerationDecision(revision.decision) : null,
    publishAnonymously: revision.publishAnonymously,
  };
}

export function toRevision(revision: CaseStudyRevisionEntity, identifyingTerms: IdentifyingTerm[], identifyingFiles: IdentifyingFile[]): CaseStudyRevision {
  return { ...toRevisionSummary(revision), caseStudyId: revision.caseStudyId, content: revision.content, identifyingTerms, identifyingFiles };
}

/** The title the public knows: the published revision's, or the working copy's before there is one. */
export function titleOf(caseStudy: Pick<CaseStudyEntity, 'content' | 'publishedRevision'>): string {
  return caseStudy.publishedRevision?.content.title ?? caseStudy.content.title;
}

/** As much of an anonymous case study's origin as may be named; null when readers are shown the town. */
function anonymousOrigin(caseStudy: Pick<CaseStudyEntity, 'publishedAnonymously' | 'municipality'>, towns: TownCountTable): AnonymousOrigin | null {
  return caseStudy.publishedAnonymously ? towns.originOf(caseStudy.municipality) : null;
}

/** What of the content this caller may read: contact details and partner towns can give an anonymous town away. */
export function visibleContent(content: CaseStudyContent, access: CaseStudyAccess): CaseStudyContent {
  return {
    ...content,
    partnerMunicipalityIds: access.knowsTown ? content.partnerMunicipalityIds : [],
    ...(access.seesContact ? {} : { contactName: '', contactRole: '', contactEmail: '' }),
  };
}

export interface CaseStudyDetailParts {
  caseStudy: CaseStudyEntity;
  /** The published revision, when there is one and the caller may see it. */
  published: CaseStudyRevisionEntity | null;
  /** The version of it the caller reads (the original or a translation); set with `published`. */
  reading: Reading | null;
  mayTranslate: boolean;
  partners: MunicipalityEntity[];
  latestDecision: ModerationDecisionEntity | null;
  access: CaseStudyAccess;
  user: UserEntity | undefined;
  towns: TownCountTable;
}

/** Needs `caseStudy.municipality`, `caseStudy.files` and `caseStudy.adaptedFrom.caseStudy.publishedRevision` loaded. */
export function toCaseStudyDetail({ caseStudy, published, reading, mayTranslate, partners, latestDecision, access, user, towns }: CaseStudyDetailParts): CaseStudyDetail {
  return {
    id: caseStudy.id,
    status: caseStudy.status,
    municipality: access.knowsTown ? toMunicipalitySummary(caseStudy.municipality) : null,
    anonymousOrigin: anonymousOrigin(caseStudy, towns),
    publishAnonymously: caseStudy.publishedAnonymously,
    featured: caseStudy.featured,
    published:
      published && reading && caseStudy.publishedAt
        ? {
            revisionId: published.id,
            revisionNumber: published.number,
            publishedAt: caseStudy.publishedAt.toISOString(),
            content: visibleContent(reading.content, access),
            contactVisible: access.seesContact,
            partners: access.knowsTown ? partners.map(toMunicipalitySummary) : [],
            translation: reading.translation,
            versions: reading.versions,
          }
        : null,
    draft: access.seesWorkingCopy
      ? { content: caseStudy.content, publishAnonymously: caseStudy.publishAnonymously, version: caseStudy.version, updatedAt: caseStudy.updatedAt.toISOString() }
      : null,
    latestDecision: access.seesWorkingCopy && latestDecision ? toModerationDecision(latestDecision) : null,
    // The adaptation names the adapting town, and the original lists it among its adapters: an
    // anonymous write-up keeps both to those who know its town.
    adaptedFrom:
      caseStudy.adaptedFrom && access.knowsTown
      ? {
          adaptationId: caseStudy.adaptedFrom.id,
          caseStudy: caseStudyAccess(caseStudy.adaptedFrom.caseStudy, user).seesCaseStudy
            ? { id: caseStudy.adaptedFrom.caseStudyId, title: titleOf(caseStudy.adaptedFrom.caseStudy) }
            : null,
        }
      : null,
    mayTranslate,
    files: toCaseStudyFiles(caseStudy.files ?? [], caseStudy.coverFileId, access.knowsTown),
    createdAt: caseStudy.createdAt.toISOString(),
  };
}

/**
 * A card in a list: the working copy for those who may see it, else the published revision, its
 * title and summary in the version the reader reads (`reading`, when given).
 */
export function toCaseStudySummary(caseStudy: CaseStudyEntity, access: CaseStudyAccess, towns: TownCountTable, reading: Reading | null = null): CaseStudySummary {
  const content = access.seesWorkingCopy || !caseStudy.publishedRevision ? caseStudy.content : caseStudy.publishedRevision.content;
  const shown = reading?.content ?? content;
  const municipality: MunicipalitySummary | null = access.knowsTown ? toMunicipalitySummary(caseStudy.municipality) : null;
  return {
    id: caseStudy.id,
    status: caseStudy.status,
    title: shown.title,
    summary: shown.summary,
    language: content.language,
    shownLanguage: shown.language,
    outcome: content.outcome,
    sdgs: content.sdgs,
    themes: content.themes,
    municipality,
    anonymousOrigin: anonymousOrigin(caseStudy, towns),
    featured: caseStudy.featured,
    cover: toCoverPicture(caseStudy.coverFile ?? null),
    publishedAt: caseStudy.publishedAt?.toISOString() ?? null,
    updatedAt: caseStudy.updatedAt.toISOString(),
  };
}
