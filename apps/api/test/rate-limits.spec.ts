import { randomUUID } from 'node:crypto';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { PAGINATION_MAX_PER_PAGE } from '@twinning/contracts';
import { addressKey } from '../src/common/client-address';
import { RateLimiter } from '../src/rate-limit/rate-limiter.service';
import { insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

const LIMIT = 3;

/**
 * The reads that cost a search (`@RateLimit('search')`). Every other GET must stay unlimited and
 * every write route is limited as a write: a route added later is tried without a change here.
 */
const LIMITED_READS = ['GET /api/v1/search', 'GET /api/v1/search/export', 'GET /api/v1/case-studies/{id}/similar', 'GET /api/v1/statistics', 'GET /api/v1/statistics/summary', 'GET /api/v1/map', 'GET /api/v1/partner-requests', 'GET /api/v1/partner-requests/{id}'];

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** How Express would also match a path: in other letter case, with a trailing slash. */
function spellings(path: string): string[] {
  const shouted = path.replace(/[a-z]+/g, (word, at: number) => (at % 2 === 0 ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1)));
  return [path, shouted, `${path}/`, `${shouted}/`];
}

describe('rate limits follow the route that matched, however the URL is spelled', () => {
  let t: TestApp;
  let clients = 0;
  /** Each route gets an address of its own (documentation range, a /64 each: limits count a /64 as one client), so no count spills over. */
  const nextClient = () => `2001:db8:${(++clients).toString(16)}::1`;

  beforeAll(async () => {
    // No built web client: it answers any GET outside the lower-case /api/ with its index.html (no
    // search runs then), which would hide from this test whether the API counted that spelling.
    t = await createTestApp({ RATE_LIMIT_WRITES_PER_MINUTE: String(LIMIT), RATE_LIMIT_SEARCH_PER_MINUTE: String(LIMIT), TRUST_PROXY: 'true', WEB_DIST_DIR: 'apps/api/test/no-web-client' });
    // One fixed minute for the whole file: no window ends while a test counts.
    t.app.get(RateLimiter).now = () => Date.UTC(2030, 0, 1, 12, 0, 5);
  });

  afterAll(() => t.close());

  const routes = () => {
    const document = SwaggerModule.createDocument(t.app, new DocumentBuilder().build());
    return Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => ({ method: method as Method, path, route: `${method.toUpperCase()} ${path}` })),
    );
  };

  const send = (method: Method, url: string, client: string) => t.http[method](url).set('X-Forwarded-For', client).send(method === 'get' ? undefined : {});

  it('names only routes the API serves as limited reads', () => {
    const served = routes().map(({ route }) => route);
    expect(LIMITED_READS.filter((route) => !served.includes(route))).toEqual([]);
  });

  it('counts every spelling of every limited route against one limit, and never limits the other reads', async () => {
    const wrong: string[] = [];
    for (const { method, path, route } of routes()) {
      const url = path.replace(/\{[^}]+\}/g, () => randomUUID());
      const client = nextClient();
      const statuses: number[] = [];
      for (const spelling of spellings(url)) statuses.push((await send(method, spelling, client)).status);
      statuses.push((await send(method, url, client)).status);
      const limited = method !== 'get' || LIMITED_READS.includes(route);
      // LIMIT requests pass (whatever they answer), then every spelling meets 429.
      const passed = statuses.slice(0, LIMIT).every((status) => status !== 429);
      const refused = statuses.slice(LIMIT).every((status) => status === 429);
      if (limited ? !(passed && refused) : statuses.includes(429)) wrong.push(`${route}${limited ? '' : ' (unlimited)'}: ${statuses.join(' ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('charges an export one search per page it fetched', async () => {
    const town = await insertMunicipality(t.dataSource);
    const pages = 3;
    for (let n = 0; n < PAGINATION_MAX_PER_PAGE * (pages - 1) + 1; n++) await insertCaseStudy(t.dataSource, { municipalityId: town.id, status: 'published' });
    await waitUntil('the outbox is drained', async () => (await t.dataSource.query(`SELECT count(*)::int AS count FROM search_outbox`))[0].count === 0, 60_000);
    await waitUntil('Meilisearch answers', async () => (await send('get', '/api/v1/search?q=', nextClient())).body.degraded === false, 60_000);

    const rich = nextClient();
    const exported = await send('get', '/api/v1/search/export?format=json', rich);
    expect(exported.status).toBe(200);
    expect(exported.body).toHaveLength(PAGINATION_MAX_PER_PAGE * (pages - 1) + 1);
    // Three pages were three searches: nothing is left of the limit of three.
    expect((await send('get', '/api/v1/search?q=', rich)).status).toBe(429);

    const poor = nextClient();
    expect((await send('get', '/api/v1/search?q=', poor)).status).toBe(200);
    const refused = await send('get', '/api/v1/search/export?format=json', poor);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('too_many_requests');
  }, 120_000);

  it('limits statistics like searches, with Retry-After to the end of the minute', async () => {
    const client = nextClient();
    for (let n = 0; n < LIMIT; n++) expect((await send('get', '/api/v1/statistics', client)).status).toBe(200);
    const refused = await send('get', '/api/v1/Statistics/', client);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('55');
  });

  it('adds the counts of this instance to the shared ones in PostgreSQL, an IPv6 client counted by its /64', async () => {
    const client = nextClient();
    await send('get', '/api/v1/search?q=', client);
    await send('get', '/api/v1/search?q=', client.replace(/::1$/, '::ffff:2'));
    await send('post', '/api/v1/auth/logout', client);
    await t.app.get(RateLimiter).flush();
    const key = addressKey(client);
    expect(key).toMatch(/::\/64$/);
    const rows = (await t.dataSource.query(`SELECT key, hits FROM rate_limit_hits WHERE key LIKE $1 ORDER BY key`, [`%${key}`])) as { key: string; hits: number }[];
    expect(rows).toEqual([
      { key: `search:${key}`, hits: 2 },
      { key: `write:${key}`, hits: 1 },
    ]);
  });
});
