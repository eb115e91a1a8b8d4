import { type DataSource } from 'typeorm';
import { loadConfig, type ResolvedConfig } from '../config/app-config';
import { startLocalServices } from '../local-services/local-services';
import { createDataSource, migrate } from './data-source';

/**
 * How the command-line tools (migrations, seed, reindex) run: with the configured servers or
 * local ones, the migrations applied, and everything stopped afterwards. Errors print their
 * message and set a failing exit code.
 */
export function runWithDatabase(work: (dataSource: DataSource, config: ResolvedConfig) => Promise<void>): void {
  const run = async () => {
    const services = await startLocalServices(loadConfig(), (message) => console.log(message));
    const dataSource = createDataSource(services.config.databaseUrl);
    try {
      await dataSource.initialize();
      const applied = await migrate(dataSource);
      if (applied.length > 0) console.log(`${applied.length} migration(s) applied`);
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
