import { createFileStorage } from '../../files/file-storage';
import { runWithDatabase } from '../run-with-database';
import { runSeed } from './seed';

/** `npm run seed`: loads the starter data and, on the embedded PostgreSQL outside production, the demo accounts and case studies with their covers (idempotent). */
runWithDatabase(async (dataSource, config) => {
  console.log(await runSeed(dataSource, config, createFileStorage(config.fileStorage)));
});
