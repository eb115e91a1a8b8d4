import { type CaseStudyLanguage, type PopulationBand, type Theme } from '@twinning/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { FundingCallEntity } from '../funding/funding-call.entity';
import { FundingProgrammeEntity } from '../funding/funding-programme.entity';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { UserEntity } from '../users/user.entity';
import { PartnerAnswerEntity } from './partner-answer.entity';

/** A town looking for partners for a joint project. Open until its deadline (the status is computed, not stored). */
@Entity({ name: 'partner_requests' })
@Index('partner_requests_deadline', ['deadline'])
export class PartnerRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The key of a demo request the seed brought; null for one staff posted. */
  @Column({ name: 'seed_key', type: 'text', unique: true, nullable: true })
  seedKey: string | null;

  @Index('partner_requests_municipality')
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality: Relation<MunicipalityEntity>;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy: Relation<UserEntity> | null;

  @Column({ type: 'text' })
  title: string;

  /** Markdown. */
  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: Theme[];

  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  sdgs: number[];

  @Column({ name: 'funding_programme_id', type: 'uuid', nullable: true })
  fundingProgrammeId: string | null;

  @ManyToOne(() => FundingProgrammeEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'funding_programme_id' })
  fundingProgramme: Relation<FundingProgrammeEntity> | null;

  @Column({ name: 'funding_call_id', type: 'uuid', nullable: true })
  fundingCallId: string | null;

  @ManyToOne(() => FundingCallEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'funding_call_id' })
  fundingCall: Relation<FundingCallEntity> | null;

  /** YYYY-MM-DD: the last day answers are taken. */
  @Column({ type: 'date' })
  deadline: string;

  @Column({ type: 'text' })
  offers: string;

  @Column({ type: 'text' })
  seeks: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: CaseStudyLanguage[];

  /** Empty: any country. */
  @Column({ name: 'partner_countries', type: 'text', array: true, default: () => "'{}'" })
  partnerCountries: string[];

  /** Empty: any size. */
  @Column({ name: 'partner_population_bands', type: 'text', array: true, default: () => "'{}'" })
  partnerPopulationBands: PopulationBand[];

  @OneToMany(() => PartnerAnswerEntity, (answer) => answer.request)
  answers: Relation<PartnerAnswerEntity>[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
