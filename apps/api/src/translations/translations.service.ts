import { Injectable } from '@nestjs/common';
import {
  type CaseStudyLanguage,
  changedTextSections,
  findTranslationProblems,
  type Page,
  type PageQuery,
  type SubmitTranslationRequest,
  textPathsOf,
  type TranslatedTexts,
  type TranslationDecisionRequest,
  type TranslationQueueItem,
  type TranslationRevision,
} from '@twinning/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { AuthException } from '../auth/auth.errors';
import { type CaseStudyAccess, caseStudyAccess, isPubliclyVisible } from '../case-studies/case-study-access';
import { findIdentifyingTerms } from '../case-studies/identifying-terms';
import { titleOf } from '../case-studies/case-study.mapper';
import { type CaseStudyEntity } from '../case-studies/case-study.entity';
import { CaseStudiesRepository } from '../case-studies/case-studies.repository';
import { CaseStudyException } from '../case-studies/case-studies.errors';
import { toPage, toPagination } from '../common/dto/page-query.dto';
import { ValidationException } from '../common/errors/validation.exception';
import { type Transaction, TransactionRunner } from '../database/transaction';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { SearchOutboxRepository } from '../search/search-outbox.repository';
import { type UserEntity } from '../users/user.entity';
import { type CaseStudyTranslationRevisionEntity } from './case-study-translation-revision.entity';
import { mayTranslate } from './translation-access';
import { nextTranslationStatus } from './translation-lifecycle';
import { isAnonymous, toTranslationQueueItem, toTranslationRevision } from './translation.mapper';
import { TranslationException } from './translations.errors';
import { TranslationsRepository } from './translations.repository';

@Injectable()
export class TranslationsService {
  constructor(
    private readonly translations: TranslationsRepository,
    private readonly caseStudies: CaseStudiesRepository,
    private readonly notifications: NotificationsRepository,
    private readonly searchOutbox: SearchOutboxRepository,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  /**
   * A translation of the published revision, or a new revision of one (which is how an out-of-date
   * translation is brought up to date): staff of the town or of a partner write it, a moderator
   * reviews it before readers get it.
   */
  async submitTranslation(caseStudyId: string, request: SubmitTranslationRequest, user: UserEntity): Promise<TranslationRevision> {
    const revision = await this.transactions.run(async (transaction) => {
      const caseStudy = await this.lockPublished(caseStudyId, user, transaction);
      if (!mayTranslate(caseStudy, user, await this.translations.activePartnerIds(caseStudy.municipalityId))) throw AuthException.forbidden();
      const original = caseStudy.publishedRevision!.content;
      if (request.language === original.language) throw TranslationException.originalLanguage(request.language);
      const problems = findTranslationProblems(request.texts, original);
      if (problems.length > 0) throw new ValidationException(problems);
      const translation = await this.translations.lockOrInsert(caseStudyId, request.language, transaction);
      const latest = await this.translations.latestRevision(translation.id, transaction);
      if (latest?.status === 'submitted') throw TranslationException.alreadyWaiting();
      const texts = Object.fromEntries(textPathsOf(original).map((path) => [path, request.texts[path] ?? ''])) as TranslatedTexts;
      const created = await this.translations.insertRevision(
        { translationId: translation.id, number: (latest?.number ?? 0) + 1, texts, sourceRevisionId: caseStudy.publishedRevisionId!, municipalityId: user.municipalityId!, submittedById: user.id },
        transaction,
      );
      await this.audit.record(transaction, { actorId: user.id, action: 'case_study.translation_submitted', entityType: 'case_study', entityId: caseStudyId, after: { language: request.language, revisionNumber: created.number } });
      await this.notifications.notifyModerators(user.id, { kind: 'submission_waiting', caseStudyId, title: titleOf(caseStudy), language: request.language }, transaction);
      return created;
    });
    return this.reviewOf(revision, caseStudyAccess(revision.translation.caseStudy, user));
  }

  /** One revision beside the original texts it translates: for the moderators, the town, and the translators' town. */
  async getRevision(id: string, user: UserEntity): Promise<TranslationRevision> {
    const revision = await this.translations.findRevision(id);
    const access = revision && caseStudyAccess(revision.translation.caseStudy, user);
    if (!revision || !access?.seesCaseStudy) throw TranslationException.revisionNotFound(id);
    const translatorStaff = user.role === 'staff' && user.municipalityId === revision.municipalityId;
    if (!access.seesWorkingCopy && !translatorStaff) throw AuthException.forbidden();
    return this.reviewOf(revision, access);
  }

  async queue(query: PageQuery): Promise<Page<TranslationQueueItem>> {
    const pagination = toPagination(query);
    return toPage(await this.translations.queue(pagination), pagination, toTranslationQueueItem);
  }

  /** Approving publishes the revision for readers (and the search); a rejection needs its reason. The translator is told either way. */
  async decide(id: string, request: TranslationDecisionRequest, moderator: UserEntity): Promise<TranslationRevision> {
    const comment = request.comment.trim();
    if (request.decision === 'reject' && !comment) throw new ValidationException([{ field: 'comment', rule: 'comment_required', reason: 'is required to reject: the translators read it' }]);
    await this.transactions.run(async (transaction) => {
      const revision = await this.translations.findRevisionForUpdate(id, transaction);
      if (!revision) throw TranslationException.revisionNotFound(id);
      const status = nextTranslationStatus(revision.status, request.decision);
      await this.translations.decide({ id, translationId: revision.translationId, status, decidedById: moderator.id, decisionComment: comment }, transaction);
      const caseStudyId = revision.translation.caseStudyId;
      if (status === 'approved') await this.searchOutbox.enqueue(transaction, [caseStudyId]);
      if (revision.submittedById) {
        await this.notifications.insertMany(
          [{ userId: revision.submittedById, kind: 'translation_decision', caseStudyId, title: titleOf(revision.translation.caseStudy), decision: request.decision, language: revision.translation.language }],
          transaction,
        );
      }
      await this.audit.record(transaction, {
        actorId: moderator.id,
        action: `case_study.translation_${request.decision}`,
        entityType: 'case_study',
        entityId: caseStudyId,
        before: { status: revision.status },
        after: { status, language: revision.translation.language, revisionNumber: revision.number },
      });
    });
    return this.reviewOf((await this.translations.findRevision(id))!, { knowsTown: true });
  }

  /**
   * Staff of any town ask for a translation: the town's staff are told, and its partners', who
   * may write it. An anonymous case study's partners are not told: that would tell them the town
   * is one of theirs.
   */
  async requestTranslation(caseStudyId: string, language: CaseStudyLanguage, user: UserEntity): Promise<void> {
    if (user.role !== 'staff' || !user.municipalityId) throw AuthException.forbidden();
    await this.transactions.run(async (transaction) => {
      const caseStudy = await this.lockPublished(caseStudyId, user, transaction);
      const published = caseStudy.publishedRevision!;
      if (language === published.content.language) throw TranslationException.originalLanguage(language);
      const existing = (await this.translations.findPublished([caseStudyId])).find((translation) => translation.language === language);
      const upToDate = existing && changedTextSections(existing.publishedRevision!.sourceRevision.content, published.content).length === 0;
      if (upToDate) throw TranslationException.alreadyTranslated(language);
      const towns = [caseStudy.municipalityId, ...(caseStudy.publishedAnonymously ? [] : await this.translations.activePartnerIds(caseStudy.municipalityId))];
      for (const town of towns) {
        await this.notifications.notifyStaffOf(town, user.id, { kind: 'translation_requested', caseStudyId, title: titleOf(caseStudy), language }, transaction);
      }
    });
  }

  /**
   * The revision with what in its texts could name the town, when the case study is or asks to be
   * anonymous: found as on the revision review, and only for those who know the town (the kinds
   * of the terms found would tell anyone else).
   */
  private async reviewOf(revision: CaseStudyTranslationRevisionEntity, access: Pick<CaseStudyAccess, 'knowsTown'>): Promise<TranslationRevision> {
    const caseStudy = revision.translation.caseStudy;
    const identifyingTerms =
      isAnonymous(caseStudy) && access.knowsTown ? findIdentifyingTerms(revision.texts, await this.caseStudies.identifyingCandidates({ ...caseStudy, content: revision.sourceRevision.content })) : [];
    return toTranslationRevision(revision, access, identifyingTerms);
  }

  /** Locks a case study the caller may see; 404 when they may not, 409 unless it is published. */
  private async lockPublished(id: string, user: UserEntity, transaction: Transaction): Promise<CaseStudyEntity> {
    const caseStudy = await this.caseStudies.findByIdForUpdate(id, transaction);
    if (!caseStudy || !caseStudyAccess(caseStudy, user).seesCaseStudy) throw CaseStudyException.notFound(id);
    if (!isPubliclyVisible(caseStudy)) throw TranslationException.notPublished();
    return caseStudy;
  }
}
