import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import {
  type ApiErrorDetail,
  type CaseStudyContent,
  type CaseStudyDetail,
  type CaseStudyListQuery,
  type CaseStudyRevision,
  type CaseStudyRevisionSummary,
  type CaseStudySummary,
  CaseStudyErrorCode,
  type CreateCaseStudyRequest,
  emptyCaseStudyContent,
  findIncompleteFields,
  OUTCOMES_NEEDING_FAILURE_ANALYSIS,
  type Page,
  type RevisionDiff,
  sectionOf,
  type UpdateCaseStudyRequest,
} from '@twinning/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { AuthException } from '../auth/auth.errors';
import { toPage, toPagination } from '../common/dto/page-query.dto';
import { AppException } from '../common/errors/app.exception';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ValidationException } from '../common/errors/validation.exception';
import { type Transaction, TransactionRunner } from '../database/transaction';
import { FILE_STORAGE, type FileStorage, storedKeys } from '../files/file-storage';
import { FundingRepository } from '../funding/funding.repository';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { SearchOutboxRepository } from '../search/search-outbox.repository';
import { mayTranslate } from '../translations/translation-access';
import { readingOf } from '../translations/translation-reading';
import { TranslationsRepository } from '../translations/translations.repository';
import { type UserEntity } from '../users/user.entity';
import { caseStudyAccess, isPubliclyVisible, listingViewerOf } from './case-study-access';
import { nextStatus } from './case-study-lifecycle';
import { titleOf, toCaseStudyDetail, toCaseStudySummary, toRevision, toRevisionSummary } from './case-study.mapper';
import { type CaseStudyRevisionEntity } from './case-study-revision.entity';
import { type CaseStudyEntity } from './case-study.entity';
import { CaseStudiesRepository } from './case-studies.repository';
import { CaseStudyException } from './case-studies.errors';
import { findContentProblems } from './dto/case-study-content.dto';
import { findIdentifyingFiles, findIdentifyingTerms } from './identifying-terms';

/** Fields checked against each other at every save: a save of one checks the others too. */
const TIED_FIELDS: readonly (readonly string[])[] = [
  ['startDate', 'endDate'],
  ['sdgs', 'sdgTargets', 'indicators'],
];

@Injectable()
export class CaseStudiesService {
  private readonly logger = new Logger(CaseStudiesService.name);

  constructor(
    private readonly caseStudies: CaseStudiesRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
    private readonly searchOutbox: SearchOutboxRepository,
    private readonly translations: TranslationsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly funding: FundingRepository,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'anonymityMinTowns'>,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /**
   * A new draft of the caller's municipality. Only its verified staff write case studies.
   * `keptWhole` (a write-up's texts composed from its adaptation) are stored even when together
   * they run over a field's limit: the form shows such a field with the reason and holds it back
   * until its author shortens it, and submission refuses it until then.
   */
  async createCaseStudy(
    request: CreateCaseStudyRequest,
    user: UserEntity,
    adaptedFromId: string | null = null,
    keptWhole: readonly (keyof CaseStudyContent)[] = [],
  ): Promise<CaseStudyDetail> {
    if (user.role !== 'staff' || !user.municipalityId) throw AuthException.forbidden();
    const content = { ...emptyCaseStudyContent(), ...request.content } as CaseStudyContent;
    const checked = Object.keys(request.content ?? {}).filter((field) => !(keptWhole as readonly string[]).includes(field));
    await this.assertValidContent(content, user.municipalityId, checked);
    const created = await this.transactions.run(async (transaction) => {
      const caseStudy = await this.caseStudies.insert(
        { municipalityId: user.municipalityId!, content, publishAnonymously: request.publishAnonymously ?? false, createdById: user.id, adaptedFromId },
        transaction,
      );
      await this.audit.record(transaction, { actorId: user.id, action: 'case_study.created', entityType: 'case_study', entityId: caseStudy.id, after: { status: caseStudy.status, ...(adaptedFromId ? { adaptedFromId } : {}) } });
      return caseStudy;
    });
    return this.detailFor(created, user);
  }

  /** `preferredLanguages`: the reader's, best first (translation-reading.ts); the first the case study is published in is the one shown. */
  async getCaseStudy(id: string, user: UserEntity | undefined, preferredLanguages: readonly string[] = []): Promise<CaseStudyDetail> {
    const caseStudy = await this.caseStudies.findById(id);
    if (!caseStudy || !caseStudyAccess(caseStudy, user).seesCaseStudy) throw CaseStudyException.notFound(id);
    return this.detailFor(caseStudy, user, preferredLanguages);
  }

  /** A card shows the published title and summary in the first of `preferredLanguages` it is published in, like the case study's page. */
  async listCaseStudies(query: CaseStudyListQuery, user: UserEntity | undefined, preferredLanguages: readonly string[] = []): Promise<Page<CaseStudySummary>> {
    const pagination = toPagination(query);
    // A public list is the visitor's, so its town's own staff and the moderators see what everyone sees.
    const reader = query.public ? undefined : user;
    const rows = await this.caseStudies.list(listingViewerOf(reader), query, pagination);
    const summaries = await this.summariesFor(rows.rows, reader, preferredLanguages);
    return toPage(rows, pagination, (row) => summaries.get(row.id)!);
  }

  /** The cards a visitor sees of these case studies, in the order of `ids`; those the public cannot read are left out (a collection's practices). */
  async publicSummaries(ids: string[], preferredLanguages: readonly string[] = []): Promise<CaseStudySummary[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.caseStudies.list(listingViewerOf(undefined), { ids }, { page: 1, perPage: ids.length, offset: 0 });
    const summaries = await this.summariesFor(rows, undefined, preferredLanguages);
    return ids.flatMap((id) => summaries.get(id) ?? []);
  }

  private async summariesFor(rows: CaseStudyEntity[], reader: UserEntity | undefined, preferredLanguages: readonly string[]): Promise<Map<string, CaseStudySummary>> {
    const readers = rows.filter((row) => row.publishedRevision && !caseStudyAccess(row, reader).seesWorkingCopy);
    const [towns, translations] = await Promise.all([
      this.municipalities.townCountTableFor(rows, this.config.anonymityMinTowns),
      preferredLanguages.length > 0 ? this.translations.findPublished(readers.map((row) => row.id)) : Promise.resolve([]),
    ]);
    return new Map(
      rows.map((row) => {
        const access = caseStudyAccess(row, reader);
        const reading = readers.includes(row)
          ? readingOf(row.publishedRevision!, translations.filter((translation) => translation.caseStudyId === row.id), preferredLanguages, access)
          : null;
        return [row.id, toCaseStudySummary(row, access, towns, reading)];
      }),
    );
  }

  /** Saves the working copy. Editing a published case study opens a new draft; the published revision stays public. */
  async updateCaseStudy(id: string, request: UpdateCaseStudyRequest, user: UserEntity): Promise<CaseStudyDetail> {
    const saved = await this.transactions.run(async (transaction) => {
      const caseStudy = await this.lockAsOwner(id, user, transaction);
      if (request.version !== caseStudy.version) throw CaseStudyException.staleVersion(caseStudy.version);
      const status = nextStatus(caseStudy.status, 'edit', caseStudy.publishedRevisionId !== null);
      const content = { ...caseStudy.content, ...request.content } as CaseStudyContent;
      await this.assertValidContent(content, caseStudy.municipalityId, Object.keys(request.content ?? {}));
      const publishAnonymously = request.publishAnonymously ?? caseStudy.publishAnonymously;
      // Asking for anonymity (or dropping it) changes only the working copy: like any other
      // change to a published case study, it reaches readers when a moderator approves it.
      const updated = await this.caseStudies.update(id, { content, status, publishAnonymously, version: caseStudy.version + 1 }, transaction);
      if (status !== caseStudy.status || publishAnonymously !== caseStudy.publishAnonymously) {
        await this.audit.record(transaction, {
          actorId: user.id,
          action: status !== caseStudy.status ? 'case_study.revision_opened' : 'case_study.anonymity_changed',
          entityType: 'case_study',
          entityId: id,
          before: { status: caseStudy.status, publishAnonymously: caseStudy.publishAnonymously },
          after: { status, publishAnonymously },
        });
      }
      return updated;
    });
    return this.detailFor(saved, user);
  }

  /** Freezes the working copy as a new revision for the moderators, when it is complete. */
  async submitCaseStudy(id: string, version: number, user: UserEntity): Promise<CaseStudyDetail> {
    const submitted = await this.transactions.run(async (transaction) => {
      const caseStudy = await this.lockAsOwner(id, user, transaction);
      if (version !== caseStudy.version) throw CaseStudyException.staleVersion(caseStudy.version);
      const status = nextStatus(caseStudy.status, 'submit', caseStudy.publishedRevisionId !== null);
      // A field kept whole over its limit (see createCaseStudy) goes no further than the draft.
      await this.assertValidContent(caseStudy.content, caseStudy.municipalityId);
      const missing = findIncompleteFields(caseStudy.content);
      if (caseStudy.publishAnonymously && !(caseStudy.content.outcome && OUTCOMES_NEEDING_FAILURE_ANALYSIS.includes(caseStudy.content.outcome))) {
        missing.push({ field: 'publishAnonymously', rule: 'only_for_failure', reason: 'is only for a partial success or a failure' });
      }
      if (missing.length > 0) throw CaseStudyException.incomplete(missing);
      const revision = await this.caseStudies.insertRevision(id, { content: caseStudy.content, publishAnonymously: caseStudy.publishAnonymously, submittedById: user.id }, transaction);
      const updated = await this.caseStudies.update(id, { status, version: caseStudy.version + 1 }, transaction);
      await this.audit.record(transaction, {
        actorId: user.id,
        action: 'case_study.submitted',
        entityType: 'case_study',
        entityId: id,
        before: { status: caseStudy.status },
        after: { status, revisionNumber: revision.number },
      });
      await this.notifications.notifyModerators(user.id, { kind: 'submission_waiting', caseStudyId: id, title: caseStudy.content.title }, transaction);
      return updated;
    });
    return this.detailFor(submitted, user);
  }

  /** Its municipality or an admin takes a published case study out of view. */
  async archiveCaseStudy(id: string, user: UserEntity): Promise<CaseStudyDetail> {
    const archived = await this.transactions.run(async (transaction) => {
      const caseStudy = await this.lockVisible(id, user, transaction);
      if (!caseStudyAccess(caseStudy, user).owner && user.role !== 'admin') throw AuthException.forbidden();
      const status = nextStatus(caseStudy.status, 'archive', caseStudy.publishedRevisionId !== null);
      const updated = await this.caseStudies.update(id, { status }, transaction);
      await this.searchOutbox.enqueue(transaction, [id]);
      await this.audit.record(transaction, { actorId: user.id, action: 'case_study.archived', entityType: 'case_study', entityId: id, before: { status: caseStudy.status }, after: { status } });
      return updated;
    });
    return this.detailFor(archived, user);
  }

  /**
   * Removes a case study and everything of it. Its town's staff may remove a draft that was never
   * published and is not waiting for a moderator (a published one is archived instead, so that
   * no reader's link breaks); an admin may remove any. The stored bytes of its files are removed
   * once the rows are gone for good: after the commit.
   */
  async deleteCaseStudy(id: string, user: UserEntity): Promise<void> {
    const keys = await this.transactions.run(async (transaction) => {
      const caseStudy = await this.lockVisible(id, user, transaction);
      const admin = user.role === 'admin';
      if (!admin && !caseStudyAccess(caseStudy, user).owner) throw AuthException.forbidden();
      if (!admin && (caseStudy.publishedRevisionId !== null || caseStudy.status === 'submitted')) throw CaseStudyException.notDeletable(caseStudy.status);
      await this.caseStudies.delete(id, transaction);
      // The indexer removes from the index what no longer exists.
      await this.searchOutbox.enqueue(transaction, [id]);
      const files = caseStudy.files ?? [];
      await this.audit.record(transaction, {
        actorId: user.id,
        action: 'case_study.deleted',
        entityType: 'case_study',
        entityId: id,
        before: { status: caseStudy.status, title: titleOf(caseStudy), municipalityId: caseStudy.municipalityId, fileCount: files.length },
      });
      return files.flatMap(storedKeys);
    });
    // Best effort: bytes left behind cost space, never a reader's view (no row points at them).
    await this.storage.delete(keys).catch((error: unknown) => this.logger.warn(`Stored files ${keys.join(', ')} of deleted case study ${id} could not be removed: ${String(error)}`));
  }

  /** Moderators put a label on an outstanding published practice, or take it off. */
  async featureCaseStudy(id: string, featured: boolean, user: UserEntity): Promise<CaseStudyDetail> {
    const changed = await this.transactions.run(async (transaction) => {
      const caseStudy = await this.lockVisible(id, user, transaction);
      if (!isPubliclyVisible(caseStudy)) {
        throw new AppException(HttpStatus.CONFLICT, CaseStudyErrorCode.InvalidTransition, 'Only a published case study can be featured.', [{ field: 'status', rule: 'wrong_state', reason: `is ${caseStudy.status}`, params: { state: caseStudy.status } }]);
      }
      if (caseStudy.featured === featured) return caseStudy;
      const updated = await this.caseStudies.update(id, { featured }, transaction);
      await this.searchOutbox.enqueue(transaction, [id]);
      await this.audit.record(transaction, { actorId: user.id, action: featured ? 'case_study.featured' : 'case_study.unfeatured', entityType: 'case_study', entityId: id, before: { featured: !featured }, after: { featured } });
      return updated;
    });
    return this.detailFor(changed, user);
  }

  async listRevisions(id: string, user: UserEntity): Promise<CaseStudyRevisionSummary[]> {
    await this.assertSeesWorkingCopy(id, user);
    return (await this.caseStudies.listRevisions(id)).map(toRevisionSummary);
  }

  /**
   * A revision that asks for anonymity comes with what in its text, and in the descriptions of the
   * case study's pictures and documents, could still name the town.
   */
  async getRevision(id: string, revisionId: string, user: UserEntity): Promise<CaseStudyRevision> {
    const caseStudy = await this.assertSeesWorkingCopy(id, user);
    const revision = await this.revisionOf(id, revisionId);
    if (!revision.publishAnonymously) return toRevision(revision, [], []);
    const candidates = await this.caseStudies.identifyingCandidates({ ...caseStudy, content: revision.content });
    return toRevision(revision, findIdentifyingTerms(revision.content, candidates), findIdentifyingFiles(caseStudy.files ?? [], candidates));
  }

  /** Field by field, what changed from one revision to another. */
  async diffRevisions(id: string, fromId: string, toId: string, user: UserEntity): Promise<RevisionDiff> {
    await this.assertSeesWorkingCopy(id, user);
    const [from, to] = await Promise.all([this.revisionOf(id, fromId), this.revisionOf(id, toId)]);
    const fields = Object.keys(emptyCaseStudyContent()) as (keyof CaseStudyContent)[];
    const changes = fields
      .filter((field) => JSON.stringify(from.content[field]) !== JSON.stringify(to.content[field]))
      .map((field) => ({ field, section: sectionOf(field) ?? null, before: from.content[field], after: to.content[field] }));
    return { from: { revisionId: from.id, number: from.number }, to: { revisionId: to.id, number: to.number }, changes };
  }

  async detailFor(caseStudy: CaseStudyEntity, user: UserEntity | undefined, preferredLanguages: readonly string[] = []): Promise<CaseStudyDetail> {
    const access = caseStudyAccess(caseStudy, user);
    const published = access.seesCaseStudy ? caseStudy.publishedRevision : null;
    const staffElsewhere = user?.role === 'staff' && user.municipalityId && !access.owner;
    const [partners, latestDecision, towns, translations, ownerPartnerIds] = await Promise.all([
      this.municipalities.findByIds(published?.content.partnerMunicipalityIds ?? []),
      access.seesWorkingCopy ? this.caseStudies.latestDecision(caseStudy.id) : Promise.resolve(null),
      this.municipalities.townCountTableFor([caseStudy], this.config.anonymityMinTowns),
      published ? this.translations.findPublished([caseStudy.id]) : Promise.resolve([]),
      staffElsewhere ? this.translations.activePartnerIds(caseStudy.municipalityId) : Promise.resolve([]),
    ]);
    const reading = published ? readingOf(published, translations, preferredLanguages, access) : null;
    return toCaseStudyDetail({ caseStudy, published, reading, mayTranslate: mayTranslate(caseStudy, user, ownerPartnerIds), partners, latestDecision, access, user, towns });
  }

  /**
   * Types and lengths, and partner towns that exist and are not the town itself: of the `fields` a
   * save writes (the two dates go together, since one is checked against the other), or of
   * everything. A save is refused only for what it writes, so a stored value that no longer
   * passes (a write-up's over-long story) never blocks the author's other changes.
   */
  private async assertValidContent(content: CaseStudyContent, municipalityId: string, fields?: readonly string[]): Promise<void> {
    const checked = fields && new Set(fields.flatMap((field) => TIED_FIELDS.find((tied) => tied.includes(field)) ?? [field]));
    // A field the template does not know is named as sent ("x.y" is one unknown key, not a path).
    const problems = (await findContentProblems(content)).filter((problem) => !checked || checked.has(problem.field) || checked.has(problem.field.split(/[.[]/)[0]));
    if (problems.length === 0 && content.partnerMunicipalityIds.length > 0 && (!checked || checked.has('partnerMunicipalityIds'))) {
      if (content.partnerMunicipalityIds.includes(municipalityId)) problems.push({ field: 'partnerMunicipalityIds', rule: 'same_municipality', reason: 'must not include the municipality itself' });
      const found = await this.municipalities.findByIds(content.partnerMunicipalityIds);
      if (found.length !== content.partnerMunicipalityIds.length) problems.push({ field: 'partnerMunicipalityIds', rule: 'unknown_municipality', reason: 'names a municipality that does not exist' });
    }
    if (problems.length === 0 && (!checked || checked.has('fundingSources'))) problems.push(...(await this.fundingSourceProblems(content.fundingSources)));
    if (problems.length > 0) throw new ValidationException(problems);
  }

  /** Each source names a catalogue programme that exists, or another programme by name, never both. */
  private async fundingSourceProblems(sources: CaseStudyContent['fundingSources']): Promise<ApiErrorDetail[]> {
    const programmeIds = sources.map((source) => source.programmeId).filter((id): id is string => id !== null);
    const known = new Set(programmeIds.length > 0 ? await this.funding.findExistingProgrammeIds(programmeIds) : []);
    return sources.flatMap((source, index): ApiErrorDetail[] => {
      if (source.programmeId === null) return [];
      if (!known.has(source.programmeId)) return [{ field: `fundingSources[${index}].programmeId`, rule: 'unknown_programme', reason: 'is not a programme of the funding catalogue' }];
      if (source.programmeName?.trim()) return [{ field: `fundingSources[${index}].programmeName`, rule: 'programme_and_name', reason: 'must be empty when a catalogue programme is chosen' }];
      return [];
    });
  }

  private async assertSeesWorkingCopy(id: string, user: UserEntity): Promise<CaseStudyEntity> {
    const caseStudy = await this.caseStudies.findById(id);
    const access = caseStudy ? caseStudyAccess(caseStudy, user) : undefined;
    if (!caseStudy || !access?.seesCaseStudy) throw CaseStudyException.notFound(id);
    if (!access.seesWorkingCopy) throw AuthException.forbidden();
    return caseStudy;
  }

  /** One revision of this case study. */
  private async revisionOf(id: string, revisionId: string): Promise<CaseStudyRevisionEntity> {
    const revision = await this.caseStudies.findRevision(revisionId);
    if (!revision || revision.caseStudyId !== id) throw CaseStudyException.revisionNotFound(revisionId);
    return revision;
  }

  /** Locks the case study; 404 when the caller may not see it at all. */
  private async lockVisible(id: string, user: UserEntity, transaction: Transaction): Promise<CaseStudyEntity> {
    const caseStudy = await this.caseStudies.findByIdForUpdate(id, transaction);
    if (!caseStudy || !caseStudyAccess(caseStudy, user).seesCaseStudy) throw CaseStudyException.notFound(id);
    return caseStudy;
  }

  /** Locks the case study; 403 unless the caller is verified staff of its municipality. */
  private async lockAsOwner(id: string, user: UserEntity, transaction: Transaction): Promise<CaseStudyEntity> {
    const caseStudy = await this.lockVisible(id, user, transaction);
    if (!caseStudyAccess(caseStudy, user).owner) throw AuthException.forbidden();
    return caseStudy;
  }
}
