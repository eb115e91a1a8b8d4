import { PARTNER_ANSWER_STATUSES, type PartnerAnswerStatus } from '@twinning/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique, UpdateDateColumn } from 'typeorm';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { PartnershipEntity } from '../partnerships/partnership.entity';
import { UserEntity } from '../users/user.entity';
import { PartnerRequestEntity } from './partner-request.entity';

/** Another town's answer to a partner request. One per town and request. */
@Entity({ name: 'partner_answers' })
@Unique('partner_answers_request_town', ['requestId', 'municipalityId'])
@Index('partner_answers_waiting', ['updatedAt'], { where: `status = 'accepted'` })
export class PartnerAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => PartnerRequestEntity, (request) => request.answers, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request: Relation<PartnerRequestEntity>;

  @Index('partner_answers_municipality')
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
  message: string;

  @Column({ type: 'enum', enum: PARTNER_ANSWER_STATUSES, enumName: 'partner_answer_status', default: 'interested' })
  status: PartnerAnswerStatus;

  /** The project partnership a moderator's confirmation made of the pair. */
  @Column({ name: 'partnership_id', type: 'uuid', nullable: true })
  partnershipId: string | null;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'partnership_id' })
  partnership: Relation<PartnershipEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
