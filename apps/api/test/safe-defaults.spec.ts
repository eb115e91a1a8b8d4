import { rm } from 'node:fs/promises';
import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type DataSource } from 'typeorm';
import { listenOnConfiguredAddress } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { createDataSource } from '../src/database/data-source';
import { checkDemoAccounts, DEMO_ACCOUNTS, seedDemoAccounts } from '../src/database/seed/demo-accounts';
import { runSeed, seedStarterData } from '../src/database/seed/seed';
import { LocalFileStorage } from '../src/files/file-storage';
import { findFreePort } from '../src/local-services/local-service';
import { startLocalServices } from '../src/local-services/local-services';
import { ApiProcess } from './support/api-process';
import { createIsolatedDatabase, createTestApp, type TestApp } from './support/test-app';

/** Issue 12, "safe by default": where the portal listens, and where demo accounts may exist. */
describe('safe defaults', () => {
  describe('the listening address', () => {
    const apps: TestApp[] = [];
    afterAll(async () => {
      for (const app of apps) await app.close();
    });

    /** The address the app's server listens on when started as main.ts starts it, with `env` as its environment. */
    async function listeningAddress(env: Record<string, string>): Promise<AddressInfo> {
      const t = await createTestApp();
      apps.push(t);
      // Port 0: any free port; the address comes from the environment as in main.ts.
      await listenOnConfiguredAddress(t.app, { ...loadConfig(env), port: 0 });
      return (t.app.getHttpServer() as Server).address() as AddressInfo;
    }

    it('is 127.0.0.1 in development, so nothing beyond this machine reaches a laptop portal', async () => {
      expect(await listeningAddress({ NODE_ENV: 'development' })).toMatchObject({ address: '127.0.0.1' });
    });

    it('is what HOST says, such as every interface with 0.0.0.0', async () => {
      expect(await listeningAddress({ NODE_ENV: 'development', HOST: '0.0.0.0' })).toMatchObject({ address: '0.0.0.0' });
    });
  });

  describe('demo accounts', () => {
    const opened: { dataSource: DataSource; drop(): Promise<void> }[] = [];
    /** Where the demo covers go. */
    const filesDirectory = path.join(os.tmpdir(), `safe-defaults-files-${process.pid}`);
    const files = new LocalFileStorage(filesDirectory);
    afterAll(async () => {
      for (const { dataSource, drop } of opened) {
        await dataSource.destroy();
        await drop();
      }
      await rm(filesDirectory, { recursive: true, force: true });
    });

    async function openMigratedDatabase(): Promise<{ dataSource: DataSource; databaseUrl: string }> {
      const database = await createIsolatedDatabase();
      const dataSource = await createDataSource(database.databaseUrl).initialize();
      opened.push({ dataSource, drop: database.drop });
      await dataSource.runMigrations();
      return { dataSource, databaseUrl: database.databaseUrl };
    }

    const userCount = async (dataSource: DataSource) => ((await dataSource.query(`SELECT count(*)::int AS count FROM users`)) as { count: number }[])[0].count;

    it('are never created in a database named by DATABASE_URL, even in development', async () => {
      const { dataSource, databaseUrl } = await openMigratedDatabase();
      // As main.ts and `npm run seed` resolve their configuration.
      const services = await startLocalServices(loadConfig({ ...process.env, NODE_ENV: 'development', DATABASE_URL: databaseUrl }), () => undefined, { meilisearch: false });
      try {
        expect(services.config.embeddedPostgres).toBe(false);
        expect(await runSeed(dataSource, services.config, files)).toMatch(/^municipalities: \d+ added.*demo accounts: 0 added; demo case studies: 0 added/);
      } finally {
        await services.stop();
      }
      expect(await userCount(dataSource)).toBe(0);
      expect(await dataSource.query(`SELECT count(*)::int AS count FROM municipalities`)).not.toEqual([{ count: 0 }]);
      expect(await checkDemoAccounts(dataSource, 'production')).toBeUndefined();
    });

    it('are named in one line outside production, and stop a production start', async () => {
      const { dataSource } = await openMigratedDatabase();
      await runSeed(dataSource, { nodeEnv: 'development', embeddedPostgres: true }, files);
      const emails = DEMO_ACCOUNTS.map((account) => account.email).sort();
      expect(await checkDemoAccounts(dataSource, 'development')).toBe(`Demo accounts exist: ${emails.join(', ')} (password in the README); they are for local use only`);
      await expect(checkDemoAccounts(dataSource, 'production')).rejects.toThrow(
        `Configuration error: NODE_ENV is production, but the database holds demo accounts, whose password is public (${emails.join(', ')}): delete them, then start again`,
      );
    });

    it('keep the compiled API from starting in production while one is left, with one line saying why', async () => {
      const { dataSource, databaseUrl } = await openMigratedDatabase();
      // Only the moderator is left of the demo accounts, as after a careless clean-up of a restored development backup.
      await seedStarterData(dataSource);
      await seedDemoAccounts(dataSource);
      await dataSource.query(`DELETE FROM users WHERE email <> 'moderator@demo.twinning.test'`);
      const api = new ApiProcess({
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(await findFreePort()),
        DATABASE_URL: databaseUrl,
        SEARCH_INDEX_PREFIX: `safe_${process.pid}_`,
        LOG_LEVEL: 'warn',
      });
      expect(await api.exitCode()).toBe(1);
      expect(api.output.at(-1)).toBe(
        'Configuration error: NODE_ENV is production, but the database holds demo accounts, whose password is public (moderator@demo.twinning.test): delete them, then start again',
      );
      expect(await userCount(dataSource)).toBe(1);
    });
  });
});
