import { type CaseStudyContent } from '@twinning/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { ModerationDecisionEntity } from '../moderation/moderation-decision.entity';
import { UserEntity } from '../users/user.entity';
import { CaseStudyEntity } from './case-study.entity';

/** The content of a case study frozen at a submission. Never changed once written. */
@Entity({ name: 'case_study_revisions' })
@Unique('case_study_revisions_number', ['caseStudyId', 'number'])
export class CaseStudyRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_study_id', type: 'uuid' })
  caseStudyId: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy: Relation<CaseStudyEntity>;

  /** 1, 2, 3… per case study. */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'jsonb' })
  content: CaseStudyContent;

  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true })
  submittedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'submitted_by_id' })
  submittedBy: Relation<UserEntity> | null;

  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @OneToOne(() => ModerationDecisionEntity, (decision) => decision.revision)
  decision: Relation<ModerationDecisionEntity> | null;
}
