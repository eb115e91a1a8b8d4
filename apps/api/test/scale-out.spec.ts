import { connect } from 'node:net';
import { type CaseStudyDetail, CSRF_HEADER, type ModerationQueueItem, type Page, type SearchResponse, type SessionInfo } from '@twinning/contracts';
import { type DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import { findFreePort } from '../src/local-services/local-service';
import { completeContent } from './factories/case-study.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser, TEST_PASSWORD } from './factories/user.factory';
import { ApiProcess } from './support/api-process';
import { createIsolatedDatabase } from './support/test-app';
import { waitUntil } from './support/wait';

interface Browser {
  cookie: string;
  csrfToken: string;
}

/**
 * Two compiled API processes on one database and one Meilisearch, as behind the reverse proxy:
 * either instance serves any session, both index from the shared outbox, and every change is
 * indexed by exactly one of them.
 */
describe('two API instances on one database and one search index', () => {
  let database: Awaited<ReturnType<typeof createIsolatedDatabase>>;
  let dataSource: DataSource;
  const instances: { api: ApiProcess; base: string }[] = [];
  const prefix = `test_scale_${process.pid}_`;

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    for (let n = 0; n < 2; n += 1) {
      const port = await findFreePort();
      const api = new ApiProcess({
        ...process.env,
        NODE_ENV: 'development',
        PORT: String(port),
        DATABASE_URL: database.databaseUrl,
        SEARCH_INDEX_PREFIX: prefix,
        SEED_ON_START: 'false',
        LOG_LEVEL: 'debug',
        SEARCH_OUTBOX_POLL_MS: '50',
        RATE_LIMIT_WRITES_PER_MINUTE: '100000',
        RATE_LIMIT_SEARCH_PER_MINUTE: '100000',
      });
      instances.push({ api, base: `http://127.0.0.1:${port}` });
    }
    // Both start at once on an empty database: the migrations run once, under an advisory lock.
    await Promise.all(instances.map(({ api }) => api.waitForOutput(/is running on/)));
    dataSource = await createDataSource(database.databaseUrl).initialize();
  });

  afterAll(async () => {
    for (const { api } of instances) api.kill('SIGTERM');
    // The first one was stopped by the last test already; both must have exited cleanly.
    expect(await Promise.all(instances.map(({ api }) => api.exitCode()))).toEqual([0, 0]);
    await dataSource?.destroy();
    const meili = { host: process.env.MEILI_HOST!, key: process.env.MEILI_MASTER_KEY! };
    await fetch(`${meili.host}/indexes/${prefix}case_studies`, { method: 'DELETE', headers: { Authorization: `Bearer ${meili.key}` } });
    await database.drop();
  });

  async function call<T>(instance: number, method: string, path: string, browser?: Browser, body?: unknown): Promise<{ status: number; body: T; setCookie: string | null }> {
    const response = await fetch(`${instances[instance].base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(browser ? { Cookie: browser.cookie, [CSRF_HEADER]: browser.csrfToken } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as T, setCookie: response.headers.get('set-cookie') };
  }

  async function signIn(instance: number, email: string): Promise<Browser> {
    const response = await call<SessionInfo>(instance, 'POST', '/api/v1/auth/login', undefined, { email, password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    return { cookie: response.setCookie!.split(';')[0], csrfToken: response.body.csrfToken };
  }

  it('applied every migration once', async () => {
    const [{ count }] = (await dataSource.query(`SELECT count(*)::int AS count FROM migrations`)) as { count: number }[];
    expect(count).toBe(dataSource.migrations.length);
    expect(await dataSource.showMigrations()).toBe(false);
  });

  it('serves a session from either instance, and ends it everywhere', async () => {
    const town = await insertMunicipality(dataSource);
    const staff = await insertUser(dataSource, { municipalityId: town.id });
    const browser = await signIn(0, staff.email);
    expect((await call<SessionInfo | null>(1, 'GET', '/api/v1/me', browser)).body?.csrfToken).toEqual(expect.any(String));
    expect((await call(1, 'POST', '/api/v1/auth/logout', browser, {})).status).toBe(204);
    const after = await call<SessionInfo | null>(0, 'GET', '/api/v1/me', browser);
    expect(after).toMatchObject({ status: 200, body: null });
  });

  it('publishes and edits case studies through both at once, each change indexed exactly once', async () => {
    await dataSource.query(`
      CREATE TABLE outbox_inserted (id bigint PRIMARY KEY);
      CREATE FUNCTION log_outbox() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO outbox_inserted VALUES (NEW.id); RETURN NEW; END $$;
      CREATE TRIGGER log_outbox AFTER INSERT ON search_outbox FOR EACH ROW EXECUTE FUNCTION log_outbox();`);
    const towns = await Promise.all([0, 1, 2, 3].map((n) => insertMunicipality(dataSource, { nameLocal: `Kasaba ${n}` })));
    const staff = await Promise.all(towns.map((town) => insertUser(dataSource, { municipalityId: town.id })));
    const moderators = await Promise.all([0, 1].map(() => insertUser(dataSource, { role: 'moderator' })));
    const staffBrowsers = await Promise.all(staff.map((user, n) => signIn(n % 2, user.email)));
    const moderatorBrowsers = await Promise.all(moderators.map((user, n) => signIn(n, user.email)));

    // Each town writes on one instance and submits on the other; both moderators decide at once.
    const titles = towns.map((_, n) => `Ölçeklenen uygulama ${n} scaleword`);
    const ids = await Promise.all(
      towns.map(async (_, n) => {
        const created = await call<CaseStudyDetail>(n % 2, 'POST', '/api/v1/case-studies', staffBrowsers[n], { content: completeContent({ title: titles[n], partnerMunicipalityIds: [] }) });
        expect(created.status).toBe(201);
        const submitted = await call<CaseStudyDetail>((n + 1) % 2, 'POST', `/api/v1/case-studies/${created.body.id}/submit`, staffBrowsers[n], { version: created.body.draft!.version });
        expect(submitted.status).toBe(200);
        return created.body.id;
      }),
    );
    const queue = await call<Page<ModerationQueueItem>>(0, 'GET', '/api/v1/moderation/queue?per_page=100', moderatorBrowsers[0]);
    const revisionIds = queue.body.items.map((item) => item.revisionId);
    expect(revisionIds).toHaveLength(4);
    // Both moderators try every revision at once, each through their own instance: one decision per revision.
    const decisions = await Promise.all(
      revisionIds.flatMap((revisionId) =>
        [0, 1].map((m) => call(m, 'POST', `/api/v1/moderation/revisions/${revisionId}/decision`, moderatorBrowsers[m], { decision: 'approve', comment: '', sectionComments: {} })),
      ),
    );
    expect(decisions.map((decision) => decision.status).sort()).toEqual([200, 200, 200, 200, 409, 409, 409, 409]);
    // Then edits of published ones through both: featuring, and an archive.
    await Promise.all([
      call(0, 'POST', `/api/v1/case-studies/${ids[0]}/feature`, moderatorBrowsers[0], { featured: true }),
      call(1, 'POST', `/api/v1/case-studies/${ids[1]}/feature`, moderatorBrowsers[1], { featured: true }),
      call(1, 'POST', `/api/v1/case-studies/${ids[2]}/archive`, staffBrowsers[2], {}),
    ]);

    await waitUntil('the outbox to drain', async () => ((await dataSource.query(`SELECT count(*)::int AS count FROM search_outbox`)) as { count: number }[])[0].count === 0, 30_000);
    const inserted = ((await dataSource.query(`SELECT id::text FROM outbox_inserted ORDER BY id`)) as { id: string }[]).map((row) => row.id);
    const indexedBy = instances.map(({ api }) =>
      api.logRecords.flatMap((record) => /for outbox rows ([\d,]+)$/.exec(String(record.msg))?.[1].split(',') ?? []),
    );
    const indexed = indexedBy.flat().sort((a, b) => Number(a) - Number(b));
    expect(inserted.length).toBeGreaterThanOrEqual(7);
    // Every outbox row was handled by exactly one instance: none twice, none lost.
    expect(indexed).toEqual(inserted);

    const found = await call<SearchResponse>(1, 'GET', '/api/v1/search?q=scaleword&per_page=10');
    expect(found.body.degraded).toBe(false);
    const hits = new Map(found.body.hits.map((hit) => [hit.id, hit]));
    expect([...hits.keys()].sort()).toEqual([ids[0], ids[1], ids[3]].sort());
    expect(hits.get(ids[0])!.featured).toBe(true);
    expect(hits.get(ids[1])!.featured).toBe(true);
    expect(hits.get(ids[3])!.featured).toBe(false);
  });

  it('on SIGTERM finishes the request in flight, then stops; the other instance serves on', async () => {
    const [host, port] = [new URL(instances[0].base).hostname, Number(new URL(instances[0].base).port)];
    const body = JSON.stringify({ email: 'nobody@example.org', password: 'not-the-password-at-all' });
    const answered = new Promise<number>((resolve, reject) => {
      const socket = connect(port, host, () => {
        socket.write(`POST /api/v1/auth/login HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`);
        socket.write(body.slice(0, 10));
        // The request is in flight (its body half sent) when the instance is told to stop.
        setTimeout(() => instances[0].api.kill('SIGTERM'), 200);
        setTimeout(() => socket.write(body.slice(10)), 1_000);
      });
      let response = '';
      socket.on('data', (chunk: Buffer) => (response += chunk.toString()));
      socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0)));
      socket.on('error', reject);
    });
    expect(await answered).toBe(401);
    expect(await instances[0].api.exitCode()).toBe(0);
    expect(instances[0].api.logRecords.map((record) => record.msg)).toEqual(expect.arrayContaining([expect.stringMatching(/SIGTERM received/), 'Stopped']));
    expect((await call(1, 'GET', '/api/health/ready')).status).toBe(200);
  });
});
