import { loadConfig } from '../../config/app-config';
import { startLocalServices } from '../../local-services/local-services';
import { createDataSource } from '../data-source';
import { seedStarterData } from './seed';

/** `npm run seed`: applies pending migrations, then loads the starter data (idempotent). */
async function main(): Promise<void> {
  const services = await startLocalServices(loadConfig(), (message) => console.log(message));
  const dataSource = createDataSource(services.config.databaseUrl);
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const { municipalities, partnerships } = await seedStarterData(dataSource);
    console.log(
      `municipalities: ${municipalities.inserted} added, ${municipalities.updated} updated; ` +
        `partnerships: ${partnerships.inserted} added, ${partnerships.updated} updated`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await services.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
