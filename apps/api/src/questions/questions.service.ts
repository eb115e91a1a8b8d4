import { HttpStatus, Injectable } from '@nestjs/common';
import { type Answer, type Question, QuestionErrorCode, type DiscussionPost } from '@twinning/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { AuthException } from '../auth/auth.errors';
import { type CaseStudyAccess, caseStudyAccess, isPubliclyVisible } from '../case-studies/case-study-access';
import { CaseStudiesRepository } from '../case-studies/case-studies.repository';
import { CaseStudyException } from '../case-studies/case-studies.errors';
import { titleOf, toPersonRef } from '../case-studies/case-study.mapper';
import { AppException } from '../common/errors/app.exception';
import { type Transaction, TransactionRunner } from '../database/transaction';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { ReportsService } from '../reports/reports.service';
import { type UserEntity } from '../users/user.entity';
import { type DiscussionPostEntity } from './discussion-post.entity';
import { QuestionsRepository } from './questions.repository';

/**
 * Questions on published case studies and their towns' answers. Anyone signed in asks (and
 * reports, through the reports' module); the owning town's staff answer; moderators hide and show again.
 * Hidden posts (and the answers under a hidden question) reach only moderators and admins.
 */
@Injectable()
export class QuestionsService {
  constructor(
    private readonly questions: QuestionsRepository,
    private readonly caseStudies: CaseStudiesRepository,
    private readonly notifications: NotificationsRepository,
    private readonly reports: ReportsService,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Newest question first, each with its answers oldest first. */
  async listQuestions(caseStudyId: string, user: UserEntity | undefined): Promise<Question[]> {
    const caseStudy = await this.caseStudies.findById(caseStudyId);
    if (!caseStudy || !isPubliclyVisible(caseStudy)) throw CaseStudyException.notFound(caseStudyId);
    const access = caseStudyAccess(caseStudy, user);
    const posts = await this.questions.listForCaseStudy(caseStudyId, access.moderator);
    return posts
      .filter((post) => post.questionId === null)
      .reverse()
      .map((question) => ({ ...toQuestion(question, access), answers: posts.filter((post) => post.questionId === question.id).map((answer) => toAnswer(answer, access)) }));
  }

  async ask(caseStudyId: string, body: string, user: UserEntity): Promise<Question> {
    const question = await this.transactions.run(async (transaction) => {
      const caseStudy = await this.caseStudies.findById(caseStudyId, transaction);
      if (!caseStudy || !isPubliclyVisible(caseStudy)) throw CaseStudyException.notFound(caseStudyId);
      const created = await this.questions.insert({ caseStudyId, questionId: null, authorId: user.id, body }, transaction);
      await this.notifications.notifyStaffOf(caseStudy.municipalityId, user.id, { kind: 'question_asked', caseStudyId, title: titleOf(caseStudy), questionId: created.id }, transaction);
      return created;
    });
    return { ...toQuestion(question, caseStudyAccess(question.caseStudy, user)), answers: [] };
  }

  /** Only verified staff of the case study's town answer; the one who asked is told. */
  async answer(questionId: string, body: string, user: UserEntity): Promise<Answer> {
    const answer = await this.transactions.run(async (transaction) => {
      const question = await this.visiblePost(questionId, user, transaction);
      if (question.questionId !== null) throw new AppException(HttpStatus.CONFLICT, QuestionErrorCode.NotAQuestion, 'An answer is given to a question, not to another answer.');
      if (!caseStudyAccess(question.caseStudy, user).owner) throw AuthException.forbidden();
      const created = await this.questions.insert({ caseStudyId: question.caseStudyId, questionId, authorId: user.id, body }, transaction);
      if (question.authorId && question.authorId !== user.id) {
        await this.notifications.insertMany([{ userId: question.authorId, kind: 'question_answered', caseStudyId: question.caseStudyId, title: titleOf(question.caseStudy), questionId }], transaction);
      }
      return created;
    });
    return toAnswer(answer, caseStudyAccess(answer.caseStudy, user));
  }

  /** Moderators hide a question or an answer (closing its open reports), or show it again. */
  async setHidden(postId: string, hidden: boolean, user: UserEntity): Promise<void> {
    await this.transactions.run(async (transaction) => {
      const post = await this.visiblePost(postId, user, transaction);
      if (hidden === (post.hiddenAt !== null)) return;
      await this.questions.setHidden(postId, hidden ? user.id : null, transaction);
      if (hidden) await this.reports.closeForHiddenPost(postId, user, transaction);
      await this.audit.record(transaction, { actorId: user.id, action: hidden ? 'post.hidden' : 'post.shown', entityType: 'discussion_post', entityId: postId, before: { hidden: !hidden }, after: { hidden } });
    });
  }

  /** The post, locked, if the caller may see it: on a public case study, and not hidden (nor under a hidden question) unless a moderator looks. */
  private async visiblePost(id: string, user: UserEntity, transaction: Transaction): Promise<DiscussionPostEntity> {
    const post = await this.questions.findByIdForUpdate(id, transaction);
    const moderator = post ? caseStudyAccess(post.caseStudy, user).moderator : false;
    if (!post || !isPubliclyVisible(post.caseStudy) || (!moderator && (post.hiddenAt !== null || (post.question?.hiddenAt ?? null) !== null))) {
      throw new AppException(HttpStatus.NOT_FOUND, QuestionErrorCode.NotFound, `No question or answer you may see has the id ${id}.`);
    }
    return post;
  }
}

/** Answers come from the case study's town, so on an anonymous one their authors stay unnamed to those who may not know it. */
function toPost(post: DiscussionPostEntity, access: Pick<CaseStudyAccess, 'knowsTown'>): DiscussionPost {
  const unnamed = post.questionId !== null && !access.knowsTown;
  return { id: post.id, body: post.body, author: unnamed ? null : toPersonRef(post.author), hidden: post.hiddenAt !== null, createdAt: post.createdAt.toISOString() };
}

function toQuestion(post: DiscussionPostEntity, access: CaseStudyAccess): Omit<Question, 'answers'> {
  return { ...toPost(post, access), caseStudyId: post.caseStudyId };
}

function toAnswer(post: DiscussionPostEntity, access: CaseStudyAccess): Answer {
  return { ...toPost(post, access), questionId: post.questionId! };
}
