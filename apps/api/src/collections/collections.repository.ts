import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type CollectionInput } from '@twinning/contracts';
import { Repository } from 'typeorm';
import { lockRow, type Transaction } from '../database/transaction';
import { CollectionCaseStudyEntity } from './collection-case-study.entity';
import { CollectionEntity } from './collection.entity';

@Injectable()
export class CollectionsRepository {
  constructor(@InjectRepository(CollectionEntity) private readonly collections: Repository<CollectionEntity>) {}

  /** Featured first, then the most recently changed; each with its members in order. */
  list(featuredOnly: boolean): Promise<CollectionEntity[]> {
    return this.collections.find({
      where: featuredOnly ? { featured: true } : {},
      relations: { members: true },
      order: { featured: 'DESC', updatedAt: 'DESC', id: 'ASC', members: { position: 'ASC' } },
    });
  }

  findById(id: string, transaction?: Transaction): Promise<CollectionEntity | null> {
    return (transaction?.getRepository(CollectionEntity) ?? this.collections).findOne({ where: { id }, relations: { members: true }, order: { members: { position: 'ASC' } } });
  }

  async findByIdForUpdate(id: string, transaction: Transaction): Promise<CollectionEntity | null> {
    return (await lockRow(transaction, CollectionEntity, id)) ? this.findById(id, transaction) : null;
  }

  /** Those of `ids` that the public can read (published, not archived). */
  async publiclyVisibleIds(ids: string[], transaction: Transaction): Promise<Set<string>> {
    const rows = (await transaction.query(`SELECT id FROM case_studies WHERE id = ANY($1) AND published_revision_id IS NOT NULL AND status <> 'archived'`, [ids])) as { id: string }[];
    return new Set(rows.map((row) => row.id));
  }

  async insert(input: Omit<CollectionInput, 'caseStudyIds'>, transaction: Transaction): Promise<string> {
    const { identifiers } = await transaction.getRepository(CollectionEntity).insert(input);
    return identifiers[0].id as string;
  }

  async update(id: string, changes: Partial<Omit<CollectionInput, 'caseStudyIds'>>, transaction: Transaction): Promise<void> {
    // Saving always moves updated_at, also when only the practices changed.
    await transaction.getRepository(CollectionEntity).update({ id }, { ...changes, updatedAt: new Date() });
  }

  /** The collection holds these practices now, in this order. */
  async replaceMembers(collectionId: string, caseStudyIds: string[], transaction: Transaction): Promise<void> {
    await transaction.getRepository(CollectionCaseStudyEntity).delete({ collectionId });
    if (caseStudyIds.length > 0) {
      await transaction.getRepository(CollectionCaseStudyEntity).insert(caseStudyIds.map((caseStudyId, position) => ({ collectionId, caseStudyId, position })));
    }
  }

  async delete(id: string, transaction: Transaction): Promise<void> {
    await transaction.getRepository(CollectionEntity).delete({ id });
  }
}
