import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { DiscussionPostEntity } from './discussion-post.entity';

export const REPORT_RESOLUTIONS = ['hidden', 'dismissed'] as const;
export type ReportResolution = (typeof REPORT_RESOLUTIONS)[number];

/** A signed-in user's report of a question or answer, open until a moderator hides the post or dismisses its reports. */
@Entity({ name: 'post_reports' })
@Index('post_reports_open_per_reporter', ['postId', 'reporterId'], { unique: true, where: 'resolved_at IS NULL' })
@Index('post_reports_open', ['createdAt'], { where: 'resolved_at IS NULL' })
export class PostReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @ManyToOne(() => DiscussionPostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post: Relation<DiscussionPostEntity>;

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
