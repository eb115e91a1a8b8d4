import { runWithDatabase } from '../database/run-with-database';
import { rebuildSearchIndex } from './search-rebuild';
import { SearchRepository } from './search.repository';

/** `npm run search:reindex`: rebuilds the search index from PostgreSQL with no downtime. */
runWithDatabase(async (dataSource, config) => {
  const { documents, seconds } = await rebuildSearchIndex(dataSource, new SearchRepository(config), config, (message) => console.log(message));
  console.log(`Rebuilt the search index: ${documents} case studies in ${seconds.toFixed(1)} s`);
});
