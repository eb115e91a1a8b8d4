import { ADAPTATION_STATUSES, type AdaptationStatus } from '@twinning/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation, Unique, UpdateDateColumn } from 'typeorm';
import { CaseStudyEntity } from '../case-studies/case-study.entity';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { UserEntity } from '../users/user.entity';
import { AdaptationCheckInEntity } from './adaptation-check-in.entity';

/** A municipality adapting another one's published case study. One per town and practice. */
@Entity({ name: 'adaptations' })
@Unique('adaptations_town_practice', ['caseStudyId', 'municipalityId'])
export class AdaptationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The original case study. */
  @Index('adaptations_case_study')
  @Column({ name: 'case_study_id', type: 'uuid' })
  caseStudyId: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy: Relation<CaseStudyEntity>;

  /** The adapting municipality. */
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality: Relation<MunicipalityEntity>;

  @Column({ type: 'enum', enum: ADAPTATION_STATUSES, enumName: 'adaptation_status', default: 'exploring' })
  status: AdaptationStatus;

  @Column({ name: 'local_context', type: 'text' })
  localContext: string;

  @Column({ type: 'text' })
  changes: string;

  @Column({ name: 'planned_steps', type: 'text' })
  plannedSteps: string;

  @Column({ name: 'discontinued_reason', type: 'text', nullable: true })
  discontinuedReason: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy: Relation<UserEntity> | null;

  @OneToMany(() => AdaptationCheckInEntity, (checkIn) => checkIn.adaptation)
  checkIns: Relation<AdaptationCheckInEntity>[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
