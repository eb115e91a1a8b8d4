import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type ReportTargetKind } from '@twinning/contracts';
import { IsNull, Repository } from 'typeorm';
import { AdaptationCheckInEntity } from '../adaptations/adaptation-check-in.entity';
import { AdaptationEntity } from '../adaptations/adaptation.entity';
import { CaseStudyEntity } from '../case-studies/case-study.entity';
import { type Pagination } from '../common/dto/page-query.dto';
import { lockRow, type Transaction } from '../database/transaction';
import { DiscussionPostEntity } from '../questions/discussion-post.entity';
import { ContentReportEntity, type ReportResolution } from './content-report.entity';

/** What a report is about, with the case study it belongs to (and its published revision, for the title). */
export interface ReportTarget {
  kind: ReportTargetKind;
  id: string;
  caseStudy: CaseStudyEntity;
  adaptationId: string | null;
  checkInId: string | null;
  postId: string | null;
  /** For a question or an answer: the question. */
  questionId: string | null;
  /** The reported text, whole. */
  text: string;
  /** A question or an answer hidden by a moderator, or an answer under a hidden question. */
  hidden: boolean;
}

const ENTITY_OF = { case_study: CaseStudyEntity, adaptation: AdaptationEntity, check_in: AdaptationCheckInEntity, post: DiscussionPostEntity } as const;

@Injectable()
export class ReportsRepository {
  constructor(@InjectRepository(ContentReportEntity) private readonly reports: Repository<ContentReportEntity>) {}

  /** The target, or null when there is none of that kind with that id; locked when a transaction is given, so a report and a moderator's decision on it happen one after the other. */
  async findTarget(kind: ReportTargetKind, id: string, transaction: Transaction): Promise<ReportTarget | null> {
    if (!(await lockRow(transaction, ENTITY_OF[kind], id))) return null;
    return this.loadTarget(kind, id, transaction);
  }

  insert(report: Pick<ContentReportEntity, 'reporterId' | 'reason'>, target: ReportTarget, transaction: Transaction): Promise<unknown> {
    return transaction.getRepository(ContentReportEntity).insert({
      ...report,
      targetKind: target.kind,
      targetId: target.id,
      caseStudyId: target.caseStudy.id,
      adaptationId: target.adaptationId,
      checkInId: target.checkInId,
      postId: target.postId,
      resolvedAt: null,
      resolvedById: null,
      resolution: null,
    });
  }

  /** Closes the target's open reports; how many there were. */
  async resolveOpen(kind: ReportTargetKind, id: string, resolution: ReportResolution, resolvedById: string, transaction: Transaction): Promise<number> {
    const result = await transaction.getRepository(ContentReportEntity).update({ targetKind: kind, targetId: id, resolvedAt: IsNull() }, { resolvedAt: new Date(), resolvedById, resolution });
    return result.affected ?? 0;
  }

  /** Things with open reports, the longest waiting first, with those reports. */
  async openQueue(pagination: Pagination): Promise<{ rows: { target: ReportTarget; reports: ContentReportEntity[] }[]; total: number }> {
    const [page, [{ total }]] = await Promise.all([
      this.reports.query(
        `SELECT target_kind AS "kind", target_id AS "id" FROM content_reports WHERE resolved_at IS NULL
         GROUP BY target_kind, target_id ORDER BY min(created_at), target_id OFFSET $1 LIMIT $2`,
        [pagination.offset, pagination.perPage],
      ) as Promise<{ kind: ReportTargetKind; id: string }[]>,
      this.reports.query(`SELECT count(DISTINCT (target_kind, target_id))::int AS total FROM content_reports WHERE resolved_at IS NULL`) as Promise<{ total: number }[]>,
    ]);
    if (page.length === 0) return { rows: [], total };
    const reports = await this.reports.find({ where: page.map(({ kind, id }) => ({ targetKind: kind, targetId: id, resolvedAt: IsNull() })), relations: { reporter: true }, order: { createdAt: 'ASC', id: 'ASC' } });
    const rows = await Promise.all(
      page.map(async ({ kind, id }) => ({ target: (await this.loadTarget(kind, id, this.reports.manager))!, reports: reports.filter((report) => report.targetKind === kind && report.targetId === id) })),
    );
    return { rows, total };
  }

  private async loadTarget(kind: ReportTargetKind, id: string, transaction: Transaction): Promise<ReportTarget | null> {
    const none = { adaptationId: null, checkInId: null, postId: null, questionId: null, hidden: false };
    switch (kind) {
      case 'case_study': {
        const caseStudy = await transaction.getRepository(CaseStudyEntity).findOne({ where: { id }, relations: { publishedRevision: true } });
        return caseStudy && { ...none, kind, id, caseStudy, text: caseStudy.publishedRevision?.content.summary ?? caseStudy.content.summary };
      }
      case 'adaptation': {
        const adaptation = await transaction.getRepository(AdaptationEntity).findOne({ where: { id }, relations: { caseStudy: { publishedRevision: true } } });
        return adaptation && { ...none, kind, id, caseStudy: adaptation.caseStudy, adaptationId: id, text: [adaptation.localContext, adaptation.changes, adaptation.plannedSteps].filter(Boolean).join('\n\n') };
      }
      case 'check_in': {
        const checkIn = await transaction.getRepository(AdaptationCheckInEntity).findOne({ where: { id }, relations: { adaptation: { caseStudy: { publishedRevision: true } } } });
        return checkIn && { ...none, kind, id, caseStudy: checkIn.adaptation.caseStudy, adaptationId: checkIn.adaptationId, checkInId: id, text: [checkIn.note, checkIn.results].filter(Boolean).join('\n\n') };
      }
      case 'post': {
        const post = await transaction.getRepository(DiscussionPostEntity).findOne({ where: { id }, relations: { question: true, caseStudy: { publishedRevision: true } } });
        return (
          post && { ...none, kind, id, caseStudy: post.caseStudy, postId: id, questionId: post.questionId ?? id, text: post.body, hidden: post.hiddenAt !== null || (post.question?.hiddenAt ?? null) !== null }
        );
      }
    }
  }
}
