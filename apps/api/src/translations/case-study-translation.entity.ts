import { type CaseStudyLanguage } from '@twinning/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { CaseStudyEntity } from '../case-studies/case-study.entity';
import { CaseStudyTranslationRevisionEntity } from './case-study-translation-revision.entity';

/** A case study in one more language: its revisions, and the one readers get once a moderator approved it. */
@Entity({ name: 'case_study_translations' })
@Unique('case_study_translations_language', ['caseStudyId', 'language'])
export class CaseStudyTranslationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_study_id', type: 'uuid' })
  caseStudyId: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy: Relation<CaseStudyEntity>;

  @Column({ type: 'text' })
  language: CaseStudyLanguage;

  @Column({ name: 'published_revision_id', type: 'uuid', nullable: true })
  publishedRevisionId: string | null;

  @ManyToOne(() => CaseStudyTranslationRevisionEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'published_revision_id' })
  publishedRevision: Relation<CaseStudyTranslationRevisionEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
