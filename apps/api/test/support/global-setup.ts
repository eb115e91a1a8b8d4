import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../src/local-services/embedded-postgres';
import { type LocalService, findFreePort } from '../../src/local-services/local-service';
import { startPackagedMeilisearch } from '../../src/local-services/packaged-meilisearch';
import { TEST_ADMIN_DATABASE_URL, testRunDataDir } from './test-services';

declare global {
  var startedTestServices: LocalService[] | undefined;
}

/**
 * One real PostgreSQL and one real Meilisearch for the whole run, on free ports, unless
 * DATABASE_URL / MEILI_HOST name servers to use. Test files inherit the addresses through
 * process.env and create their own database and index prefix in them.
 */
export default async function globalSetup(): Promise<void> {
  const started: LocalService[] = [];
  globalThis.startedTestServices = started;
  const log = (message: string) => process.stderr.write(`[test services] ${message}\n`);
  const dataDir = testRunDataDir();
  await mkdir(dataDir, { recursive: true });

  if (process.env.DATABASE_URL) {
    process.env[TEST_ADMIN_DATABASE_URL] = process.env.DATABASE_URL;
  } else {
    const postgres = await startEmbeddedPostgres({
      databaseDir: path.join(dataDir, 'postgres'),
      port: await findFreePort(),
      database: 'postgres',
      persistent: false,
      log,
    });
    started.push(postgres);
    process.env[TEST_ADMIN_DATABASE_URL] = postgres.databaseUrl;
  }

  if (!process.env.MEILI_HOST) {
    const meilisearch = await startPackagedMeilisearch({ dataDir: path.join(dataDir, 'meilisearch'), port: await findFreePort(), log });
    started.push(meilisearch);
    process.env.MEILI_HOST = meilisearch.host;
    process.env.MEILI_MASTER_KEY = meilisearch.masterKey;
  }
}
