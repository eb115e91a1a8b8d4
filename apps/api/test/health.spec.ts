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

  it('reports Meilisearch down, with 503, when nothing answers at its address', async () => {
    t = await createTestApp({ MEILI_HOST: `http://127.0.0.1:${await findFreePort()}` });
    const response = await t.http.get('/api/health');
    expect(response.status).toBe(503);
    expect(response.body.status).toBe('degraded');
    expect(response.body.services.postgres.status).toBe('up');
    expect(response.body.services.meilisearch.status).toBe('down');
    expect(response.body.services.meilisearch.error).toEqual(expect.any(String));
  });
});
