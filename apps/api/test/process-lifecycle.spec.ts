import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type MunicipalitySummary, type Page } from '@twinning/contracts';
import { findWorkspaceRoot } from '../src/config/app-config';
import { findFreePort } from '../src/local-services/local-service';

const root = findWorkspaceRoot();
const main = path.join(root, 'dist/apps/api/main.js');

/**
 * The compiled API as `npm start` runs it, with no DATABASE_URL or MEILI_HOST: it must start its
 * own PostgreSQL and Meilisearch, serve the starter data, and leave no server behind when stopped.
 */
describe('the API process with its own services', () => {
  const dataDir = path.join(os.tmpdir(), `twinning-test-lifecycle-${process.pid}`);
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    if (!existsSync(main)) throw new Error(`${main} is missing: build the API first (npx nx build api).`);
    const { DATABASE_URL: _db, MEILI_HOST: _host, MEILI_MASTER_KEY: _key, ...inherited } = process.env;
    env = {
      ...inherited,
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      PORT: String(await findFreePort()),
      LOCAL_POSTGRES_PORT: String(await findFreePort()),
      LOCAL_MEILISEARCH_PORT: String(await findFreePort()),
    };
  });

  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it.each(['SIGINT', 'SIGTERM'] as const)('starts, serves the towns, and on %s stops with both servers', async (signal) => {
    const api = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await waitForOutput(api, /is running on/, 60_000);
      const base = `http://127.0.0.1:${env.PORT}`;
      const health = await fetch(`${base}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ services: { postgres: { status: 'up' }, meilisearch: { status: 'up' } } });
      const towns = (await (await fetch(`${base}/api/v1/municipalities?q=istanbul`)).json()) as Page<MunicipalitySummary>;
      expect(towns.items.map((m) => m.nameLocal)).toEqual(['İstanbul']);
      expect(serverProcessesUsing(dataDir).length).toBe(2);
    } finally {
      api.kill(signal);
    }
    expect(await exitCode(api)).toBe(0);
    expect(serverProcessesUsing(dataDir)).toEqual([]);
  });

  it('refuses to start on a malformed variable, with one line naming it', async () => {
    const api = spawn(process.execPath, [main], { env: { ...env, PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    api.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exitCode(api)).toBe(1);
    expect(stderr).toBe('Configuration error: PORT must be an integer from 1 to 65535, got "eighty"\n');
  });
});

/** postgres and meilisearch processes whose command line mentions the directory. */
function serverProcessesUsing(dir: string): string[] {
  return execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(dir) && /postgres|meilisearch/.test(line));
}

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited (code ${code}) before ${pattern}:\n${output}`));
    });
  });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
