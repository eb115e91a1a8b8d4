import { PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES, type PartnershipKind, type PartnershipStatus, type TextVariants } from '@twinning/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { FundingCallEntity } from '../funding/funding-call.entity';
import { FundingProgrammeEntity } from '../funding/funding-programme.entity';
import { MunicipalityEntity } from '../municipalities/municipality.entity';

/**
 * A partnership between two municipalities: a twinning, or a partnership for a joint project.
 * It is symmetric (A–B is B–A), so the pair is stored once, ordered by id, and looked up from
 * either side. A pair has one partnership whatever its kind: the joint projects of twinned towns
 * are activities of their twinning.
 */
@Entity({ name: 'partnerships' })
@Check('partnerships_ordered_pair', `"municipality_a_id" < "municipality_b_id"`)
@Unique('partnerships_pair', ['municipalityAId', 'municipalityBId'])
export class PartnershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'municipality_a_id', type: 'uuid' })
  municipalityAId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_a_id' })
  municipalityA: MunicipalityEntity;

  @Index('partnerships_municipality_b')
  @Column({ name: 'municipality_b_id', type: 'uuid' })
  municipalityBId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_b_id' })
  municipalityB: MunicipalityEntity;

  @Column({ type: 'enum', enum: PARTNERSHIP_KINDS, enumName: 'partnership_kind', default: 'twinning' })
  kind: PartnershipKind;

  @Column({ name: 'since_year', type: 'smallint' })
  sinceYear: number;

  @Column({ type: 'enum', enum: PARTNERSHIP_STATUSES, enumName: 'partnership_status', default: 'active' })
  status: PartnershipStatus;

  /** The programme that funded it, e.g. "Turkey–EU Town Twinning Programme". */
  @Column({ type: 'text', nullable: true })
  programme: string | null;

  /** The catalogue programme the partnership aims at (or was funded by). */
  @Index('partnerships_funding_programme')
  @Column({ name: 'funding_programme_id', type: 'uuid', nullable: true })
  fundingProgrammeId: string | null;

  @ManyToOne(() => FundingProgrammeEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'funding_programme_id' })
  fundingProgramme: FundingProgrammeEntity | null;

  /** The call of that programme it aims at, for a project partnership. */
  @Index('partnerships_funding_call')
  @Column({ name: 'funding_call_id', type: 'uuid', nullable: true })
  fundingCallId: string | null;

  @ManyToOne(() => FundingCallEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'funding_call_id' })
  fundingCall: FundingCallEntity | null;

  /** The day the agreement was signed (YYYY-MM-DD); null when unknown or unsigned. */
  @Column({ name: 'agreement_signed_on', type: 'date', nullable: true })
  agreementSignedOn: string | null;

  /** Where the signed agreement can be read. */
  @Column({ name: 'agreement_url', type: 'text', nullable: true })
  agreementUrl: string | null;

  /** What the two towns agreed, in a few lines (Markdown). */
  @Column({ name: 'agreement_text', type: 'text', default: '' })
  agreementText: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** The description in other interface languages; the reader's, else `description`. */
  @Column({ name: 'description_variants', type: 'jsonb', default: () => "'{}'" })
  descriptionVariants: TextVariants;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The stored order of a pair: the smaller id first. */
export function orderedPair(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}
