import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { MAIL_FOLDER_VARIABLE } from './mail-folder';
import { PORTAL_URL_VARIABLE } from './portal';

declare global {
  var e2ePortal: { process: ChildProcess; dataDir: string } | undefined;
}

const root = path.resolve(__dirname, '../../../..');

/** Starts the built portal as `npm start` runs it, with its own servers and starter data, on free ports. */
export default async function globalSetup(): Promise<void> {
  const main = path.join(root, 'dist/apps/api/main.js');
  for (const built of [main, path.join(root, 'dist/apps/web/index.html')]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run npx nx e2e web-e2e, which builds first.`);
  }
  const dataDir = path.join(os.tmpdir(), `twinning-e2e-${process.pid}`);
  const port = await freePort();
  // The portal's log, kept for reading when a test fails. Its e-mails go to DATA_DIR/mail (no SMTP_URL).
  mkdirSync(dataDir, { recursive: true });
  const logFile = path.join(dataDir, 'portal.log');
  const { DATABASE_URL: _db, MEILI_HOST: _host, MEILI_MASTER_KEY: _key, ...inherited } = process.env;
  const portal = spawn(process.execPath, [main], {
    env: {
      ...inherited,
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      PORT: String(port),
      LOCAL_POSTGRES_PORT: String(await freePort()),
      LOCAL_MEILISEARCH_PORT: String(await freePort()),
    },
    stdio: ['ignore', openSync(logFile, 'a'), 'inherit'],
  });
  globalThis.e2ePortal = { process: portal, dataDir };
  const url = `http://127.0.0.1:${port}`;
  // A cold start creates the cluster, migrates, seeds and indexes the demo data: ~10 s on a quiet
  // machine, 99 s seen under a load of 30 (CI's clean clone beside other runs). The wait ends as
  // soon as the portal is up, and sooner still if the portal exits.
  try {
    await waitForHealth(`${url}/api/health`, portal, 300_000);
  } catch (error) {
    // Jest runs no global teardown after a failed setup: stop the portal (and its servers) here.
    portal.kill('SIGTERM');
    throw error;
  }
  process.env[PORTAL_URL_VARIABLE] = url;
  process.env[MAIL_FOLDER_VARIABLE] = path.join(dataDir, 'mail');
}

async function waitForHealth(url: string, portal: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (portal.exitCode !== null) throw new Error(`the portal exited with code ${portal.exitCode} before it was healthy`);
    // Healthy, and the demo case studies the seed published have reached the search index.
    const healthy = await fetch(url).then(
      async (response) => response.ok && ((await response.json()) as { searchOutbox?: { pending: number } }).searchOutbox?.pending === 0,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the portal was not healthy at ${url} within ${timeoutMs} ms`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
