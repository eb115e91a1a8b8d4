import { HealthService } from '../src/health/health.service';
import { MaintenanceService } from '../src/rate-limit/maintenance.service';
import { RateLimiter } from '../src/rate-limit/rate-limiter.service';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';


describe('running it: health, metrics, headers, limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_WRITES_PER_MINUTE: '3', RATE_LIMIT_SEARCH_PER_MINUTE: '2', BODY_LIMIT: '2kb', CORS_ORIGINS: 'https://partner.example.org' });
  });

  afterAll(() => t.close());

  it('separates liveness from readiness, and turns unready while draining', async () => {
    expect((await t.http.get('/api/health/live')).body).toEqual({ status: 'ok' });
    expect((await t.http.get('/api/health/ready')).status).toBe(200);
    t.app.get(HealthService).beginDraining();
    const draining = await t.http.get('/api/health/ready');
    expect(draining.status).toBe(503);
    expect(draining.body).toEqual({ status: 'unavailable', reason: 'shutting down' });
    expect((await t.http.get('/api/health/live')).status).toBe(200);
  });

  it('exposes Prometheus metrics: request latency by route pattern, search latency, outbox and moderation queue', async () => {
    const town = await insertMunicipality(t.dataSource);
    await t.http.get(`/api/v1/municipalities/${town.id}`);
    await t.http.get('/api/v1/search?q=bisiklet');
    const metrics = await t.http.get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect(metrics.text).toContain('http_request_duration_seconds_count{method="GET",route="/api/v1/municipalities/:id",status_code="200"} 1');
    expect(metrics.text).not.toContain(town.id);
    // A fresh index may not be ready yet, so PostgreSQL may have answered.
    expect(metrics.text).toMatch(/search_duration_seconds_count\{engine="(meilisearch|postgres)"\} 1/);
    for (const gauge of ['search_outbox_pending', 'search_outbox_oldest_pending_seconds', 'search_outbox_parked', 'search_outbox_failures_total', 'moderation_queue_length', 'process_resident_memory_bytes']) {
      expect(metrics.text).toMatch(new RegExp(`^${gauge} \\d`, 'm'));
    }
  });

  it('sends security headers with a Content-Security-Policy, and a request id', async () => {
    const response = await t.http.get('/api/v1/municipalities').set('X-Request-Id', 'from-the-proxy-1');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-request-id']).toBe('from-the-proxy-1');
    // A malformed id from outside is replaced, never echoed.
    expect((await t.http.get('/api/health/live').set('X-Request-Id', '<script>')).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers cross-origin requests only for the configured origins', async () => {
    const allowed = await t.http.options('/api/v1/case-studies').set('Origin', 'https://partner.example.org').set('Access-Control-Request-Method', 'POST');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example.org');
    const other = await t.http.options('/api/v1/case-studies').set('Origin', 'https://evil.example.com').set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const unconfigured = await createTestApp();
    try {
      const closed = await unconfigured.http.get('/api/v1/municipalities').set('Origin', 'https://partner.example.org');
      expect(closed.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await unconfigured.close();
    }
  });

  it('refuses a body over the limit with 413, changing nothing', async () => {
    const user = await insertUser(t.dataSource, { municipalityId: (await insertMunicipality(t.dataSource)).id });
    const session = await startSession(t, user.id);
    const response = await withSession(t.http.post('/api/v1/case-studies'), session).send({ content: { title: 'x', summary: 'y'.repeat(3_000) } });
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('payload_too_large');
    expect((await t.dataSource.query(`SELECT count(*)::int AS count FROM case_studies`))[0].count).toBe(0);
  });

  it('limits writes and searches per address and minute with 429 and Retry-After, leaving reads alone', async () => {
    // A minute of its own that no earlier test counted in, and that cannot end during this one.
    t.app.get(RateLimiter).now = () => Date.UTC(2030, 0, 1, 12, 0, 5);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) statuses.push((await t.http.post('/api/v1/auth/logout').send({})).status);
    expect(statuses).toEqual([204, 204, 204, 429]);
    const limited = await t.http.post('/api/v1/auth/logout').send({});
    expect(limited.body.code).toBe('too_many_requests');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);

    expect((await t.http.get('/api/v1/search?q=a')).status).toBe(200);
    expect((await t.http.get('/api/v1/search/export?format=json')).status).toBe(200);
    expect((await t.http.get('/api/v1/search?q=b')).status).toBe(429);
    for (let read = 0; read < 5; read += 1) expect((await t.http.get('/api/v1/municipalities')).status).toBe(200);
    expect((await t.http.get('/metrics')).text).toMatch(/rate_limited_requests_total\{bucket="write"\} 2/);
  });

  it('deletes expired sessions and old counts', async () => {
    const user = await insertUser(t.dataSource, { role: 'moderator' });
    await startSession(t, user.id);
    await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [user.id]);
    await t.dataSource.query(`INSERT INTO rate_limit_hits (key, window_start, hits) VALUES ('write:old', now() - interval '2 hours', 5)`);
    const deleted = await t.app.get(MaintenanceService).cleanUp();
    expect(deleted.sessions).toBe(1);
    expect(deleted.rateLimitHits).toBe(1);
    expect((await t.dataSource.query(`SELECT count(*)::int AS count FROM sessions WHERE user_id = $1`, [user.id]))[0].count).toBe(0);
  });
});
