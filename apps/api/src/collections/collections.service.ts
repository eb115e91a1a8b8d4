import { HttpStatus, Injectable } from '@nestjs/common';
import { type CaseStudySummary, type Collection, COLLECTION_LIMITS, type CollectionInput, CollectionErrorCode, type CollectionSummary } from '@twinning/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { CaseStudiesService } from '../case-studies/case-studies.service';
import { AppException } from '../common/errors/app.exception';
import { ValidationException } from '../common/errors/validation.exception';
import { type Transaction, TransactionRunner } from '../database/transaction';
import { SearchOutboxRepository } from '../search/search-outbox.repository';
import { type UserEntity } from '../users/user.entity';
import { type CollectionEntity } from './collection.entity';
import { CollectionsRepository } from './collections.repository';

/**
 * Moderators' collections of practices. Anyone reads them; only moderators and admins create,
 * change and delete them (the route says so), each change in the audit log. A collection takes
 * only published practices, and shows only those the public can still read. Membership is a search
 * filter: a change re-indexes the practices that joined or left, in the change's transaction.
 */
@Injectable()
export class CollectionsService {
  constructor(
    private readonly collections: CollectionsRepository,
    private readonly caseStudies: CaseStudiesService,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
    private readonly searchOutbox: SearchOutboxRepository,
  ) {}

  async listCollections(featuredOnly: boolean, preferredLanguages: readonly string[]): Promise<CollectionSummary[]> {
    const collections = await this.collections.list(featuredOnly);
    const summaries = await this.caseStudies.publicSummaries([...new Set(collections.flatMap(memberIds))], preferredLanguages);
    return collections.map((collection) => toSummary(collection, summaries.filter((summary) => memberIds(collection).includes(summary.id))));
  }

  async getCollection(id: string, preferredLanguages: readonly string[]): Promise<Collection> {
    const collection = await this.collections.findById(id);
    if (!collection) throw collectionNotFound(id);
    const caseStudies = await this.caseStudies.publicSummaries(memberIds(collection), preferredLanguages);
    return { ...toSummary(collection, caseStudies), caseStudies };
  }

  async createCollection(input: CollectionInput, user: UserEntity): Promise<Collection> {
    const id = await this.transactions.run(async (transaction) => {
      await this.assertPublished(input.caseStudyIds, transaction);
      const { caseStudyIds, ...fields } = input;
      const created = await this.collections.insert(fields, transaction);
      await this.collections.replaceMembers(created, caseStudyIds, transaction);
      await this.searchOutbox.enqueue(transaction, caseStudyIds);
      await this.audit.record(transaction, { actorId: user.id, action: 'collection.created', entityType: 'collection', entityId: created, after: { ...input } });
      return created;
    });
    return this.getCollection(id, []);
  }

  async updateCollection(id: string, changes: Partial<CollectionInput>, user: UserEntity): Promise<Collection> {
    await this.transactions.run(async (transaction) => {
      const current = await this.collections.findByIdForUpdate(id, transaction);
      if (!current) throw collectionNotFound(id);
      const { caseStudyIds, ...fields } = changes;
      const members = memberIds(current);
      if (caseStudyIds) {
        const joined = caseStudyIds.filter((caseStudyId) => !members.includes(caseStudyId));
        // Practices already in it may have been archived since; they may stay, new ones must be published.
        await this.assertPublished(joined, transaction);
        await this.collections.replaceMembers(id, caseStudyIds, transaction);
        // Only a practice that joined or left has a new list of collections; a new order changes none.
        await this.searchOutbox.enqueue(transaction, [...joined, ...members.filter((caseStudyId) => !caseStudyIds.includes(caseStudyId))]);
      }
      await this.collections.update(id, fields, transaction);
      const before = { title: current.title, text: current.text, featured: current.featured, caseStudyIds: members };
      await this.audit.record(transaction, { actorId: user.id, action: 'collection.updated', entityType: 'collection', entityId: id, before, after: { ...before, ...changes } });
    });
    return this.getCollection(id, []);
  }

  async deleteCollection(id: string, user: UserEntity): Promise<void> {
    await this.transactions.run(async (transaction) => {
      const current = await this.collections.findByIdForUpdate(id, transaction);
      if (!current) throw collectionNotFound(id);
      await this.collections.delete(id, transaction);
      await this.searchOutbox.enqueue(transaction, memberIds(current));
      await this.audit.record(transaction, { actorId: user.id, action: 'collection.deleted', entityType: 'collection', entityId: id, before: { title: current.title, caseStudyIds: memberIds(current) } });
    });
  }

  private async assertPublished(caseStudyIds: string[], transaction: Transaction): Promise<void> {
    const visible = await this.collections.publiclyVisibleIds(caseStudyIds, transaction);
    const problems = caseStudyIds.flatMap((caseStudyId, index) =>
      visible.has(caseStudyId) ? [] : [{ field: `caseStudyIds.${index}`, rule: 'not_published' as const, reason: 'is not a published case study' }],
    );
    if (problems.length > 0) throw new ValidationException(problems);
  }
}

function memberIds(collection: CollectionEntity): string[] {
  return collection.members.map((member) => member.caseStudyId);
}

/** `visible`: the collection's practices the public can read. */
function toSummary(collection: CollectionEntity, visible: CaseStudySummary[]): CollectionSummary {
  const inOrder = memberIds(collection).flatMap((id) => visible.filter((summary) => summary.id === id));
  return {
    id: collection.id,
    title: collection.title,
    text: collection.text,
    featured: collection.featured,
    caseStudyCount: inOrder.length,
    showcase: inOrder.slice(0, COLLECTION_LIMITS.showcaseSize),
    updatedAt: collection.updatedAt.toISOString(),
  };
}

function collectionNotFound(id: string): AppException {
  return new AppException(HttpStatus.NOT_FOUND, CollectionErrorCode.NotFound, `No collection has the id ${id}.`);
}
