import { Inject, Injectable } from '@nestjs/common';
import { Meilisearch } from 'meilisearch';
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
}

function isIndexNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'cause' in error && (error.cause as { code?: string } | undefined)?.code === 'index_not_found';
}

function required(value: string | undefined, variable: string): string {
  if (!value) throw new Error(`${variable} is not set and no local Meilisearch was started`);
  return value;
}
