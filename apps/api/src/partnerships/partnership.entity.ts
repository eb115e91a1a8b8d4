import { PARTNERSHIP_STATUSES, type PartnershipStatus, type TextVariants } from '@twinning/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { MunicipalityEntity } from '../municipalities/municipality.entity';

/**
 * A twinning between two municipalities. It is symmetric (A–B is B–A), so the pair is stored
 * once, ordered by id, and looked up from either side.
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

  @Column({ name: 'since_year', type: 'smallint' })
  sinceYear: number;

  @Column({ type: 'enum', enum: PARTNERSHIP_STATUSES, enumName: 'partnership_status', default: 'active' })
  status: PartnershipStatus;

  /** The programme that funded it, e.g. "Turkey–EU Town Twinning Programme". */
  @Column({ type: 'text', nullable: true })
  programme: string | null;

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
