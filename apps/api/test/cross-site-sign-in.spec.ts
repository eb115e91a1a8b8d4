import { randomBytes } from 'node:crypto';
import { SESSION_COOKIE } from '@twinning/contracts';
import type request from 'supertest';
import { hashToken } from '../src/auth/session.service';
import { InvitationEntity } from '../src/invitations/invitation.entity';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser, TEST_PASSWORD } from './factories/user.factory';
import { enableTwoFactor, insertAccountToken, totpCode } from './support/account-tokens';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

const PORTAL = 'https://portal.example.org';
const NEW_PASSWORD = 'a-new-long-passphrase-2026';

/**
 * The routes that start a session or set a password take only JSON, and only from the portal's
 * own pages when the browser names the page's origin: another site's HTML form can send neither.
 */
describe('no cross-site sign-in', () => {
  let t: TestApp;
  let municipalityId: string;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: PORTAL });
    municipalityId = (await insertMunicipality(t.dataSource)).id;
  });

  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[] = []) => ((await t.dataSource.query(sql, params)) as { count: number }[])[0].count;
  const sessions = () => count(`SELECT count(*)::int AS count FROM sessions`);

  interface Route {
    name: string;
    /** A fresh request that would succeed, as path and JSON body. */
    prepare(): Promise<{ path: string; body: Record<string, string>; changed(): Promise<boolean> }>;
    succeeds: number;
  }

  const passwordHashOf = async (userId: string) => ((await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [userId])) as { password_hash: string }[])[0].password_hash;
  const resetLinksOf = (userId: string) => count(`SELECT count(*)::int AS count FROM account_tokens WHERE user_id = $1 AND purpose = 'password_reset'`, [userId]);

  const routes: Route[] = [
    {
      name: 'sign-in',
      succeeds: 200,
      prepare: async () => {
        const user = await insertUser(t.dataSource, { municipalityId });
        const before = await sessions();
        return { path: '/api/v1/auth/login', body: { email: user.email, password: TEST_PASSWORD }, changed: async () => (await sessions()) !== before };
      },
    },
    {
      name: 'the sign-in code step',
      succeeds: 200,
      prepare: async () => {
        const user = await insertUser(t.dataSource, { municipalityId });
        const secret = await enableTwoFactor(t.dataSource, user.id);
        const challenge = await insertAccountToken(t.dataSource, user.id, 'sign_in_challenge');
        const before = await sessions();
        return { path: '/api/v1/auth/login/second-factor', body: { challengeToken: challenge, code: await totpCode(secret) }, changed: async () => (await sessions()) !== before };
      },
    },
    {
      name: 'registration',
      succeeds: 201,
      prepare: async () => {
        const email = `new-${randomBytes(4).toString('hex')}@example.org`;
        return {
          path: '/api/v1/auth/register',
          body: { email, password: TEST_PASSWORD, displayName: 'Deniz', municipalityId },
          changed: async () => (await count(`SELECT count(*)::int AS count FROM users WHERE email = $1`, [email])) > 0,
        };
      },
    },
    {
      name: 'invitation acceptance',
      succeeds: 201,
      prepare: async () => {
        const token = randomBytes(32).toString('base64url');
        const email = `invited-${randomBytes(4).toString('hex')}@example.org`;
        await t.dataSource.getRepository(InvitationEntity).insert({ tokenHash: hashToken(token), email, municipalityId, invitedById: null, expiresAt: new Date(Date.now() + 3600_000) });
        return {
          path: `/api/v1/invitations/${token}/accept`,
          body: { password: TEST_PASSWORD, displayName: 'Deniz' },
          changed: async () => (await count(`SELECT count(*)::int AS count FROM users WHERE email = $1`, [email])) > 0,
        };
      },
    },
    {
      name: 'a password reset request',
      succeeds: 202,
      prepare: async () => {
        const user = await insertUser(t.dataSource, { municipalityId });
        // The link is made after the answer: give it a moment to appear.
        const linkAppears = () => waitUntil('a reset link', async () => (await resetLinksOf(user.id)) > 0, 3000).then(() => true, () => false);
        return { path: '/api/v1/auth/password-reset', body: { email: user.email }, changed: linkAppears };
      },
    },
    {
      name: 'a password reset',
      succeeds: 204,
      prepare: async () => {
        const user = await insertUser(t.dataSource, { municipalityId });
        const token = await insertAccountToken(t.dataSource, user.id, 'password_reset');
        const before = await passwordHashOf(user.id);
        return { path: `/api/v1/auth/password-reset/${token}`, body: { password: NEW_PASSWORD }, changed: async () => (await passwordHashOf(user.id)) !== before };
      },
    },
  ];

  const form = (body: Record<string, string>) => new URLSearchParams(body).toString();

  describe.each(routes)('$name', (route) => {
    it.each([
      ['a form-encoded body', 415, 'unsupported_media_type', (test: request.Test, body: Record<string, string>) => test.type('form').send(form(body))],
      ['a text/plain body (a form with enctype=text/plain)', 415, 'unsupported_media_type', (test: request.Test, body: Record<string, string>) => test.set('Content-Type', 'text/plain').send(JSON.stringify(body))],
      ['JSON from another site', 403, 'cross_origin_request', (test: request.Test, body: Record<string, string>) => test.set('Origin', 'https://evil.example').send(body)],
      ['JSON from a sandboxed page (Origin: null)', 403, 'cross_origin_request', (test: request.Test, body: Record<string, string>) => test.set('Origin', 'null').send(body)],
      ['JSON from the portal over plain HTTP', 403, 'cross_origin_request', (test: request.Test, body: Record<string, string>) => test.set('Origin', 'http://portal.example.org').send(body)],
    ])('refuses %s with %d and changes nothing', async (_, status, code, send) => {
      const { path, body, changed } = await route.prepare();
      const response = await send(t.http.post(path), body);
      expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
      expect(response.headers['set-cookie']).toBeUndefined();
      expect(await changed()).toBe(false);
    });

    it.each([
      ['from the public URL', (test: request.Test) => test.set('Origin', PORTAL)],
      ['from the host it was sent to', (test: request.Test) => test.set('Host', 'portal.internal:8080').set('Origin', 'http://portal.internal:8080')],
      ['without an Origin', (test: request.Test) => test],
    ])('takes JSON %s', async (_, sign) => {
      const { path, body, changed } = await route.prepare();
      const response = await sign(t.http.post(path)).send(body);
      expect(response.status).toBe(route.succeeds);
      expect(await changed()).toBe(true);
    });
  });
});

describe('the session cookie in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: 'production', PUBLIC_URL: PORTAL, LOG_LEVEL: 'silent', TWO_FACTOR_REQUIRED_FOR_MODERATORS: 'false' });
  });

  afterAll(() => t.close());

  it('is __Host- prefixed, Secure, HttpOnly, for Path=/ and without Domain, and only that name signs in', async () => {
    const user = await insertUser(t.dataSource, { municipalityId: (await insertMunicipality(t.dataSource)).id });
    const response = await t.http.post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    const [cookie] = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const [pair, ...attributes] = cookie.split(/;\s*/);
    expect(pair).toMatch(new RegExp(`^__Host-${SESSION_COOKIE}=[\\w-]+$`));
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'Secure', 'SameSite=Lax']));
    expect(attributes.some((attribute) => /^Domain=/i.test(attribute))).toBe(false);

    const token = pair.split('=')[1];
    expect((await t.http.get('/api/v1/me').set('Cookie', `__Host-${SESSION_COOKIE}=${token}`)).body).toMatchObject({ account: { id: user.id } });
    expect((await t.http.get('/api/v1/me').set('Cookie', `${SESSION_COOKIE}=${token}`)).text).toBe('null');
  });
});
