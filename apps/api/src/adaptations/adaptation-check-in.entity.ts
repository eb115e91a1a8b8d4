import { ADAPTATION_STATUSES, type AdaptationStatus } from '@twinning/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { AdaptationEntity } from './adaptation.entity';

/** A dated entry of an adaptation's timeline. Never changed once written. */
@Entity({ name: 'adaptation_check_ins' })
@Index('adaptation_check_ins_adaptation', ['adaptationId', 'createdAt'])
export class AdaptationCheckInEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'adaptation_id', type: 'uuid' })
  adaptationId: string;

  @ManyToOne(() => AdaptationEntity, (adaptation) => adaptation.checkIns, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'adaptation_id' })
  adaptation: Relation<AdaptationEntity>;

  @Column({ type: 'enum', enum: ADAPTATION_STATUSES, enumName: 'adaptation_status' })
  status: AdaptationStatus;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'text', default: '' })
  results: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author: Relation<UserEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
