import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { PasswordHasher } from '../src/auth/password-hasher';
import { ACCOUNT_SLOWED_AFTER_FAILURES, MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, MAX_FAILURES_PER_ADDRESS } from '../src/auth/sign-in-throttle';
import { createApp } from '../src/app.factory';
import { MaintenanceService } from '../src/rate-limit/maintenance.service';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser, TEST_PASSWORD } from './factories/user.factory';
import { insertAccountToken } from './support/account-tokens';
import { type TestApp, createTestApp } from './support/test-app';

const NEW_PASSWORD = 'a-new-long-passphrase-2026';

/** Sign-in limits as an attacker meets them: raced, spread over addresses and over API instances. */
describe('sign-in limits', () => {
  let t: TestApp;
  /** A second API instance on the same database, as behind a load balancer. */
  let second: INestApplication;
  /** Passwords checked by either instance. */
  let verifications: jest.SpiedFunction<PasswordHasher['verify']>[];
  let municipalityId: string;

  beforeAll(async () => {
    // Addresses come from X-Forwarded-For here, as behind the reverse proxy of a deployment.
    t = await createTestApp({ TRUST_PROXY: 'true', LOG_LEVEL: 'error' });
    municipalityId = (await insertMunicipality(t.dataSource)).id;
    second = await createApp(t.config);
    await second.init();
    verifications = [jest.spyOn(t.app.get(PasswordHasher), 'verify'), jest.spyOn(second.get(PasswordHasher), 'verify')];
  });

  afterAll(async () => {
    await second.close();
    await t.close();
  });

  beforeEach(() => verifications.forEach((spy) => spy.mockClear()));
  const verified = () => verifications.reduce((sum, spy) => sum + spy.mock.calls.length, 0);

  const login = (email: string, password: string, address: string, instance: 0 | 1 = 0) =>
    (instance === 0 ? t.http : request(second.getHttpServer())).post('/api/v1/auth/login').set('X-Forwarded-For', address).send({ email, password });
  const statusCounts = (statuses: number[]) => statuses.reduce<Record<number, number>>((counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});
  const attemptsOf = async (email: string) => ((await t.dataSource.query(`SELECT count(*)::int AS count FROM sign_in_attempts WHERE email = $1`, [email])) as { count: number }[])[0].count;

  it('lets through no more than the limit of 30 wrong passwords sent at once to two instances', async () => {
    const user = await insertUser(t.dataSource, { municipalityId });
    const responses = await Promise.all(Array.from({ length: 30 }, (_, i) => login(user.email, `wrong-guess-${i}`, '10.40.0.1', (i % 2) as 0 | 1)));
    expect(statusCounts(responses.map((response) => response.status))).toEqual({ 401: MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, 429: 30 - MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS });
    expect(verified()).toBe(MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
    expect(await attemptsOf(user.email)).toBe(MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS);
    expect((await login(user.email, TEST_PASSWORD, '10.40.0.1')).status).toBe(429);
  });

  it('holds the per-address limit against guesses at many accounts at once', async () => {
    const responses = await Promise.all(Array.from({ length: 30 }, (_, i) => login(`nobody-${i}@parallel.example.org`, 'wrong-guess', '10.41.0.1', (i % 2) as 0 | 1)));
    expect(statusCounts(responses.map((response) => response.status))).toEqual({ 401: MAX_FAILURES_PER_ADDRESS, 429: 30 - MAX_FAILURES_PER_ADDRESS });
    expect(verified()).toBe(MAX_FAILURES_PER_ADDRESS);
  });

  it("refuses a stranger who failed from their address, but not the account's owner from theirs", async () => {
    const user = await insertUser(t.dataSource, { municipalityId });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) expect((await login(user.email, `guess-${i}`, '10.42.9.9')).status).toBe(401);
    expect((await login(user.email, TEST_PASSWORD, '10.42.9.9')).status).toBe(429);
    expect((await login(user.email, TEST_PASSWORD, '10.42.0.1')).status).toBe(200);
  });

  it('slows an account guessed at from many addresses, but lets its owner in from an address it signed in from', async () => {
    const user = await insertUser(t.dataSource, { municipalityId });
    expect((await login(user.email, TEST_PASSWORD, '10.43.0.1')).status).toBe(200);
    for (let i = 0; i < ACCOUNT_SLOWED_AFTER_FAILURES; i++) expect((await login(user.email, `guess-${i}`, `10.43.9.${i}`)).status).toBe(401);

    // Any further address, the owner's new one as much as a stranger's, waits for the minute to pass…
    const slowed = await login(user.email, TEST_PASSWORD, '10.43.1.1');
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers['retry-after'])).toBeLessThanOrEqual(60);
    // …while the owner's usual address is not slowed at all.
    expect((await login(user.email, TEST_PASSWORD, '10.43.0.1')).status).toBe(200);

    // Slowed, not locked: a minute after the last failures a new address gets its try.
    for (let i = 0; i < ACCOUNT_SLOWED_AFTER_FAILURES; i++) expect((await login(user.email, `guess-again-${i}`, `10.43.8.${i}`)).status).toBe(401);
    expect((await login(user.email, TEST_PASSWORD, '10.43.2.1')).status).toBe(429);
    await t.dataSource.query(`UPDATE sign_in_attempts SET attempted_at = attempted_at - interval '61 seconds' WHERE email = $1`, [user.email]);
    expect((await login(user.email, TEST_PASSWORD, '10.43.2.1')).status).toBe(200);
  });

  it('lets the owner of a slowed account in from the address where they opened a password reset link', async () => {
    const user = await insertUser(t.dataSource, { municipalityId });
    for (let i = 0; i < ACCOUNT_SLOWED_AFTER_FAILURES; i++) expect((await login(user.email, `guess-${i}`, `10.47.9.${i}`)).status).toBe(401);
    expect((await login(user.email, TEST_PASSWORD, '10.47.1.1')).status).toBe(429);
    const token = await insertAccountToken(t.dataSource, user.id, 'password_reset');
    expect((await t.http.post(`/api/v1/auth/password-reset/${token}`).set('X-Forwarded-For', '10.47.1.1').send({ password: NEW_PASSWORD })).status).toBe(204);
    expect((await login(user.email, NEW_PASSWORD, '10.47.1.1')).status).toBe(200);
  });

  it('counts the addresses of one IPv6 /64 as one, and those of another /64 apart', async () => {
    const user = await insertUser(t.dataSource, { municipalityId });
    for (let i = 1; i <= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) expect((await login(user.email, `guess-${i}`, `2001:db8:44:1::${i}`)).status).toBe(401);
    expect((await login(user.email, TEST_PASSWORD, '2001:db8:44:1:ffff:ffff:ffff:ffff')).status).toBe(429);
    expect((await login(user.email, TEST_PASSWORD, '2001:db8:44:2::1')).status).toBe(200);
  });

  it('counts an IPv4 address written as IPv6 as that IPv4 address', async () => {
    const user = await insertUser(t.dataSource, { municipalityId });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) expect((await login(user.email, `guess-${i}`, '10.45.0.1')).status).toBe(401);
    expect((await login(user.email, TEST_PASSWORD, '::ffff:10.45.0.1')).status).toBe(429);
  });

  it('keeps the tables behind the limits bounded: the clean-up deletes what no limit reads any more', async () => {
    const email = 'bounded@example.org';
    const rows: [string, boolean | null, string][] = [
      ['10.46.0.1', false, '2 days'],
      ['10.46.0.1', null, '2 days'],
      ['10.46.0.1', false, '10 minutes'],
      ['10.46.0.1', true, '20 days'],
      ['10.46.0.1', true, '5 days'],
      ['10.46.0.2', true, '31 days'],
    ];
    for (const [address, succeeded, age] of rows) {
      await t.dataSource.query(`INSERT INTO sign_in_attempts (email, address, succeeded, attempted_at) VALUES ($1, $2, $3, now() - $4::interval)`, [email, address, succeeded, age]);
    }
    await t.dataSource.query(`INSERT INTO rate_limit_hits (key, window_start, hits) VALUES ('write:10.46.0.1', now() - interval '2 hours', 5), ('write:10.46.0.1', date_trunc('minute', now()), 1)`);

    await t.app.get(MaintenanceService).cleanUp();
    const kept = (await t.dataSource.query(
      `SELECT address, succeeded, round(extract(epoch FROM now() - attempted_at) / 60)::int AS minutes_ago FROM sign_in_attempts WHERE email = $1 ORDER BY attempted_at`,
      [email],
    )) as object[];
    // The failure of the last 15 minutes, and the newest success of each account and address within 30 days.
    expect(kept).toEqual([
      { address: '10.46.0.1', succeeded: true, minutes_ago: 5 * 24 * 60 },
      { address: '10.46.0.1', succeeded: false, minutes_ago: 10 },
    ]);
    expect(await t.dataSource.query(`SELECT hits FROM rate_limit_hits WHERE key = 'write:10.46.0.1'`)).toEqual([{ hits: 1 }]);

    // What is left is at most one day of failures and one success per account and address.
    const [{ failures, oldest_failure_hours, duplicate_successes }] = (await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE succeeded IS NOT TRUE)::int AS failures,
              coalesce(max(extract(epoch FROM now() - attempted_at) / 3600) FILTER (WHERE succeeded IS NOT TRUE), 0) AS oldest_failure_hours,
              (SELECT count(*)::int FROM (SELECT 1 FROM sign_in_attempts WHERE succeeded GROUP BY email, address HAVING count(*) > 1) d) AS duplicate_successes
       FROM sign_in_attempts`,
    )) as { failures: number; oldest_failure_hours: number; duplicate_successes: number }[];
    expect(failures).toBeGreaterThan(0);
    expect(Number(oldest_failure_hours)).toBeLessThan(24);
    expect(duplicate_successes).toBe(0);
    expect((await t.dataSource.query(`SELECT count(*)::int AS count FROM rate_limit_hits WHERE window_start < now() - interval '1 hour'`))[0].count).toBe(0);
  });
});
