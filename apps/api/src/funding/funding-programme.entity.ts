import { CURRENCIES, type Currency, FUNDING_PROGRAMME_KINDS, type FundingProgrammeKind, type Label, type Theme } from '@twinning/contracts';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A funding programme of the catalogue that the moderators keep. */
@Entity({ name: 'funding_programmes' })
@Check('funding_programmes_grant_range', `"typical_grant_min" IS NULL OR "typical_grant_max" IS NULL OR "typical_grant_min" <= "typical_grant_max"`)
@Check('funding_programmes_rate', `"co_financing_rate_percent" IS NULL OR "co_financing_rate_percent" BETWEEN 0 AND 100`)
export class FundingProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The key of a programme the seed brought; null for one a moderator added. The seed adds a missing one and never overwrites an edit. */
  @Column({ name: 'seed_key', type: 'text', unique: true, nullable: true })
  seedKey: string | null;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Column({ type: 'text' })
  funder: string;

  @Column({ type: 'enum', enum: FUNDING_PROGRAMME_KINDS, enumName: 'funding_programme_kind' })
  kind: FundingProgrammeKind;

  @Column({ name: 'eligible_countries', type: 'text', array: true, default: () => "'{}'" })
  eligibleCountries: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: Theme[];

  @Column({ name: 'typical_grant_min', type: 'double precision', nullable: true })
  typicalGrantMin: number | null;

  @Column({ name: 'typical_grant_max', type: 'double precision', nullable: true })
  typicalGrantMax: number | null;

  @Column({ name: 'grant_currency', type: 'enum', enum: CURRENCIES, enumName: 'funding_programme_currency', nullable: true })
  grantCurrency: Currency | null;

  @Column({ name: 'co_financing_rate_percent', type: 'double precision', nullable: true })
  coFinancingRatePercent: number | null;

  @Column({ name: 'official_url', type: 'text' })
  officialUrl: string;

  @Column({ type: 'jsonb' })
  description: Label;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
