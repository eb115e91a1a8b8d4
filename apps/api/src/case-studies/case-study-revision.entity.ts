import { type CaseStudyContent } from '@twinning/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { ModerationDecisionEntity } from '../moderation/moderation-decision.entity';
import { UserEntity } from '../users/user.entity';
import { CaseStudyEntity } from './case-study.entity';

/** The content of a case study frozen at a submission. Never changed once written. */
@Entity({ name: 'case_study_revisions' })
// Trigram index on the normalised title, created by hand in a migration (the search fallback's typo tolerance).
@Index('case_study_revisions_title_trgm', { synchronize: false })
@Unique('case_study_revisions_number', ['caseStudyId', 'number'])
export class CaseStudyRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_study_id', type: 'uuid' })
  caseStudyId: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy: Relation<CaseStudyEntity>;

  /** 1, 2, 3… per case study. */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'jsonb' })
  content: CaseStudyContent;

  /** Whether the author asked, in this revision, that the town not be named. */
  @Column({ name: 'publish_anonymously', type: 'boolean', default: false })
  publishAnonymously: boolean;

  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true })
  submittedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'submitted_by_id' })
  submittedBy: Relation<UserEntity> | null;

  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  /**
   * Weighted full-text vector of the content, lower case without diacritics (title and summary
   * A, lessons B, transferability and what was salvaged C, the story D). Read by the search
   * fallback when Meilisearch is away.
   */
  @Index('case_study_revisions_search_vector', { synchronize: false })
  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: `case_study_search_vector(content)`,
    select: false,
    insert: false,
    update: false,
  })
  searchVector: string;

  /**
   * The title lower case without diacritics, for the search fallback's typo match (trigram index)
   * and title similarity: a few bytes in the row, where reading it from the content would
   * decompress the whole case study for every match.
   */
  @Column({ name: 'search_title', type: 'text', generatedType: 'STORED', asExpression: `search_normalize(content->>'title')`, nullable: true, select: false, insert: false, update: false })
  searchTitle: string | null;

  /**
   * The fields the search fallback filters and counts facets by (goals, themes, outcome, language,
   * start year, funding kinds), small enough to stay in the row, for the same reason. The function
   * is created by hand in its migration.
   */
  @Column({ name: 'search_facets', type: 'jsonb', generatedType: 'STORED', asExpression: `case_study_search_facets(content)`, select: false, insert: false, update: false })
  searchFacets: unknown;

  /**
   * Title and summary alone (weight A), what the search fallback ranks by: about 0.5 KB that stays
   * in the row, where ranking by the full vector (~5 KB, compressed and stored apart) read and
   * decompressed it for every match. The function is created by hand in its migration.
   */
  @Column({ name: 'search_rank_vector', type: 'tsvector', generatedType: 'STORED', asExpression: `case_study_rank_vector(content)`, select: false, insert: false, update: false })
  searchRankVector: string;

  @OneToOne(() => ModerationDecisionEntity, (decision) => decision.revision)
  decision: Relation<ModerationDecisionEntity> | null;
}
