import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CaseStudyEntity } from '../case-studies/case-study.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A question on a published case study (`questionId` null) or an answer to one. Both are kept in
 * one table because moderators hide and readers report them the same way.
 */
@Entity({ name: 'discussion_posts' })
@Index('discussion_posts_case_study', ['caseStudyId', 'createdAt'])
@Index('discussion_posts_question', ['questionId', 'createdAt'])
export class DiscussionPostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_study_id', type: 'uuid' })
  caseStudyId: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy: Relation<CaseStudyEntity>;

  /** The question this answers; null for a question. */
  @Column({ name: 'question_id', type: 'uuid', nullable: true })
  questionId: string | null;

  @ManyToOne(() => DiscussionPostEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'question_id' })
  question: Relation<DiscussionPostEntity> | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author: Relation<UserEntity> | null;

  @Column({ type: 'text' })
  body: string;

  /** Set while a moderator keeps it from everyone but moderators and admins. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_by_id', type: 'uuid', nullable: true })
  hiddenById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'hidden_by_id' })
  hiddenBy: Relation<UserEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
