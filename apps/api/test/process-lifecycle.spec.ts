import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type MunicipalitySummary, type Page } from '@twinning/contracts';
import { findFreePort } from '../src/local-services/local-service';
import { ApiProcess } from './support/api-process';
import { waitUntil } from './support/wait';

/**
 * The compiled API as `npm start` runs it, with no DATABASE_URL or MEILI_HOST: it must start its
 * own PostgreSQL and Meilisearch, serve the starter data, and leave no server behind when stopped.
 */
describe('the API process with its own services', () => {
  const dataDir = path.join(os.tmpdir(), `twinning-test-lifecycle-${process.pid}`);
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
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
    const api = new ApiProcess(env);
    try {
      await api.waitForOutput(/is running on/);
      const base = `http://127.0.0.1:${env.PORT}`;
      // Safe by default: a development portal listens on this machine only, and says it holds demo accounts.
      expect(api.output.join('\n')).toContain(`is running on ${base} `);
      expect(api.output.join('\n')).toMatch(/Demo accounts exist: admin@demo\.twinning\.test, .*; they are for local use only/);
      const health = await fetch(`${base}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ services: { postgres: { status: 'up' }, meilisearch: { status: 'up' } } });
      const towns = (await (await fetch(`${base}/api/v1/municipalities?q=istanbul`)).json()) as Page<MunicipalitySummary>;
      expect(towns.items.map((m) => m.nameLocal)).toEqual(['İstanbul']);
      expect(serverProcessesUsing(dataDir).length).toBe(2);

      // JSON log lines; the request's line carries the id the caller sent, which comes back too.
      const traced = await fetch(`${base}/api/v1/municipalities/not-a-uuid`, { headers: { 'X-Request-Id': `trace-${signal}` } });
      expect(traced.status).toBe(400);
      expect(traced.headers.get('x-request-id')).toBe(`trace-${signal}`);
      await waitUntil('the request to be logged', async () => api.logRecords.some((record) => record.reqId === `trace-${signal}`));
      expect(api.logRecords.find((record) => record.reqId === `trace-${signal}`)).toMatchObject({ level: 40, req: { method: 'GET', url: '/api/v1/municipalities/not-a-uuid' }, res: { statusCode: 400 } });
      expect(JSON.stringify(api.logRecords)).not.toMatch(/tx_session=|passwordHash/);
    } finally {
      api.kill(signal);
    }
    expect(await api.exitCode()).toBe(0);
    expect(serverProcessesUsing(dataDir)).toEqual([]);
    expect(api.output.at(-1)).toMatch(/Stopped/);
  });

  it('refuses to start on a malformed variable, with one line naming it', async () => {
    const api = new ApiProcess({ ...env, PORT: 'eighty' });
    expect(await api.exitCode()).toBe(1);
    expect(api.output).toEqual(['Configuration error: PORT must be an integer from 1 to 65535, got "eighty"']);
  });
});

/** postgres and meilisearch processes whose command line mentions the directory. */
function serverProcessesUsing(dir: string): string[] {
  return execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(dir) && /postgres|meilisearch/.test(line));
}
