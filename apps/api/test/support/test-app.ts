import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory';
import { type ResolvedConfig, loadConfig } from '../../src/config/app-config';
import { SearchRepository } from '../../src/search/search.repository';
import { TEST_ADMIN_DATABASE_URL } from './test-services';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  dataSource: DataSource;
  config: ResolvedConfig;
  close(): Promise<void>;
}

/**
 * The whole API on a database and index prefix of its own (fresh, migrated), so test files can
 * run in parallel against the same servers. `env` overrides configuration variables.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const isolation = await createIsolatedDatabase();
  // Its own data directory: without SMTP_URL the e-mails are written there.
  const dataDir = path.join(os.tmpdir(), `twinning-test-app-${isolation.id}`);
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DATABASE_URL: isolation.databaseUrl,
    SEARCH_INDEX_PREFIX: `test_${isolation.id}_`,
    SEED_ON_START: 'false',
    // Test files fire hundreds of writes a minute from one address; the rate-limit test sets its own.
    RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
    RATE_LIMIT_SEARCH_PER_MINUTE: '1000000',
    ...env,
  }) as ResolvedConfig;
  const app = await createApp(config);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    config,
    close: async () => {
      const search = app.get(SearchRepository);
      // Best effort: on a busy machine Meilisearch may take longer than the client's 5 s to delete an
      // index, and that must not fail the file's tests. The run's Meilisearch is discarded at teardown.
      for (const index of await search.listIndexNames().catch(() => [])) await search.deleteIndex(index.slice(config.searchIndexPrefix.length)).catch(() => undefined);
      await app.close();
      await isolation.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function createIsolatedDatabase(): Promise<{ id: string; databaseUrl: string; drop(): Promise<void> }> {
  const adminUrl = process.env[TEST_ADMIN_DATABASE_URL];
  if (!adminUrl) throw new Error('The integration global setup did not run (TEST_ADMIN_DATABASE_URL is not set).');
  const id = randomBytes(6).toString('hex');
  const name = `test_${id}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    id,
    databaseUrl: url.toString(),
    drop: () => withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function withClient<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
