import { HttpStatus, Injectable } from '@nestjs/common';
import { type AuditEntityType, type Page, type PageQuery, type ReportDecision, ReportErrorCode, type ReportedContent, type ReportRequest, type ReportTargetKind } from '@twinning/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { caseStudyAccess, isPubliclyVisible } from '../case-studies/case-study-access';
import { titleOf, toPersonRef } from '../case-studies/case-study.mapper';
import { toPage, toPagination } from '../common/dto/page-query.dto';
import { AppException } from '../common/errors/app.exception';
import { isPostgresError, PostgresErrorCode } from '../common/errors/postgres-errors';
import { type Transaction, TransactionRunner } from '../database/transaction';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { type UserEntity } from '../users/user.entity';
import { type ReportTarget, ReportsRepository } from './reports.repository';

const EXCERPT_LENGTH = 300;

/** The audit log's name for each kind (a question or an answer was a discussion_post before reports covered everything). */
const AUDIT_ENTITY_TYPE: Record<ReportTargetKind, AuditEntityType> = { case_study: 'case_study', adaptation: 'adaptation', check_in: 'adaptation_check_in', post: 'discussion_post' };

/**
 * Reports of anything people can read, in one queue for the moderators. Anyone verified reports
 * what they can see, once while their report is open; the moderators are told; a moderator closes
 * a thing's open reports as resolved or dismissed, in the audit log.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  async report(request: ReportRequest, user: UserEntity): Promise<void> {
    await this.transactions.run(async (transaction) => {
      const target = await this.visibleTarget(request.targetKind, request.targetId, user, transaction);
      await this.reports.insert({ reporterId: user.id, reason: request.reason }, target, transaction).catch((error: unknown) => {
        if (isPostgresError(error, PostgresErrorCode.UniqueViolation)) {
          throw new AppException(HttpStatus.CONFLICT, ReportErrorCode.AlreadyReported, 'You have already reported this; a moderator will look at it.');
        }
        throw error;
      });
      await this.notifications.notifyModerators(
        user.id,
        { kind: 'report_waiting', caseStudyId: target.caseStudy.id, title: titleOf(target.caseStudy), adaptationId: target.adaptationId, questionId: target.questionId },
        transaction,
      );
    });
  }

  /** A moderator closes the open reports of one thing: acted on (`resolved`) or nothing wrong (`dismissed`). */
  async resolve(kind: ReportTargetKind, id: string, decision: ReportDecision, comment: string, user: UserEntity): Promise<void> {
    await this.transactions.run(async (transaction) => {
      await this.visibleTarget(kind, id, user, transaction);
      const closed = await this.reports.resolveOpen(kind, id, decision, user.id, transaction);
      if (closed === 0) throw new AppException(HttpStatus.CONFLICT, ReportErrorCode.NoOpenReports, 'This has no open reports.');
      await this.audit.record(transaction, { actorId: user.id, action: `reports.${decision}`, entityType: AUDIT_ENTITY_TYPE[kind], entityId: id, after: { closed, comment } });
    });
  }

  /** Hiding a question or an answer closes its open reports (the questions' moderation calls this in its transaction). */
  closeForHiddenPost(postId: string, user: UserEntity, transaction: Transaction): Promise<number> {
    return this.reports.resolveOpen('post', postId, 'hidden', user.id, transaction);
  }

  async openQueue(query: PageQuery): Promise<Page<ReportedContent>> {
    const pagination = toPagination(query);
    return toPage(await this.reports.openQueue(pagination), pagination, ({ target, reports }) => ({
      targetKind: target.kind,
      targetId: target.id,
      caseStudy: { id: target.caseStudy.id, title: titleOf(target.caseStudy) },
      adaptationId: target.adaptationId,
      questionId: target.questionId,
      excerpt: target.text.length > EXCERPT_LENGTH ? `${target.text.slice(0, EXCERPT_LENGTH - 1)}…` : target.text,
      hidden: target.hidden,
      reports: reports.map((report) => ({ id: report.id, reason: report.reason, reporter: toPersonRef(report.reporter), createdAt: report.createdAt.toISOString() })),
    }));
  }

  /** The target, locked, if the caller may see it: what readers see (a question or an answer not hidden), or anything for a moderator. */
  private async visibleTarget(kind: ReportTargetKind, id: string, user: UserEntity, transaction: Transaction): Promise<ReportTarget> {
    const target = await this.reports.findTarget(kind, id, transaction);
    const access = target && caseStudyAccess(target.caseStudy, user);
    const visible = target && access && (access.moderator || (isPubliclyVisible(target.caseStudy) && !target.hidden));
    if (!target || !visible) throw new AppException(HttpStatus.NOT_FOUND, ReportErrorCode.TargetNotFound, `Nothing of the kind ${kind} that you may see has the id ${id}.`);
    return target;
  }
}
