import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Meilisearch, type MultiSearchParams, type RecordAny, type MultiSearchQuery, type SearchResponse, type Settings, type Task } from 'meilisearch';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * The only code that talks to Meilisearch. The master key only manages the indexes (documents,
 * settings, swaps, tasks); searches use a key that can do nothing but search the portal's own
 * indexes, which the repository creates at start, so nothing on the search path can write.
 */
@Injectable()
export class SearchRepository implements OnApplicationBootstrap {
  /** With the master key. */
  private readonly client: Meilisearch;
  /**
   * With the master key, for sending documents only: a batch of 1,000 case studies is ~13 MB (their
   * glossary terms included), which took over the 5 s a search may wait to upload on a busy machine.
   */
  private readonly documentWriter: Meilisearch;
  /** With the search-only key, once it is known; forgotten when Meilisearch no longer accepts it. */
  private searchClient: Promise<Meilisearch> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.client = this.clientWith(config.meiliMasterKey);
    this.documentWriter = this.clientWith(config.meiliMasterKey, DOCUMENT_UPLOAD_TIMEOUT_MS);
  }

  /** Creates the search key now when Meilisearch answers; otherwise the first search does. */
  onApplicationBootstrap(): void {
    this.searcher().catch(() => undefined);
  }

  /**
   * The key that may only search this portal's indexes (`<prefix>*`). Its uid is derived from the
   * prefix and Meilisearch derives the key from the uid, so every instance and every restart gets
   * the same key, created once. Without a master key Meilisearch checks no key at all: none is needed.
   */
  async ensureSearchKey(): Promise<string | undefined> {
    if (!this.config.meiliMasterKey) return undefined;
    const uid = searchKeyUid(this.config.searchIndexPrefix);
    const existing = await this.client.getKey(uid).catch((error: unknown) => (meilisearchErrorCode(error) === 'api_key_not_found' ? null : Promise.reject(error)));
    if (existing) return existing.key;
    const created = await this.client
      .createKey({
        uid,
        name: `Twinning Exchange search (${this.config.searchIndexPrefix}*)`,
        description: 'Created by the portal at start: searches its indexes and nothing else.',
        actions: ['search'],
        indexes: [`${this.config.searchIndexPrefix}*`],
        expiresAt: null,
      })
      // Another instance created it in the meantime.
      .catch((error: unknown) => (meilisearchErrorCode(error) === 'api_key_already_exists' ? this.client.getKey(uid) : Promise.reject(error)));
    return created.key;
  }

  /** The full name of one of the portal's indexes, with the configured prefix. */
  indexName(name: string): string {
    return `${this.config.searchIndexPrefix}${name}`;
  }

  /** Throws when Meilisearch does not answer healthy. */
  async checkHealth(): Promise<void> {
    await this.client.health();
  }

  /** Creates the index when it does not exist yet and waits until Meilisearch has done it. */
  async ensureIndex(name: string, primaryKey: string): Promise<void> {
    const uid = this.indexName(name);
    const exists = await this.client.getRawIndex(uid).then(
      () => true,
      (error: unknown) => (isIndexNotFound(error) ? false : Promise.reject(error)),
    );
    if (!exists) await this.client.createIndex(uid, { primaryKey }).waitTask();
  }

  async listIndexNames(): Promise<string[]> {
    const { results } = await this.client.getRawIndexes({ limit: 1000 });
    return results.map((index) => index.uid).filter((uid) => uid.startsWith(this.config.searchIndexPrefix));
  }

  async deleteIndex(name: string): Promise<void> {
    await this.client.deleteIndex(this.indexName(name)).waitTask();
  }

  /** Applies settings and waits until Meilisearch has; the same settings again change nothing. */
  async applySettings(name: string, settings: Settings): Promise<void> {
    const task = await this.client.index(this.indexName(name)).updateSettings(settings).waitTask({ timeout: TASK_TIMEOUT_MS });
    assertSucceeded(task);
  }

  async documentCount(name: string): Promise<number> {
    return (await this.client.index(this.indexName(name)).getStats()).numberOfDocuments;
  }

  /** Adds or replaces documents and deletes others, returning only once Meilisearch confirms both. */
  async writeDocuments<T extends { id: string }>(name: string, upserts: T[], deletions: string[]): Promise<void> {
    const index = this.documentWriter.index<T>(this.indexName(name));
    if (upserts.length > 0) assertSucceeded(await index.addDocuments(upserts, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS }));
    if (deletions.length > 0) assertSucceeded(await index.deleteDocuments(deletions).waitTask({ timeout: TASK_TIMEOUT_MS }));
  }

  /** Exchanges two indexes' contents in one task: searches see either the old or the new, never neither. */
  async swapIndexes(first: string, second: string): Promise<void> {
    assertSucceeded(await this.client.swapIndexes([{ indexes: [this.indexName(first), this.indexName(second)], rename: false }]).waitTask({ timeout: TASK_TIMEOUT_MS }));
  }

  /** Several searches in one round trip (the hits, and the facet counts of each active filter), with the search-only key. */
  async multiSearch<T extends RecordAny>(name: string, queries: Omit<MultiSearchQuery, 'indexUid'>[]): Promise<SearchResponse<T>[]> {
    const uid = this.indexName(name);
    try {
      const { results } = await (await this.searcher()).multiSearch<MultiSearchParams, T>({ queries: queries.map((query) => ({ ...query, indexUid: uid })) });
      return results as SearchResponse<T>[];
    } catch (error) {
      // The key was deleted (or the master key changed): the next search creates it again.
      if (meilisearchErrorCode(error) === 'invalid_api_key') this.searchClient = undefined;
      throw error;
    }
  }

  private searcher(): Promise<Meilisearch> {
    this.searchClient ??= this.ensureSearchKey().then(
      (key) => this.clientWith(key),
      (error: unknown) => {
        this.searchClient = undefined;
        throw error;
      },
    );
    return this.searchClient;
  }

  private clientWith(apiKey: string | undefined, timeout = 5_000): Meilisearch {
    return new Meilisearch({
      host: required(this.config.meiliHost, 'MEILI_HOST'),
      apiKey,
      // Meilisearch compresses its answers and Node's fetch spends ~40 ms per request
      // decompressing them; asking for identity encoding keeps a search at a few ms.
      requestInit: { headers: { 'accept-encoding': 'identity' } },
      timeout,
    });
  }
}

/** A UUID v4 (which Meilisearch requires of key uids) that depends only on the index prefix. */
export function searchKeyUid(prefix: string): string {
  const bytes = createHash('sha256').update(`twinning-exchange search key:${prefix}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * How long a write waits for Meilisearch to apply it. Generous: a batch queued behind others on a
 * busy machine took over 30 s (a 10,000 rebuild failed on it), and a rebuild that gives up only
 * starts over.
 */
const TASK_TIMEOUT_MS = 120_000;

/** How long one request that sends documents may take (see `documentWriter`). */
const DOCUMENT_UPLOAD_TIMEOUT_MS = 60_000;

function assertSucceeded(task: Task): void {
  if (task.status !== 'succeeded') throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? 'no reason given'}`);
}

function isIndexNotFound(error: unknown): boolean {
  return meilisearchErrorCode(error) === 'index_not_found';
}

/** The code of an error Meilisearch answered with, such as `index_not_found`. */
function meilisearchErrorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'cause' in error ? (error.cause as { code?: string } | undefined)?.code : undefined;
}

function required(value: string | undefined, variable: string): string {
  if (!value) throw new Error(`${variable} is not set and no local Meilisearch was started`);
  return value;
}
