import { runWithDatabase } from '../run-with-database';
import { runSeed } from './seed';

/** `npm run seed`: loads the starter data and, on the embedded PostgreSQL outside production, the demo accounts and case studies (idempotent). */
runWithDatabase(async (dataSource, config) => {
  console.log(await runSeed(dataSource, config));
});
