import { CASE_STUDY_STATUSES, type CaseStudyContent, type CaseStudyStatus } from '@twinning/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { AdaptationEntity } from '../adaptations/adaptation.entity';
import { CaseStudyFileEntity } from '../files/case-study-file.entity';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { UserEntity } from '../users/user.entity';
import { CaseStudyRevisionEntity } from './case-study-revision.entity';

/**
 * A case study of one municipality: its working copy (`content`, saved with optimistic
 * concurrency through `version`) and, once approved, the revision the public sees.
 */
@Entity({ name: 'case_studies' })
export class CaseStudyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('case_studies_municipality')
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality: Relation<MunicipalityEntity>;

  @Index('case_studies_status')
  @Column({ type: 'enum', enum: CASE_STUDY_STATUSES, enumName: 'case_study_status' })
  status: CaseStudyStatus;

  @Column({ type: 'jsonb' })
  content: CaseStudyContent;

  /** Goes up by one at every save; a save naming an older one is refused. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** What the working copy asks for; it takes effect when a revision carrying it is approved. */
  @Column({ name: 'publish_anonymously', type: 'boolean', default: false })
  publishAnonymously: boolean;

  /**
   * Whether the published revision hides the town: what every reader outside the town and the
   * moderators is shown. Set from the revision when a moderator approves it, never by an edit.
   */
  @Column({ name: 'published_anonymously', type: 'boolean', default: false })
  publishedAnonymously: boolean;

  @Column({ type: 'boolean', default: false })
  featured: boolean;

  @Column({ name: 'published_revision_id', type: 'uuid', nullable: true })
  publishedRevisionId: string | null;

  @ManyToOne(() => CaseStudyRevisionEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'published_revision_id' })
  publishedRevision: Relation<CaseStudyRevisionEntity> | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** The adaptation this case study was written up from (one write-up per adaptation). */
  @Index('case_studies_adapted_from', { unique: true })
  @Column({ name: 'adapted_from_id', type: 'uuid', nullable: true })
  adaptedFromId: string | null;

  @ManyToOne(() => AdaptationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'adapted_from_id' })
  adaptedFrom: Relation<AdaptationEntity> | null;

  /** One of its photos, shown on its page, its cards and its search hits. */
  @Column({ name: 'cover_file_id', type: 'uuid', nullable: true })
  coverFileId: string | null;

  @ManyToOne(() => CaseStudyFileEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'cover_file_id' })
  coverFile: Relation<CaseStudyFileEntity> | null;

  @OneToMany(() => CaseStudyFileEntity, (file) => file.caseStudy)
  files: Relation<CaseStudyFileEntity>[];

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
