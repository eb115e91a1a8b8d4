import { type ReportTargetKind } from '@twinning/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { AdaptationCheckInEntity } from '../adaptations/adaptation-check-in.entity';
import { AdaptationEntity } from '../adaptations/adaptation.entity';
import { CaseStudyEntity } from '../case-studies/case-study.entity';
import { DiscussionPostEntity } from '../questions/discussion-post.entity';
import { UserEntity } from '../users/user.entity';

/** `hidden`: a moderator hid the question or answer; the others as in the contracts' REPORT_DECISIONS. */
export const REPORT_RESOLUTIONS = ['hidden', 'resolved', 'dismissed'] as const;
export type ReportResolution = (typeof REPORT_RESOLUTIONS)[number];

/**
 * A signed-in user's report of something they can see, open until a moderator closes the open
 * reports of that thing. `targetId` names it; the foreign key of its kind (and the case study it
 * belongs to) makes the report go with it when it is deleted.
 */
@Entity({ name: 'content_reports' })
@Index('content_reports_open_per_reporter', ['targetKind', 'targetId', 'reporterId'], { unique: true, where: 'resolved_at IS NULL' })
@Index('content_reports_open', ['createdAt'], { where: 'resolved_at IS NULL' })
export class ContentReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'target_kind', type: 'text' })
  targetKind: ReportTargetKind;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @Column({ name: 'case_study_id', type: 'uuid' })
  caseStudyId: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy: Relation<CaseStudyEntity>;

  @Column({ name: 'adaptation_id', type: 'uuid', nullable: true })
  adaptationId: string | null;

  @ManyToOne(() => AdaptationEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'adaptation_id' })
  adaptation: Relation<AdaptationEntity> | null;

  @Column({ name: 'check_in_id', type: 'uuid', nullable: true })
  checkInId: string | null;

  @ManyToOne(() => AdaptationCheckInEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'check_in_id' })
  checkIn: Relation<AdaptationCheckInEntity> | null;

  @Column({ name: 'post_id', type: 'uuid', nullable: true })
  postId: string | null;

  @ManyToOne(() => DiscussionPostEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'post_id' })
  post: Relation<DiscussionPostEntity> | null;

  @Column({ name: 'reporter_id', type: 'uuid', nullable: true })
  reporterId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'reporter_id' })
  reporter: Relation<UserEntity> | null;

  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'resolved_by_id' })
  resolvedBy: Relation<UserEntity> | null;

  @Column({ type: 'text', nullable: true })
  resolution: ReportResolution | null;
}
