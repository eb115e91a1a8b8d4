import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { lockRow, type Transaction } from '../database/transaction';
import { DiscussionPostEntity } from './discussion-post.entity';

const WITH_CASE_STUDY = { author: true, question: true, caseStudy: { publishedRevision: true } } as const;

@Injectable()
export class QuestionsRepository {
  constructor(
    @InjectRepository(DiscussionPostEntity) private readonly posts: Repository<DiscussionPostEntity>,
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
}
