import { CSRF_HEADER, type SessionInfo } from '@twinning/contracts';
import { MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, MAX_FAILURES_PER_ADDRESS } from '../src/auth/sign-in-throttle';
import { MailTransport } from '../src/mail/mail.transport';
import { UserEntity } from '../src/users/user.entity';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser, TEST_PASSWORD } from './factories/user.factory';
import { linkTokenIn } from './support/account-tokens';
import { sessionTokenFrom, startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';

describe('accounts and sessions', () => {
  let t: TestApp;
  let municipalityId: string;

  let mailSent: jest.SpiedFunction<MailTransport['send']>;

  beforeAll(async () => {
    // Addresses come from X-Forwarded-For here, as behind the reverse proxy of a deployment.
    t = await createTestApp({ TRUST_PROXY: 'true' });
    municipalityId = (await insertMunicipality(t.dataSource)).id;
    // Watches the real transport (which writes to the log without SMTP) to read the links it sends.
    mailSent = jest.spyOn(t.app.get(MailTransport), 'send');
  });

  afterAll(() => t.close());

  const login = (email: string, password: string, address = '10.0.0.1') =>
    t.http.post('/api/v1/auth/login').set('X-Forwarded-For', address).send({ email, password });
  const me = (token: string) => t.http.get('/api/v1/me').set('Cookie', `tx_session=${token}`);

  it('signs in with a new session id each time, and the session before it ends', async () => {
    const user = await insertUser(t.dataSource, { municipalityId, email: 'Burcu@Example.org'.toLowerCase() });
    const first = await login('  BURCU@example.org ', TEST_PASSWORD);
    expect(first.status).toBe(200);
    const firstToken = sessionTokenFrom(first)!;
    expect(first.headers['set-cookie'][0]).toMatch(/HttpOnly/);
    expect(first.headers['set-cookie'][0]).toMatch(/SameSite=Lax/);
    expect((first.body as SessionInfo).account).toMatchObject({ id: user.id, status: 'active', role: 'staff' });

    const second = await t.http
      .post('/api/v1/auth/login')
      .set('Cookie', `tx_session=${firstToken}`)
      .set(CSRF_HEADER, (first.body as SessionInfo).csrfToken)
      .send({ email: user.email, password: TEST_PASSWORD });
    const secondToken = sessionTokenFrom(second)!;
    expect(secondToken).not.toBe(firstToken);
    expect((await me(firstToken)).text).toBe('null');
    expect((await me(secondToken)).body.csrfToken).toEqual(expect.any(String));
  });

  it('ends the session at sign-out', async () => {
    const user = await insertUser(t.dataSource, { municipalityId });
    const session = await startSession(t, user.id);
    expect((await me(session.token)).body.csrfToken).toEqual(expect.any(String));
    expect((await withSession(t.http.post('/api/v1/auth/logout'), session)).status).toBe(204);
    expect((await me(session.token)).text).toBe('null');
  });

  it("stops a deactivated user's open session at once", async () => {
    const admin = await startSession(t, (await insertUser(t.dataSource, { role: 'admin' })).id);
    const user = await insertUser(t.dataSource, { municipalityId });
    const session = await startSession(t, user.id);
    expect((await me(session.token)).body.csrfToken).toEqual(expect.any(String));
    expect((await withSession(t.http.post(`/api/v1/admin/users/${user.id}/deactivate`), admin)).status).toBe(200);
    expect((await me(session.token)).text).toBe('null');
    const again = await login(user.email, TEST_PASSWORD, '10.0.0.9');
    expect(again.status).toBe(403);
    expect(again.body.code).toBe('account_deactivated');
  });

  it('refuses a cookie-authenticated write without the CSRF token, and changes nothing', async () => {
    const admin = await startSession(t, (await insertUser(t.dataSource, { role: 'admin' })).id);
    const target = await insertUser(t.dataSource, { municipalityId });
    for (const token of [undefined, 'not-the-token']) {
      const request = t.http.post(`/api/v1/admin/users/${target.id}/deactivate`).set('Cookie', admin.cookie);
      const response = await (token ? request.set(CSRF_HEADER, token) : request);
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('csrf_token_invalid');
    }
    const stored = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: target.id });
    expect(stored.deactivatedAt).toBeNull();
  });

  it('answers repeated wrong passwords for one account from one address with 429 and Retry-After, even with the right password', async () => {
    const user = await insertUser(t.dataSource, { municipalityId });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
      expect((await login(user.email, 'wrong-password-123', '10.1.0.1')).status).toBe(401);
    }
    const limited = await login(user.email, TEST_PASSWORD, '10.1.0.1');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('too_many_attempts');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    // The account itself is not locked: its owner, elsewhere, signs in.
    expect((await login(user.email, TEST_PASSWORD, '10.1.1.1')).status).toBe(200);
  });

  it('limits one address guessing across many accounts', async () => {
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      expect((await login(`nobody-${i}@example.org`, 'wrong-password-123', '10.2.0.1')).status).toBe(401);
    }
    const user = await insertUser(t.dataSource, { municipalityId });
    expect((await login(user.email, TEST_PASSWORD, '10.2.0.1')).status).toBe(429);
    expect((await login(user.email, TEST_PASSWORD, '10.2.0.2')).status).toBe(200);
  });

  it.each([
    ['/api/v1/auth/login', { password: 'x' }, 'email'],
    ['/api/v1/auth/login', { email: 'a@b.c', password: 42 }, 'password'],
    ['/api/v1/auth/register', { email: 'not-an-email', password: TEST_PASSWORD, displayName: 'A', municipalityId: '00000000-0000-4000-8000-000000000000' }, 'email'],
    ['/api/v1/auth/register', { email: 'short@example.org', password: 'short', displayName: 'A', municipalityId: '00000000-0000-4000-8000-000000000000' }, 'password'],
    ['/api/v1/auth/register', { email: 'x@example.org', password: TEST_PASSWORD, displayName: '   ', municipalityId: '00000000-0000-4000-8000-000000000000' }, 'displayName'],
    ['/api/v1/auth/register', { email: 'y@example.org', password: TEST_PASSWORD, displayName: 'A', municipalityId: 'nope' }, 'municipalityId'],
    ['/api/v1/auth/register', { email: 'z@example.org', password: TEST_PASSWORD, displayName: 'A', municipalityId: '00000000-0000-4000-8000-000000000000' }, 'municipalityId'],
    ['/api/v1/auth/register', { email: 'c@example.org', password: 'qwerty123456', displayName: 'A', municipalityId: '00000000-0000-4000-8000-000000000000' }, 'password'],
  ])('answers a malformed body on %s with 400 naming the field (%#)', async (url, body, field) => {
    const before = await t.dataSource.getRepository(UserEntity).count();
    const response = await t.http.post(url).send(body);
    expect(response.status).toBe(400);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
    expect(await t.dataSource.getRepository(UserEntity).count()).toBe(before);
  });

  it('refuses a common password even when it is long enough', async () => {
    const response = await t.http.post('/api/v1/auth/register').send({ email: 'common@example.org', password: 'QWERTY123456', displayName: 'Can', municipalityId });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'password_too_common', details: [{ field: 'password' }] });
  });

  it('answers an e-mail already taken with 409, whatever its case', async () => {
    const body = { email: 'taken@example.org', password: TEST_PASSWORD, displayName: 'Selin', municipalityId };
    expect((await t.http.post('/api/v1/auth/register').send(body)).status).toBe(201);
    const again = await t.http.post('/api/v1/auth/register').send({ ...body, email: 'TAKEN@example.org' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('email_taken');
    const admin = await startSession(t, (await insertUser(t.dataSource, { role: 'admin' })).id);
    expect((await withSession(t.http.post('/api/v1/invitations'), admin).send({ email: 'taken@example.org', municipalityId })).status).toBe(409);
  });

  it('lets a registered account see its status and nothing more, until it proves its address and a moderator verifies it', async () => {
    const registered = await t.http.post('/api/v1/auth/register').send({ email: 'waiting@example.org', password: TEST_PASSWORD, displayName: 'Ömer', municipalityId });
    expect(registered.status).toBe(201);
    const info = registered.body as SessionInfo;
    expect(info.account).toMatchObject({ status: 'unconfirmed', emailConfirmedAt: null, role: 'staff', municipality: { id: municipalityId } });
    const session = { token: sessionTokenFrom(registered)!, csrfToken: info.csrfToken, cookie: `tx_session=${sessionTokenFrom(registered)}` };
    expect((await withSession(t.http.get('/api/v1/admin/users'), session)).body.code).toBe('email_not_confirmed');

    const moderator = await startSession(t, (await insertUser(t.dataSource, { role: 'moderator' })).id);
    const queue = async () => ((await withSession(t.http.get('/api/v1/admin/users?status=pending&per_page=100'), moderator)).body.items as { id: string }[]).map((user) => user.id);
    expect(await queue()).not.toContain(info.account.id);
    expect((await withSession(t.http.post(`/api/v1/admin/users/${info.account.id}/verify`), moderator)).body.code).toBe('invalid_account_state');

    const mail = mailSent.mock.calls.map(([message]) => message).find((message) => message.to === 'waiting@example.org')!;
    const token = linkTokenIn(mail.text, '/confirm-email/')!;
    expect((await t.http.post(`/api/v1/auth/email-confirmation/${token}`)).status).toBe(204);
    expect((await me(session.token)).body.account.status).toBe('pending');
    expect((await withSession(t.http.get('/api/v1/admin/users'), session)).body.code).toBe('account_not_verified');
    expect(await queue()).toContain(info.account.id);

    const verified = await withSession(t.http.post(`/api/v1/admin/users/${info.account.id}/verify`), moderator);
    expect(verified.body.status).toBe('active');
    expect((await me(session.token)).body.account.status).toBe('active');
    const [event] = (await t.dataSource.query(`SELECT action, before, after FROM audit_events WHERE entity_id = $1 AND action = 'user.verified'`, [info.account.id])) as object[];
    expect(event).toEqual({ action: 'user.verified', before: { status: 'pending' }, after: { status: 'active' } });
  });

  it('never puts a password hash or a session id in a response body', async () => {
    const admin = await insertUser(t.dataSource, { role: 'admin' });
    const signedIn = await login(admin.email, TEST_PASSWORD, '10.3.0.1');
    const token = sessionTokenFrom(signedIn)!;
    const session = { token, csrfToken: signedIn.body.csrfToken, cookie: `tx_session=${token}` };
    const bodies = [
      signedIn.text,
      (await me(token)).text,
      (await withSession(t.http.get('/api/v1/admin/users'), session)).text,
      (await withSession(t.http.get('/api/v1/admin/audit-events'), session)).text,
      (await t.http.post('/api/v1/auth/register').send({ email: 'body@example.org', password: TEST_PASSWORD, displayName: 'Ece', municipalityId })).text,
    ];
    for (const body of bodies) {
      expect(body).not.toMatch(/argon2|passwordHash|password_hash|tokenHash/);
      expect(body).not.toContain(token);
    }
  });

  it('accepts an invitation once, and not after it expires', async () => {
    const admin = await startSession(t, (await insertUser(t.dataSource, { role: 'admin' })).id);
    const created = await withSession(t.http.post('/api/v1/invitations'), admin).send({ email: 'Invited@Example.org', municipalityId });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'invited@example.org', acceptedAt: null });
    expect(JSON.stringify(created.body)).not.toMatch(/token/i);
    const link = /\/invitations\/([\w-]+)/.exec(mailSent.mock.calls.at(-1)![0].text)!;
    const token = link[1];

    expect((await t.http.get(`/api/v1/invitations/${token}`)).body).toMatchObject({ email: 'invited@example.org', municipality: { id: municipalityId } });
    const accepted = await t.http.post(`/api/v1/invitations/${token}/accept`).send({ password: TEST_PASSWORD, displayName: 'Zeynep' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.account).toMatchObject({ email: 'invited@example.org', status: 'active', role: 'staff', municipality: { id: municipalityId } });
    expect((await me(sessionTokenFrom(accepted)!)).body.csrfToken).toEqual(expect.any(String));

    const twice = await t.http.post(`/api/v1/invitations/${token}/accept`).send({ password: TEST_PASSWORD, displayName: 'Zeynep' });
    expect(twice.status).toBe(404);
    expect(twice.body.code).toBe('invitation_invalid');

    await withSession(t.http.post('/api/v1/invitations'), admin).send({ email: 'late@example.org', municipalityId });
    const lateToken = /\/invitations\/([\w-]+)/.exec(mailSent.mock.calls.at(-1)![0].text)![1];
    await t.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE email = 'late@example.org'`);
    expect((await t.http.get(`/api/v1/invitations/${lateToken}`)).status).toBe(404);
    expect((await t.http.post(`/api/v1/invitations/${lateToken}/accept`).send({ password: TEST_PASSWORD, displayName: 'Geç' })).status).toBe(404);
  });

  it('does not let an admin deactivate or demote themselves', async () => {
    const admin = await insertUser(t.dataSource, { role: 'admin' });
    const session = await startSession(t, admin.id);
    const response = await withSession(t.http.post(`/api/v1/admin/users/${admin.id}/deactivate`), session);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('cannot_change_own_account');
  });
});

describe('POST /api/v1/me/password', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('changes the password with the current one, ends the other sessions, keeps this one', async () => {
    const user = await insertUser(t.dataSource, { municipalityId: (await insertMunicipality(t.dataSource)).id });
    const here = await startSession(t, user.id);
    const elsewhere = await startSession(t, user.id);
    const change = (session: TestSession, body: object) => withSession(t.http.post('/api/v1/me/password'), session).send(body);
    const hashBefore = (await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [user.id]))[0].password_hash as string;

    const wrong = await change(here, { currentPassword: 'not-the-password', password: 'a-new-long-passphrase-2026' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ code: 'wrong_password', details: [{ field: 'currentPassword' }] });
    const common = await change(here, { currentPassword: TEST_PASSWORD, password: 'QWERTY123456' });
    expect(common.body.code).toBe('password_too_common');
    expect((await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [user.id]))[0].password_hash).toBe(hashBefore);
    expect((await withSession(t.http.get('/api/v1/me'), elsewhere)).body.csrfToken).toEqual(expect.any(String));

    expect((await change(here, { currentPassword: TEST_PASSWORD, password: 'a-new-long-passphrase-2026' })).status).toBe(204);
    expect((await withSession(t.http.get('/api/v1/me'), here)).body.csrfToken).toEqual(expect.any(String));
    expect((await withSession(t.http.get('/api/v1/me'), elsewhere)).text).toBe('null');
    expect((await t.http.post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD })).status).toBe(401);
    expect((await t.http.post('/api/v1/auth/login').send({ email: user.email, password: 'a-new-long-passphrase-2026' })).status).toBe(200);
    const audit = (await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1`, [user.id])) as { action: string }[];
    expect(audit).toEqual([{ action: 'user.password_changed' }]);
  });

  it('counts wrong current passwords against the sign-in limit', async () => {
    const user = await insertUser(t.dataSource, { municipalityId: (await insertMunicipality(t.dataSource)).id });
    const session = await startSession(t, user.id);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      statuses.push((await withSession(t.http.post('/api/v1/me/password'), session).send({ currentPassword: `guess-${attempt}`, password: 'a-new-long-passphrase-2026' })).status);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });
});
