import { TRANSLATION_REVISION_STATUSES, type TranslatedTexts, type TranslationRevisionStatus } from '@twinning/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { CaseStudyRevisionEntity } from '../case-studies/case-study-revision.entity';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { UserEntity } from '../users/user.entity';
import { CaseStudyTranslationEntity } from './case-study-translation.entity';

/** One submission of a translation: frozen once written, but for the moderator's decision. */
@Entity({ name: 'case_study_translation_revisions' })
@Unique('case_study_translation_revisions_number', ['translationId', 'number'])
@Index('case_study_translation_revisions_waiting', ['submittedAt'], { where: `status = 'submitted'` })
export class CaseStudyTranslationRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'translation_id', type: 'uuid' })
  translationId: string;

  @ManyToOne(() => CaseStudyTranslationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'translation_id' })
  translation: Relation<CaseStudyTranslationEntity>;

  /** 1, 2, 3… per translation. */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'jsonb' })
  texts: TranslatedTexts;

  /** The original's revision it translates: when the original publishes another, the translation is out of date. */
  @Column({ name: 'source_revision_id', type: 'uuid' })
  sourceRevisionId: string;

  @ManyToOne(() => CaseStudyRevisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_revision_id' })
  sourceRevision: Relation<CaseStudyRevisionEntity>;

  /** The translators' town: the case study's own or a twinning partner. */
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_id' })
  municipality: Relation<MunicipalityEntity>;

  @Column({ type: 'enum', enum: TRANSLATION_REVISION_STATUSES, enumName: 'translation_revision_status', default: 'submitted' })
  status: TranslationRevisionStatus;

  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true })
  submittedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'submitted_by_id' })
  submittedBy: Relation<UserEntity> | null;

  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy: Relation<UserEntity> | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_comment', type: 'text', default: '' })
  decisionComment: string;

  /** The same weighted vector as an original revision's (the texts have the content's keys), for the search fallback. */
  @Index('case_study_translation_revisions_search_vector', { synchronize: false })
  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: `case_study_search_vector(texts)`,
    select: false,
    insert: false,
    update: false,
  })
  searchVector: string;
}
