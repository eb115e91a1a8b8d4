import { type CollectionTexts } from '@twinning/contracts';
import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { CollectionCaseStudyEntity } from './collection-case-study.entity';

/** A moderators' selection of practices ("Low-cost ideas"), with its title and text in every interface language. */
@Entity({ name: 'collections' })
@Index('collections_featured', ['featured', 'updatedAt'])
export class CollectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'jsonb' })
  title: CollectionTexts;

  @Column({ type: 'jsonb' })
  text: CollectionTexts;

  @Column({ type: 'boolean', default: false })
  featured: boolean;

  @OneToMany(() => CollectionCaseStudyEntity, (member) => member.collection)
  members: Relation<CollectionCaseStudyEntity>[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
