import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { type Pagination } from '../common/dto/page-query.dto';
import { lockRow, type Transaction } from '../database/transaction';
import { DiscussionPostEntity } from './discussion-post.entity';
import { type ReportResolution, PostReportEntity } from './post-report.entity';

const WITH_CASE_STUDY = { author: true, question: true, caseStudy: { publishedRevision: true } } as const;

@Injectable()
export class QuestionsRepository {
  constructor(
    @InjectRepository(DiscussionPostEntity) private readonly posts: Repository<DiscussionPostEntity>,
    @InjectRepository(PostReportEntity) private readonly reports: Repository<PostReportEntity>,
  ) {}

  /** Questions and answers on a case study, oldest first; hidden ones only when asked for. */
  listForCaseStudy(caseStudyId: string, includeHidden: boolean): Promise<DiscussionPostEntity[]> {
    return this.posts.find({
      where: { caseStudyId, ...(includeHidden ? {} : { hiddenAt: IsNull() }) },
      relations: { author: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async insert(post: Pick<DiscussionPostEntity, 'caseStudyId' | 'questionId' | 'authorId' | 'body'>, transaction: Transaction): Promise<DiscussionPostEntity> {
    const { identifiers } = await transaction.getRepository(DiscussionPostEntity).insert({ ...post, hiddenAt: null, hiddenById: null });
    return (await this.findById(identifiers[0].id as string, transaction))!;
  }

  /** With its author and its case study (and the published revision, for the title). */
  findById(id: string, transaction?: Transaction): Promise<DiscussionPostEntity | null> {
    return (transaction ? transaction.getRepository(DiscussionPostEntity) : this.posts).findOne({ where: { id }, relations: WITH_CASE_STUDY });
  }

  /** Locks the post, so a report and a moderator's decision on it happen one after the other. */
  async findByIdForUpdate(id: string, transaction: Transaction): Promise<DiscussionPostEntity | null> {
    return (await lockRow(transaction, DiscussionPostEntity, id)) ? this.findById(id, transaction) : null;
  }

  async setHidden(id: string, hiddenById: string | null, transaction: Transaction): Promise<void> {
    await transaction.getRepository(DiscussionPostEntity).update({ id }, { hiddenAt: hiddenById ? new Date() : null, hiddenById });
  }

  insertReport(report: Pick<PostReportEntity, 'postId' | 'reporterId' | 'reason'>, transaction: Transaction): Promise<unknown> {
    return transaction.getRepository(PostReportEntity).insert({ ...report, resolvedAt: null, resolvedById: null, resolution: null });
  }

  /** Closes the post's open reports; how many there were. */
  async resolveReports(postId: string, resolution: ReportResolution, resolvedById: string, transaction: Transaction): Promise<number> {
    const result = await transaction.getRepository(PostReportEntity).update({ postId, resolvedAt: IsNull() }, { resolvedAt: new Date(), resolvedById, resolution });
    return result.affected ?? 0;
  }

  /** Posts with open reports, the longest waiting first, with those reports. */
  async reportedPosts(pagination: Pagination): Promise<{ rows: { post: DiscussionPostEntity; reports: PostReportEntity[] }[]; total: number }> {
    const waiting = this.reports
      .createQueryBuilder('report')
      .select('report.post_id', 'postId')
      .addSelect('min(report.created_at)', 'firstReportedAt')
      .where('report.resolved_at IS NULL')
      .groupBy('report.post_id');
    const [page, [{ total }]] = await Promise.all([
      waiting.clone().orderBy('"firstReportedAt"', 'ASC').addOrderBy('report.post_id', 'ASC').offset(pagination.offset).limit(pagination.perPage).getRawMany<{ postId: string }>(),
      this.reports.query(`SELECT count(DISTINCT post_id)::int AS total FROM post_reports WHERE resolved_at IS NULL`) as Promise<{ total: number }[]>,
    ]);
    const ids = page.map((row) => row.postId);
    if (ids.length === 0) return { rows: [], total };
    const [posts, reports] = await Promise.all([
      this.posts.find({ where: ids.map((id) => ({ id })), relations: WITH_CASE_STUDY }),
      this.reports.find({ where: ids.map((postId) => ({ postId, resolvedAt: IsNull() })), relations: { reporter: true }, order: { createdAt: 'ASC', id: 'ASC' } }),
    ]);
    const byId = new Map(posts.map((post) => [post.id, post]));
    return { rows: ids.map((id) => ({ post: byId.get(id)!, reports: reports.filter((report) => report.postId === id) })), total };
  }
}
