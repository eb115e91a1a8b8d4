import { type CaseStudyLanguage, MODERATION_DECISIONS, type ModerationDecisionKind, type NotificationKind } from '@twinning/contracts';
import { AdaptationEntity } from '../adaptations/adaptation.entity';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CaseStudyEntity } from '../case-studies/case-study.entity';
import { PartnerRequestEntity } from '../partner-requests/partner-request.entity';
import { DiscussionPostEntity } from '../questions/discussion-post.entity';
import { UserEntity } from '../users/user.entity';

/** `digest`: waits for the day's digest e-mail; `pending`: to be e-mailed at once. */
export type NotificationMailStatus = 'pending' | 'digest' | 'sent' | 'failed';

@Entity({ name: 'notifications' })
@Index('notifications_user', ['userId', 'createdAt'])
@Index('notifications_mail_pending', ['createdAt'], { where: "mail_status = 'pending'" })
@Index('notifications_digest_pending', ['userId', 'createdAt'], { where: "mail_status = 'digest'" })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column({ type: 'text' })
  kind: NotificationKind;

  /** Null for news about the account itself or about a partner request. */
  @Column({ name: 'case_study_id', type: 'uuid', nullable: true })
  caseStudyId: string | null;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy: Relation<CaseStudyEntity> | null;

  @Column({ name: 'partner_request_id', type: 'uuid', nullable: true })
  partnerRequestId: string | null;

  @ManyToOne(() => PartnerRequestEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'partner_request_id' })
  partnerRequest: Relation<PartnerRequestEntity> | null;

  /** The case study's (or partner request's) title when the notification was made (the municipality's name for an account verified). */
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'enum', enum: MODERATION_DECISIONS, enumName: 'moderation_decision_kind', nullable: true })
  decision: ModerationDecisionKind | null;

  @Column({ name: 'adaptation_id', type: 'uuid', nullable: true })
  adaptationId: string | null;

  @ManyToOne(() => AdaptationEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'adaptation_id' })
  adaptation: Relation<AdaptationEntity> | null;

  @Column({ name: 'question_id', type: 'uuid', nullable: true })
  questionId: string | null;

  @ManyToOne(() => DiscussionPostEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'question_id' })
  question: Relation<DiscussionPostEntity> | null;

  /** For a translation asked for or decided on. */
  @Column({ type: 'text', nullable: true })
  language: CaseStudyLanguage | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** Null when it is not to be e-mailed (no SMTP configured, or the person chose the app alone), else pending, digest, sent or failed (given up after several attempts). */
  @Column({ name: 'mail_status', type: 'text', nullable: true })
  mailStatus: NotificationMailStatus | null;

  @Column({ name: 'mail_attempts', type: 'integer', default: 0 })
  mailAttempts: number;
}
