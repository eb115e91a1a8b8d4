import { findFreePort } from '../src/local-services/local-service';
import { type TestApp, createTestApp } from './support/test-app';

describe('GET /api/health', () => {
  let t: TestApp | undefined;

  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('reports PostgreSQL and Meilisearch up', async () => {
    t = await createTestApp();
    const response = await t.http.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      services: { postgres: { status: 'up' }, meilisearch: { status: 'up' } },
    });
  });

  it('reports Meilisearch down, with 503 and no error text, when nothing answers at its address', async () => {
    const port = await findFreePort();
    t = await createTestApp({ MEILI_HOST: `http://127.0.0.1:${port}` });
    const response = await t.http.get('/api/health');
    expect(response.status).toBe(503);
    expect(response.body.status).toBe('degraded');
    expect(response.body.services.postgres.status).toBe('up');
    // Up or down and how long the check took: what went wrong (addresses, ports, errors) is for the log.
    expect(response.body.services.meilisearch).toEqual({ status: 'down', latencyMs: expect.any(Number) });
    expect(response.text).not.toMatch(new RegExp(`${port}|127\\.0\\.0\\.1|ECONNREFUSED|fetch failed|error`, 'i'));
  });
});
