import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { PollingLoop } from '../common/polling-loop';
import { TransactionRunner } from '../database/transaction';
import { MetricsService } from '../observability/metrics.service';
import { CASE_STUDY_INDEX_SETTINGS, toCaseStudyDocument } from './case-study-document';
import { CaseStudyDocumentsRepository } from './case-study-documents.repository';
import { loadPartnerRequestDocuments, PARTNER_REQUEST_INDEX, PARTNER_REQUEST_INDEX_SETTINGS } from './partner-request-document';
import { SearchOutboxRepository } from './search-outbox.repository';
import { SearchRepository } from './search.repository';

/**
 * Versioned with the documents' shape: v2 documents carry the glossary's terms that v1 documents
 * lacked (and v2 settings no longer expand queries into synonyms). An upgraded portal finds v2
 * empty and fills it from PostgreSQL; the old index can then be deleted.
 */
export const CASE_STUDY_INDEX = 'case_studies_v2';
const BATCH_SIZE = 200;

/**
 * Drains the search outbox into Meilisearch: claims due rows (SKIP LOCKED, so API instances
 * share the work), reads the truth from PostgreSQL, writes it, waits for Meilisearch's
 * confirmation, and only then deletes the rows. A failed batch is retried with backoff and
 * parked after too many tries. While Meilisearch is away nothing is lost: the rows wait.
 */
@Injectable()
export class SearchIndexerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchIndexerService.name);
  private indexReady = false;
  private readonly loop: PollingLoop;

  constructor(
    private readonly search: SearchRepository,
    private readonly outbox: SearchOutboxRepository,
    private readonly documents: CaseStudyDocumentsRepository,
    private readonly transactions: TransactionRunner,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.loop = new PollingLoop(() => this.drainOnce(), config.searchOutboxPollMs, (error) => {
      // Meilisearch or PostgreSQL unreachable: the rows stay; try again after a pause.
      this.indexReady = false;
      this.logger.warn(`Search indexing paused: ${String(error)}`);
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /** Finishes the batch in hand, then stops. */
  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /**
   * Creates the index with its settings and synonyms (idempotent). An empty index while
   * PostgreSQL has published case studies (a new or wiped Meilisearch) is filled from the outbox.
   */
  async prepareIndex(): Promise<void> {
    await this.search.ensureIndex(CASE_STUDY_INDEX, 'id');
    await this.search.applySettings(CASE_STUDY_INDEX, CASE_STUDY_INDEX_SETTINGS);
    if ((await this.search.documentCount(CASE_STUDY_INDEX)) === 0 && (await this.outbox.countPublished()) > 0) {
      this.logger.log(`The search index is empty: rebuilding it from ${await this.outbox.enqueueAllPublished()} published case studies`);
    }
    await this.search.ensureIndex(PARTNER_REQUEST_INDEX, 'id');
    await this.search.applySettings(PARTNER_REQUEST_INDEX, PARTNER_REQUEST_INDEX_SETTINGS);
    if ((await this.search.documentCount(PARTNER_REQUEST_INDEX)) === 0) {
      const queued = await this.outbox.enqueueAllPartnerRequests();
      if (queued > 0) this.logger.log(`The partner request index is empty: rebuilding it from ${queued} requests`);
    }
    this.indexReady = true;
  }

  /** One batch: returns how many outbox rows it took (0 when there was nothing due). */
  async drainOnce(): Promise<number> {
    if (!this.indexReady) await this.prepareIndex();
    return this.transactions.run(async (transaction) => {
      const rows = await this.outbox.claimDue(transaction, BATCH_SIZE);
      if (rows.length === 0) return 0;
      const ids = [...new Set(rows.flatMap((row) => row.caseStudyId ?? []))];
      const requestIds = [...new Set(rows.flatMap((row) => row.partnerRequestId ?? []))];
      const indexable = await this.documents.loadIndexable(transaction, ids);
      const requests = await loadPartnerRequestDocuments(transaction, requestIds);
      const kept = new Set([...indexable.map((caseStudy) => caseStudy.id), ...requests.map((request) => request.id)]);
      try {
        if (ids.length > 0) await this.search.writeDocuments(CASE_STUDY_INDEX, indexable.map(toCaseStudyDocument), ids.filter((id) => !kept.has(id)));
        if (requestIds.length > 0) await this.search.writeDocuments(PARTNER_REQUEST_INDEX, requests, requestIds.filter((id) => !kept.has(id)));
        await this.outbox.complete(transaction, rows.map((row) => row.id));
        this.logger.debug(`Indexed ${indexable.length + requests.length} and removed ${ids.length + requestIds.length - kept.size} documents for outbox rows ${rows.map((row) => row.id).join(',')}`);
      } catch (error) {
        this.logger.warn(`Indexing ${ids.length + requestIds.length} documents failed; will retry: ${String(error)}`);
        this.metrics.searchOutboxFailures.inc();
        await this.outbox.fail(transaction, rows.map((row) => row.id), String(error));
      }
      return rows.length;
    });
  }
}
