import { CURRENCIES, type Currency } from '@twinning/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { FundingProgrammeEntity } from './funding-programme.entity';

/** A call for proposals of a programme. Its status is not stored: it follows from the dates. */
@Entity({ name: 'funding_calls' })
@Check('funding_calls_dates', `"opens_on" <= "closes_on"`)
@Index('funding_calls_closes_on', ['closesOn'])
export class FundingCallEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The key of a demo call the seed brought; null for one a moderator added. */
  @Column({ name: 'seed_key', type: 'text', unique: true, nullable: true })
  seedKey: string | null;

  @Index('funding_calls_programme')
  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => FundingProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id' })
  programme: FundingProgrammeEntity;

  @Column({ type: 'text' })
  title: string;

  /** YYYY-MM-DD; PostgreSQL's date comes back as that string. */
  @Column({ name: 'opens_on', type: 'date' })
  opensOn: string;

  @Column({ name: 'closes_on', type: 'date' })
  closesOn: string;

  @Column({ type: 'double precision', nullable: true })
  budget: number | null;

  @Column({ name: 'budget_currency', type: 'enum', enum: CURRENCIES, enumName: 'funding_call_currency', nullable: true })
  budgetCurrency: Currency | null;

  @Column({ type: 'text' })
  url: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
