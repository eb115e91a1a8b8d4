import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CaseStudyEntity } from '../case-studies/case-study.entity';
import { CollectionEntity } from './collection.entity';

/** A practice in a collection, at its place in the collection's order. */
@Entity({ name: 'collection_case_studies' })
@Index('collection_case_studies_case_study', ['caseStudyId'])
export class CollectionCaseStudyEntity {
  @PrimaryColumn({ name: 'collection_id', type: 'uuid' })
  collectionId: string;

  @ManyToOne(() => CollectionEntity, (collection) => collection.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collection_id' })
  collection: Relation<CollectionEntity>;

  @PrimaryColumn({ name: 'case_study_id', type: 'uuid' })
  caseStudyId: string;

  @ManyToOne(() => CaseStudyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_study_id' })
  caseStudy: Relation<CaseStudyEntity>;

  @Column({ type: 'integer' })
  position: number;
}
