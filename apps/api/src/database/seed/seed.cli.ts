import { loadConfig } from '../../config/app-config';
import { startLocalServices } from '../../local-services/local-services';
import { createDataSource } from '../data-source';
import { runSeed } from './seed';

/** `npm run seed`: applies pending migrations, then loads the starter data and, outside production, the demo accounts (idempotent). */
async function main(): Promise<void> {
  const config = loadConfig();
  const services = await startLocalServices(config, (message) => console.log(message));
  const dataSource = createDataSource(services.config.databaseUrl);
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    console.log(await runSeed(dataSource, config.nodeEnv));
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await services.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
