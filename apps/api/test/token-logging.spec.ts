import { readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CSRF_HEADER, type SessionInfo } from '@twinning/contracts';
import { type DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import { findFreePort } from '../src/local-services/local-service';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser, TEST_PASSWORD } from './factories/user.factory';
import { linkTokenIn } from './support/account-tokens';
import { ApiProcess } from './support/api-process';
import { createIsolatedDatabase } from './support/test-app';
import { waitUntil } from './support/wait';

const NEW_PASSWORD = 'yeni-bir-parola-2026';

/**
 * The compiled API, logging everything down to trace, through an invitation, an e-mail
 * confirmation and a password reset: the tokens of their links appear in no log line. Without
 * SMTP_URL the e-mails are files in the mail folder, which is where the test finds the links.
 */
describe('tokens of account links in the log', () => {
  const dataDir = path.join(os.tmpdir(), `twinning-test-token-log-${process.pid}`);
  let database: Awaited<ReturnType<typeof createIsolatedDatabase>>;
  let dataSource: DataSource;
  let api: ApiProcess;
  let base: string;

  beforeAll(async () => {
    database = await createIsolatedDatabase();
    const port = await findFreePort();
    api = new ApiProcess({
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: database.databaseUrl,
      SEARCH_INDEX_PREFIX: `test_token_log_${process.pid}_`,
      SEED_ON_START: 'false',
      LOG_LEVEL: 'trace',
    });
    base = `http://127.0.0.1:${port}`;
    await api.waitForOutput(/is running on/);
    dataSource = await createDataSource(database.databaseUrl).initialize();
  });

  afterAll(async () => {
    api.kill('SIGTERM');
    await api.exitCode();
    await dataSource?.destroy();
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function call(method: string, urlPath: string, body?: unknown, session?: { cookie: string; csrfToken: string }): Promise<Response> {
    return fetch(`${base}${urlPath}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(session ? { Cookie: session.cookie, [CSRF_HEADER]: session.csrfToken } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  /** The token of the newest e-mail file to the address with a link to `linkPath`, once it is written. */
  async function linkMailedTo(email: string, linkPath: string): Promise<string> {
    const folder = path.join(dataDir, 'mail');
    let token: string | undefined;
    await waitUntil(`an e-mail to ${email} with a ${linkPath} link`, async () => {
      const files = (await readdir(folder).catch(() => [])).sort().reverse();
      for (const file of files) {
        const text = await readFile(path.join(folder, file), 'utf8');
        token = text.startsWith(`To: ${email}\n`) ? linkTokenIn(text, linkPath) : undefined;
        if (token) return true;
      }
      return false;
    });
    return token!;
  }

  it('writes no invitation, confirmation or reset token, though it logs every request that carried one', async () => {
    const town = await insertMunicipality(dataSource, { emailDomains: ['izmir.bel.tr'] });
    const admin = await insertUser(dataSource, { role: 'admin' });
    const signedIn = await call('POST', '/api/v1/auth/login', { email: admin.email, password: TEST_PASSWORD });
    expect(signedIn.status).toBe(200);
    const adminSession = { cookie: signedIn.headers.get('set-cookie')!.split(';')[0], csrfToken: ((await signedIn.json()) as SessionInfo).csrfToken };

    expect((await call('POST', '/api/v1/invitations', { email: 'davet@izmir.bel.tr', municipalityId: town.id }, adminSession)).status).toBe(201);
    const invitation = await linkMailedTo('davet@izmir.bel.tr', '/invitations/');
    // A token in the query string is masked too, though no link of the portal puts one there.
    expect((await call('GET', `/api/v1/invitations/${invitation}?token=${invitation}`)).status).toBe(200);
    expect((await call('POST', `/api/v1/invitations/${invitation}/accept`, { password: NEW_PASSWORD, displayName: 'Deniz Aydın' })).status).toBe(201);

    expect((await call('POST', '/api/v1/auth/register', { email: 'kayit@izmir.bel.tr', password: NEW_PASSWORD, displayName: 'Elif Kaya', municipalityId: town.id })).status).toBe(201);
    const confirmation = await linkMailedTo('kayit@izmir.bel.tr', '/confirm-email/');
    expect((await call('POST', `/api/v1/auth/email-confirmation/${confirmation}`)).status).toBe(204);

    expect((await call('POST', '/api/v1/auth/password-reset', { email: 'davet@izmir.bel.tr' })).status).toBe(202);
    const reset = await linkMailedTo('davet@izmir.bel.tr', '/reset-password/');
    expect((await call('POST', `/api/v1/auth/password-reset/${reset}`, { password: 'ucuncu-bir-parola-2026' })).status).toBe(204);

    const tokens = [invitation, confirmation, reset];
    await waitUntil('the last request to be logged', async () => api.output.some((line) => line.includes('/api/v1/auth/password-reset/[token]')));
    const log = api.output.join('\n');
    for (const token of tokens) expect(log).not.toContain(token);
    // The requests were logged, with their tokens masked, and each e-mail by its recipient and file only.
    expect(log).toContain('/api/v1/invitations/[token]/accept');
    expect(log).toContain('/api/v1/auth/email-confirmation/[token]');
    expect(log).toContain('/api/v1/invitations/[token]?token=[token]');
    expect(log).toMatch(/E-mail to kayit@izmir\.bel\.tr \(.*\) written to .*\.txt/);
  });
});
