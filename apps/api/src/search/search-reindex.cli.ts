import { loadConfig } from '../config/app-config';
import { createDataSource } from '../database/data-source';
import { startLocalServices } from '../local-services/local-services';
import { rebuildSearchIndex } from './search-rebuild';
import { SearchRepository } from './search.repository';

/** `npm run search:reindex`: rebuilds the search index from PostgreSQL with no downtime. */
async function main(): Promise<void> {
  const services = await startLocalServices(loadConfig(), (message) => console.log(message));
  const dataSource = createDataSource(services.config.databaseUrl);
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const { documents, seconds } = await rebuildSearchIndex(dataSource, new SearchRepository(services.config), (message) => console.log(message));
    console.log(`Rebuilt the search index: ${documents} case studies in ${seconds.toFixed(1)} s`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await services.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
