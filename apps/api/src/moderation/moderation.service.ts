import { HttpStatus, Injectable } from '@nestjs/common';
import { CASE_STUDY_LIMITS, CaseStudyErrorCode, type DecisionRequest, type ModerationDecision, type ModerationQueueItem, type Page, type PageQuery, TEMPLATE_SECTIONS } from '@twinning/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { nextStatus } from '../case-studies/case-study-lifecycle';
import { toModerationDecision, toPersonRef } from '../case-studies/case-study.mapper';
import { CaseStudiesRepository } from '../case-studies/case-studies.repository';
import { CaseStudyException } from '../case-studies/case-studies.errors';
import { toPage, toPagination } from '../common/dto/page-query.dto';
import { AppException } from '../common/errors/app.exception';
import { ValidationException } from '../common/errors/validation.exception';
import { TransactionRunner } from '../database/transaction';
import { toMunicipalitySummary } from '../municipalities/municipality.mapper';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { SearchOutboxRepository } from '../search/search-outbox.repository';
import { type UserEntity } from '../users/user.entity';
import { isPostgresError, PostgresErrorCode } from '../common/errors/postgres-errors';

@Injectable()
export class ModerationService {
  constructor(
    private readonly caseStudies: CaseStudiesRepository,
    private readonly notifications: NotificationsRepository,
    private readonly searchOutbox: SearchOutboxRepository,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  async moderationQueue(query: PageQuery): Promise<Page<ModerationQueueItem>> {
    const pagination = toPagination(query);
    return toPage(await this.caseStudies.moderationQueue(pagination), pagination, ({ revision, previousRevisionId }) => ({
      revisionId: revision.id,
      revisionNumber: revision.number,
      caseStudyId: revision.caseStudyId,
      title: revision.content.title,
      outcome: revision.content.outcome,
      language: revision.content.language,
      municipality: toMunicipalitySummary(revision.caseStudy.municipality),
      submittedAt: revision.submittedAt.toISOString(),
      submittedBy: toPersonRef(revision.submittedBy),
      previousRevisionId,
      publishAnonymously: revision.publishAnonymously,
    }));
  }

  /**
   * Decides on the latest submitted revision. The case study's row is locked first, so of two
   * moderators deciding at the same moment one decides and the other finds it decided (409).
   */
  async decide(revisionId: string, request: DecisionRequest, moderator: UserEntity): Promise<ModerationDecision> {
    const sectionComments = normaliseSectionComments(request.sectionComments);
    const comment = request.comment.trim();
    if (request.decision !== 'approve' && !comment && Object.keys(sectionComments).length === 0) {
      throw new ValidationException([{ field: 'comment', rule: 'comment_required', reason: 'is required (or a section comment) to request changes or reject' }]);
    }
    const revision = await this.caseStudies.findRevision(revisionId);
    if (!revision) throw CaseStudyException.revisionNotFound(revisionId);
    return this.transactions.run(async (transaction) => {
      const caseStudy = (await this.caseStudies.findByIdForUpdate(revision.caseStudyId, transaction))!;
      const current = await this.caseStudies.findRevision(revisionId, transaction);
      if (current?.decision) throw alreadyDecided(current.decision.moderator?.displayName, current.decision.decision);
      if (revision.submittedById === moderator.id) {
        throw new AppException(HttpStatus.CONFLICT, CaseStudyErrorCode.OwnSubmission, 'Another moderator must decide on your own submission.');
      }
      if (revision.number !== (await this.caseStudies.latestRevisionNumber(caseStudy.id, transaction))) {
        throw new AppException(HttpStatus.CONFLICT, CaseStudyErrorCode.InvalidTransition, 'A newer revision of this case study exists.', [{ field: 'revision', rule: 'outdated_version', reason: 'is not the latest' }]);
      }
      const hasPublishedRevision = caseStudy.publishedRevisionId !== null;
      const status = nextStatus(caseStudy.status, request.decision, hasPublishedRevision);
      const decision = await this.caseStudies
        .insertDecision({ revisionId, moderatorId: moderator.id, decision: request.decision, comment, sectionComments }, transaction)
        .catch((error: unknown) => {
          // The unique revision_id is the last word, should anything decide outside this lock.
          if (isPostgresError(error, PostgresErrorCode.UniqueViolation)) throw alreadyDecided(undefined, undefined);
          throw error;
        });
      if (request.decision === 'approve') {
        await this.caseStudies.update(caseStudy.id, { status, publishedRevisionId: revisionId, publishedAt: new Date(), publishedAnonymously: revision.publishAnonymously }, transaction);
        await this.searchOutbox.enqueue(transaction, [caseStudy.id]);
      } else if (request.decision === 'reject' && hasPublishedRevision) {
        // The published version stands; the working copy goes back to it.
        await this.caseStudies.update(
          caseStudy.id,
          { status, content: caseStudy.publishedRevision!.content, publishAnonymously: caseStudy.publishedAnonymously, version: caseStudy.version + 1 },
          transaction,
        );
      } else {
        await this.caseStudies.update(caseStudy.id, { status }, transaction);
      }
      const authors = [...new Set([revision.submittedById, caseStudy.createdById].filter((id): id is string => id !== null))];
      await this.notifications.insertMany(
        authors.map((userId) => ({ userId, kind: 'moderation_decision', caseStudyId: caseStudy.id, title: revision.content.title, decision: request.decision })),
        transaction,
      );
      await this.audit.record(transaction, {
        actorId: moderator.id,
        action: `case_study.${request.decision}`,
        entityType: 'case_study',
        entityId: caseStudy.id,
        before: { status: caseStudy.status },
        after: { status, revisionNumber: revision.number },
      });
      return toModerationDecision(decision);
    });
  }
}

function alreadyDecided(moderatorName: string | undefined, decision: string | undefined): AppException {
  return new AppException(
    HttpStatus.CONFLICT,
    CaseStudyErrorCode.AlreadyDecided,
    `${moderatorName ?? 'Another moderator'} has already decided on this revision.`,
    decision ? [{ field: 'decision', rule: 'wrong_state', reason: `is ${decision}`, params: { state: decision } }] : undefined,
  );
}

/** Keeps the comments on known sections that say something. */
function normaliseSectionComments(comments: DecisionRequest['sectionComments']): DecisionRequest['sectionComments'] {
  const unknown = Object.keys(comments).filter((section) => !(TEMPLATE_SECTIONS as readonly string[]).includes(section));
  if (unknown.length > 0) throw new ValidationException(unknown.map((section) => ({ field: `sectionComments.${section}`, rule: 'unknown_field', reason: 'is not a section of the template' })));
  const result: DecisionRequest['sectionComments'] = {};
  for (const section of TEMPLATE_SECTIONS) {
    const text = comments[section];
    if (text === undefined) continue;
    if (typeof text !== 'string' || text.length > CASE_STUDY_LIMITS.decisionCommentMaxLength) {
      throw new ValidationException([{ field: `sectionComments.${section}`, rule: 'too_long', reason: `must be a text of at most ${CASE_STUDY_LIMITS.decisionCommentMaxLength} characters`, params: { max: CASE_STUDY_LIMITS.decisionCommentMaxLength } }]);
    }
    if (text.trim()) result[section] = text.trim();
  }
  return result;
}
