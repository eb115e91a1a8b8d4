import { ACCOUNT_EMAILS_PER_HOUR, type AdminUser, type Page, type SessionInfo } from '@twinning/contracts';
import { UserEntity } from '../src/users/user.entity';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser, TEST_PASSWORD } from './factories/user.factory';
import { linkTokenIn } from './support/account-tokens';
import { sessionTokenFrom, startSession, type TestSession, withSession } from './support/sessions';
import { decoded, startSmtpServer } from './support/smtp-server';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

const NEW_PASSWORD = 'yeni-bir-parola-2026';

/** Confirmation and password reset links, sent through a real SMTP dialogue. */
describe('links sent by e-mail', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let municipalityId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://twinning.example.org' });
    municipalityId = (await insertMunicipality(t.dataSource, { emailDomains: ['bursa.bel.tr'] })).id;
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** The token of the newest e-mail to the address that links to `path`, once it has arrived. */
  async function linkSentTo(email: string, path: string, count = 1): Promise<string> {
    const mails = () => smtp.received.filter((mail) => mail.to.includes(email) && decoded(mail).includes(path));
    await waitUntil(`${count} e-mail(s) to ${email}`, async () => mails().length >= count);
    return linkTokenIn(decoded(mails()[count - 1]), path)!;
  }

  const register = (email: string) => t.http.post('/api/v1/auth/register').send({ email, password: TEST_PASSWORD, displayName: 'Deniz Kaya', municipalityId });
  const confirm = (token: string) => t.http.post(`/api/v1/auth/email-confirmation/${token}`);
  const resend = (session: TestSession) => withSession(t.http.post('/api/v1/me/email-confirmation'), session);
  const sessionOf = (response: { body: SessionInfo; headers: Record<string, unknown> }): TestSession => {
    const token = sessionTokenFrom(response as never)!;
    return { token, csrfToken: response.body.csrfToken, cookie: `tx_session=${token}` };
  };
  const queue = async (moderator: TestSession) =>
    ((await withSession(t.http.get('/api/v1/admin/users?status=pending&per_page=100'), moderator)).body as Page<AdminUser>).items;

  describe('confirming the address', () => {
    it('works once, stores only a hash, and only then puts the account in the verification queue', async () => {
      const moderator = await startSession(t, (await insertUser(t.dataSource, { role: 'moderator' })).id);
      const registered = await register('deniz@bursa.bel.tr');
      expect(registered.status).toBe(201);
      const id = (registered.body as SessionInfo).account.id;
      const token = await linkSentTo('deniz@bursa.bel.tr', '/confirm-email/');
      const mail = decoded(smtp.received.find((mail) => mail.to.includes('deniz@bursa.bel.tr'))!);
      expect(mail).toContain(`https://twinning.example.org/confirm-email/${token}`);
      // Accounts have no language of their own: the mail speaks every interface language.
      expect(mail).toContain('Open this link to confirm your address');
      expect(mail).toContain('Adresinizi doğrulamak için bu bağlantıyı açın');
      expect(mail).toContain('Öffnen Sie diesen Link, um Ihre Adresse zu bestätigen');
      const stored = (await t.dataSource.query(`SELECT encode(token_hash, 'hex') AS hash FROM account_tokens WHERE user_id = $1`, [id])) as { hash: string }[];
      expect(JSON.stringify(stored)).not.toContain(token);

      expect((await queue(moderator)).map((user) => user.id)).not.toContain(id);
      expect((await confirm(token)).status).toBe(204);
      const again = await confirm(token);
      expect({ status: again.status, code: again.body.code }).toEqual({ status: 404, code: 'link_invalid' });

      const waiting = (await queue(moderator)).find((user) => user.id === id)!;
      expect(waiting).toMatchObject({ status: 'pending', emailDomainMatches: true });
      expect(waiting.emailConfirmedAt).not.toBeNull();
      const events = (await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY created_at`, [id])) as { action: string }[];
      expect(events.map((event) => event.action)).toEqual(['user.registered', 'user.email_confirmed']);
    });

    it('says when an address does not match the municipality’s domains', async () => {
      const moderator = await startSession(t, (await insertUser(t.dataSource, { role: 'moderator' })).id);
      const registered = await register('deniz@gmail.example.com');
      await confirm(await linkSentTo('deniz@gmail.example.com', '/confirm-email/'));
      expect((await queue(moderator)).find((user) => user.id === registered.body.account.id)).toMatchObject({ emailDomainMatches: false });
    });

    it('refuses a link after 24 hours', async () => {
      const registered = await register('late@example.org');
      const token = await linkSentTo('late@example.org', '/confirm-email/');
      await t.dataSource.query(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [registered.body.account.id]);
      expect((await confirm(token)).body.code).toBe('link_invalid');
      const user = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: registered.body.account.id as string });
      expect(user.emailConfirmedAt).toBeNull();
    });

    it('sends a new link on request, which ends the older one, at most three an hour', async () => {
      const registered = await register('again@example.org');
      const session = sessionOf(registered);
      const first = await linkSentTo('again@example.org', '/confirm-email/');
      for (let sent = 2; sent <= ACCOUNT_EMAILS_PER_HOUR; sent += 1) expect((await resend(session)).status).toBe(204);
      const latest = await linkSentTo('again@example.org', '/confirm-email/', ACCOUNT_EMAILS_PER_HOUR);
      const refused = await resend(session);
      expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 429, code: 'too_many_emails' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);

      expect((await confirm(first)).body.code).toBe('link_invalid');
      expect((await confirm(latest)).status).toBe(204);
      expect((await resend(session)).body.code).toBe('email_already_confirmed');
    });

    it('counts an accepted invitation as proof', async () => {
      const admin = await startSession(t, (await insertUser(t.dataSource, { role: 'admin' })).id);
      await withSession(t.http.post('/api/v1/invitations'), admin).send({ email: 'invited@bursa.bel.tr', municipalityId });
      const token = await linkSentTo('invited@bursa.bel.tr', '/invitations/');
      const accepted = await t.http.post(`/api/v1/invitations/${token}/accept`).send({ password: TEST_PASSWORD, displayName: 'Elif' });
      expect((accepted.body as SessionInfo).account).toMatchObject({ status: 'active' });
      expect((accepted.body as SessionInfo).account.emailConfirmedAt).not.toBeNull();
    });
  });

  describe('forgot password', () => {
    const requestReset = (email: string) => t.http.post('/api/v1/auth/password-reset').send({ email });
    const resetWith = (token: string, password = NEW_PASSWORD) => t.http.post(`/api/v1/auth/password-reset/${token}`).send({ password });
    const login = (email: string, password: string) => t.http.post('/api/v1/auth/login').send({ email, password });
    /** Whether the session still signs its browser in (GET /me answers null once it has ended). */
    const signedIn = async (session: TestSession) => (await t.http.get('/api/v1/me').set('Cookie', session.cookie)).text !== 'null';

    it('answers the same whether or not the address has an account, and mails only an account', async () => {
      const user = await insertUser(t.dataSource, { municipalityId, email: 'forgetful@example.org' });
      const known = await requestReset('Forgetful@Example.org');
      const unknown = await requestReset('nobody@example.org');
      expect({ status: unknown.status, body: unknown.body }).toEqual({ status: known.status, body: known.body });
      expect(known.status).toBe(202);
      await linkSentTo(user.email, '/reset-password/');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(smtp.received.filter((mail) => mail.to.includes('nobody@example.org'))).toEqual([]);
    });

    it('sets the password once with the link, and ends every session of the account', async () => {
      const user = await insertUser(t.dataSource, { municipalityId, email: 'reset@example.org' });
      const sessions = [await startSession(t, user.id), await startSession(t, user.id)];
      await requestReset(user.email);
      const token = await linkSentTo(user.email, '/reset-password/');

      const weak = await resetWith(token, 'qwerty123456');
      expect(weak.status).toBe(400);
      expect((await resetWith(token)).status).toBe(204);
      expect((await resetWith(token, 'noch-ein-neues-2026')).body.code).toBe('link_invalid');
      for (const session of sessions) expect(await signedIn(session)).toBe(false);
      expect((await login(user.email, TEST_PASSWORD)).status).toBe(401);
      expect((await login(user.email, NEW_PASSWORD)).status).toBe(200);
    });

    it('refuses a link older than an hour', async () => {
      const user = await insertUser(t.dataSource, { municipalityId, email: 'slow@example.org' });
      await requestReset(user.email);
      const token = await linkSentTo(user.email, '/reset-password/');
      await t.dataSource.query(`UPDATE account_tokens SET created_at = now() - interval '61 minutes', expires_at = now() - interval '1 minute' WHERE user_id = $1`, [user.id]);
      expect((await resetWith(token)).body.code).toBe('link_invalid');
    });

    it('lets an admin send the link, and no one else', async () => {
      const user = await insertUser(t.dataSource, { municipalityId, email: 'called-for-help@example.org' });
      const session = await startSession(t, user.id);
      const moderator = await startSession(t, (await insertUser(t.dataSource, { role: 'moderator' })).id);
      const admin = await insertUser(t.dataSource, { role: 'admin' });
      expect((await withSession(t.http.post(`/api/v1/admin/users/${user.id}/password-reset`), moderator)).status).toBe(403);
      expect((await withSession(t.http.post(`/api/v1/admin/users/${user.id}/password-reset`), await startSession(t, admin.id))).status).toBe(204);
      expect((await resetWith(await linkSentTo(user.email, '/reset-password/'))).status).toBe(204);
      expect(await signedIn(session)).toBe(false);
      const events = (await t.dataSource.query(`SELECT action, actor_id FROM audit_events WHERE entity_id = $1 ORDER BY created_at`, [user.id])) as { action: string; actor_id: string }[];
      expect(events).toEqual([
        { action: 'user.password_reset_sent', actor_id: admin.id },
        { action: 'user.password_reset', actor_id: user.id },
      ]);
    });
  });
});
