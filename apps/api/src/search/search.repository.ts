import { Inject, Injectable } from '@nestjs/common';
import { Meilisearch, type MultiSearchParams, type RecordAny, type MultiSearchQuery, type SearchResponse, type Settings, type Task } from 'meilisearch';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/** The only code that talks to Meilisearch. */
@Injectable()
export class SearchRepository {
  private readonly client: Meilisearch;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.client = new Meilisearch({
      host: required(config.meiliHost, 'MEILI_HOST'),
      apiKey: config.meiliMasterKey,
      // Meilisearch compresses its answers and Node's fetch spends ~40 ms per request
      // decompressing them; asking for identity encoding keeps a search at a few ms.
      requestInit: { headers: { 'accept-encoding': 'identity' } },
      timeout: 5_000,
    });
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
    const index = this.client.index<T>(this.indexName(name));
    if (upserts.length > 0) assertSucceeded(await index.addDocuments(upserts, { primaryKey: 'id' }).waitTask({ timeout: TASK_TIMEOUT_MS }));
    if (deletions.length > 0) assertSucceeded(await index.deleteDocuments(deletions).waitTask({ timeout: TASK_TIMEOUT_MS }));
  }

  /** Exchanges two indexes' contents in one task: searches see either the old or the new, never neither. */
  async swapIndexes(first: string, second: string): Promise<void> {
    assertSucceeded(await this.client.swapIndexes([{ indexes: [this.indexName(first), this.indexName(second)], rename: false }]).waitTask({ timeout: TASK_TIMEOUT_MS }));
  }

  /** Several searches in one round trip (the hits, and the facet counts of each active filter). */
  async multiSearch<T extends RecordAny>(name: string, queries: Omit<MultiSearchQuery, 'indexUid'>[]): Promise<SearchResponse<T>[]> {
    const uid = this.indexName(name);
    const { results } = await this.client.multiSearch<MultiSearchParams, T>({ queries: queries.map((query) => ({ ...query, indexUid: uid })) });
    return results as SearchResponse<T>[];
  }
}

const TASK_TIMEOUT_MS = 30_000;

function assertSucceeded(task: Task): void {
  if (task.status !== 'succeeded') throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? 'no reason given'}`);
}

function isIndexNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'cause' in error && (error.cause as { code?: string } | undefined)?.code === 'index_not_found';
}

function required(value: string | undefined, variable: string): string {
  if (!value) throw new Error(`${variable} is not set and no local Meilisearch was started`);
  return value;
}
