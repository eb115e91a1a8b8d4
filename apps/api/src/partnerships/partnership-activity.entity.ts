import { CURRENCIES, type Currency, PARTNERSHIP_ACTIVITY_KINDS, type PartnershipActivityKind, type TextVariants } from '@twinning/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { CaseStudyEntity } from '../case-studies/case-study.entity';
import { FundingProgrammeEntity } from '../funding/funding-programme.entity';
import { UserEntity } from '../users/user.entity';
import { PartnershipEntity } from './partnership.entity';

/** A study visit, staff exchange, training or joint project of a partnership, and what it built. */
@Entity({ name: 'partnership_activities' })
@Index('partnership_activities_partnership', ['partnershipId', 'startsOn'])
@Check('partnership_activities_dates', `"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
@Check('partnership_activities_participants', `"participant_count" IS NULL OR "participant_count" >= 0`)
@Check('partnership_activities_funding', `"kind" = 'joint_project' OR ("funding_programme_id" IS NULL AND "funding_amount" IS NULL)`)
@Check('partnership_activities_amount_currency', `("funding_amount" IS NULL) = ("funding_currency" IS NULL)`)
export class PartnershipActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership: Relation<PartnershipEntity>;

  @Column({ type: 'enum', enum: PARTNERSHIP_ACTIVITY_KINDS, enumName: 'partnership_activity_kind' })
  kind: PartnershipActivityKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'title_variants', type: 'jsonb', default: () => "'{}'" })
  titleVariants: TextVariants;

  @Column({ name: 'description_variants', type: 'jsonb', default: () => "'{}'" })
  descriptionVariants: TextVariants;

  @Column({ name: 'learned_variants', type: 'jsonb', default: () => "'{}'" })
  learnedVariants: TextVariants;

  /** YYYY-MM-DD. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ name: 'is_public', type: 'boolean', default: true })
  isPublic: boolean;

  @Column({ name: 'participant_count', type: 'integer', nullable: true })
  participantCount: number | null;

  @Column({ name: 'participant_roles', type: 'text', array: true, default: () => "'{}'" })
  participantRoles: string[];

  @Column({ type: 'text', default: '' })
  learned: string;

  @ManyToMany(() => CaseStudyEntity)
  @JoinTable({
    name: 'partnership_activity_case_studies',
    joinColumn: { name: 'activity_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'case_study_id', referencedColumnName: 'id' },
  })
  caseStudies: Relation<CaseStudyEntity>[];

  @Column({ name: 'funding_programme_id', type: 'uuid', nullable: true })
  fundingProgrammeId: string | null;

  @ManyToOne(() => FundingProgrammeEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'funding_programme_id' })
  fundingProgramme: Relation<FundingProgrammeEntity> | null;

  @Column({ name: 'funding_amount', type: 'double precision', nullable: true })
  fundingAmount: number | null;

  @Column({ name: 'funding_currency', type: 'enum', enum: CURRENCIES, enumName: 'partnership_activity_currency', nullable: true })
  fundingCurrency: Currency | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy: Relation<UserEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
