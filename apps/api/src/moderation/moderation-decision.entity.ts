import { MODERATION_DECISIONS, type ModerationDecisionKind, type TemplateSection } from '@twinning/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CaseStudyRevisionEntity } from '../case-studies/case-study-revision.entity';
import { UserEntity } from '../users/user.entity';

/** A moderator's decision on one revision; one per revision, so two at once cannot both land. */
@Entity({ name: 'moderation_decisions' })
export class ModerationDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'revision_id', type: 'uuid', unique: true })
  revisionId: string;

  @OneToOne(() => CaseStudyRevisionEntity, (revision) => revision.decision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision: Relation<CaseStudyRevisionEntity>;

  @Column({ name: 'moderator_id', type: 'uuid', nullable: true })
  moderatorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'moderator_id' })
  moderator: Relation<UserEntity> | null;

  @Column({ type: 'enum', enum: MODERATION_DECISIONS, enumName: 'moderation_decision_kind' })
  decision: ModerationDecisionKind;

  @Column({ type: 'text', default: '' })
  comment: string;

  @Column({ name: 'section_comments', type: 'jsonb', default: {} })
  sectionComments: Partial<Record<TemplateSection, string>>;

  @CreateDateColumn({ name: 'decided_at', type: 'timestamptz' })
  decidedAt: Date;
}
