import { type SecondFactorChallenge, type SessionInfo, type TwoFactorEnabled, type TwoFactorSetup } from '@twinning/contracts';
import { MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS } from '../src/auth/sign-in-throttle';
import { UserEntity } from '../src/users/user.entity';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser, TEST_PASSWORD } from './factories/user.factory';
import { totpCode } from './support/account-tokens';
import { sessionTokenFrom, startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';

describe('two-factor sign-in', () => {
  let t: TestApp;
  let municipalityId: string;
  let address = 0;

  beforeAll(async () => {
    // Each test signs in from an address of its own, so the per-address limit of one test does not reach another.
    t = await createTestApp({ TRUST_PROXY: 'true', TWO_FACTOR_REQUIRED_FOR_MODERATORS: 'true' });
    municipalityId = (await insertMunicipality(t.dataSource)).id;
  });

  afterAll(() => t.close());

  let from = '';
  beforeEach(() => {
    address += 1;
    from = `10.9.0.${address}`;
  });

  const login = (email: string, password = TEST_PASSWORD) => t.http.post('/api/v1/auth/login').set('X-Forwarded-For', from).send({ email, password });
  const secondFactor = (challengeToken: string, code: string) => t.http.post('/api/v1/auth/login/second-factor').set('X-Forwarded-For', from).send({ challengeToken, code });
  const post = (session: TestSession, path: string, body: object = {}) => withSession(t.http.post(`/api/v1/me/two-factor/${path}`), session).set('X-Forwarded-For', from).send(body);
  const stored = (id: string) => t.dataSource.getRepository(UserEntity).findOneByOrFail({ id });

  /**
   * Sets two factors up through the API as a person would; returns the secret and the recovery
   * codes. The set-up used the current code, which never works twice: what follows uses the next.
   */
  async function turnOn(session: TestSession): Promise<{ secret: string; recoveryCodes: string[] }> {
    const setup = await post(session, 'setup');
    expect(setup.status).toBe(200);
    const { secret, otpauthUri } = setup.body as TwoFactorSetup;
    expect(otpauthUri).toMatch(new RegExp(`^otpauth://totp/Twinning%20Exchange:.+\\?secret=${secret}&issuer=Twinning%20Exchange$`));
    expect((await post(session, 'enable', { code: '000000' })).body.code).toBe('wrong_code');
    const enabled = await post(session, 'enable', { code: await totpCode(secret) });
    expect(enabled.status).toBe(200);
    return { secret, recoveryCodes: (enabled.body as TwoFactorEnabled).recoveryCodes };
  }

  it('sets up with a confirmed code, then signs in with a code only once per code', async () => {
    const user = await insertUser(t.dataSource, { municipalityId });
    const { secret, recoveryCodes } = await turnOn(await startSession(t, user.id));
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    // Neither the secret nor a recovery code is ever stored or sent in the clear again.
    const tokens = (await t.dataSource.query(`SELECT encode(token_hash, 'hex') AS hash FROM account_tokens WHERE user_id = $1 AND purpose = 'recovery_code'`, [user.id])) as { hash: string }[];
    expect(tokens).toHaveLength(10);
    for (const code of recoveryCodes) expect(JSON.stringify(tokens)).not.toContain(code);
    const again = await t.http.get('/api/v1/me').set('Cookie', (await startSession(t, user.id)).cookie);
    expect(again.body.account).toMatchObject({ twoFactorEnabled: true });
    expect(again.text).not.toContain(secret);

    const first = await login(user.email);
    expect(first.status).toBe(200);
    expect(sessionTokenFrom(first)).toBeUndefined();
    const { challengeToken } = first.body as SecondFactorChallenge;
    expect(first.body).toEqual({ secondFactorRequired: true, challengeToken });

    const code = await totpCode(secret, 30);
    const signedIn = await secondFactor(challengeToken, code);
    expect(signedIn.status).toBe(200);
    expect(sessionTokenFrom(signedIn)).toBeDefined();
    expect((signedIn.body as SessionInfo).account.id).toBe(user.id);
    // The challenge is used up, and the same code does not open a second sign-in.
    expect((await secondFactor(challengeToken, code)).body.code).toBe('sign_in_challenge_invalid');
    const second = (await login(user.email)).body as SecondFactorChallenge;
    expect((await secondFactor(second.challengeToken, code)).body.code).toBe('wrong_code');
  });

  it('takes each recovery code once', async () => {
    const user = await insertUser(t.dataSource, { municipalityId });
    const { recoveryCodes } = await turnOn(await startSession(t, user.id));
    const challenge = async () => ((await login(user.email)).body as SecondFactorChallenge).challengeToken;
    expect((await secondFactor(await challenge(), recoveryCodes[3].toUpperCase().replace('-', ' '))).status).toBe(200);
    expect((await secondFactor(await challenge(), recoveryCodes[3])).body.code).toBe('wrong_code');
    expect((await secondFactor(await challenge(), recoveryCodes[4])).status).toBe(200);
  });

  it('throttles wrong codes like wrong passwords, and a right password does not clear the count', async () => {
    const user = await insertUser(t.dataSource, { municipalityId });
    const { secret } = await turnOn(await startSession(t, user.id));
    for (let attempt = 0; attempt < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; attempt += 1) {
      const { challengeToken } = (await login(user.email)).body as SecondFactorChallenge;
      expect((await secondFactor(challengeToken, '123456')).status).toBe(400);
    }
    const refused = await login(user.email);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await t.dataSource.query(`UPDATE sign_in_attempts SET attempted_at = attempted_at - interval '20 minutes' WHERE email = $1`, [user.email]);
    const { challengeToken } = (await login(user.email)).body as SecondFactorChallenge;
    expect((await secondFactor(challengeToken, await totpCode(secret, 30))).status).toBe(200);
  });

  it('turns off with the password and a code, and not with either alone', async () => {
    const user = await insertUser(t.dataSource, { municipalityId });
    const session = await startSession(t, user.id);
    const { secret } = await turnOn(session);
    expect((await post(session, 'setup')).body.code).toBe('two_factor_already_enabled');
    expect((await post(session, 'disable', { password: 'not-the-password', code: await totpCode(secret, 30) })).body.code).toBe('wrong_password');
    expect((await post(session, 'disable', { password: TEST_PASSWORD, code: '000000' })).body.code).toBe('wrong_code');
    expect((await post(session, 'disable', { password: TEST_PASSWORD, code: await totpCode(secret, 30) })).status).toBe(204);
    expect(await stored(user.id)).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    expect(((await login(user.email)).body as SessionInfo).account.twoFactorEnabled).toBe(false);
  });

  it('makes admins and moderators set it up before anything else, and keep it', async () => {
    for (const role of ['moderator', 'admin'] as const) {
      const user = await insertUser(t.dataSource, { role });
      const signedIn = await login(user.email);
      const info = signedIn.body as SessionInfo;
      expect(info.account.twoFactorSetupRequired).toBe(true);
      const token = sessionTokenFrom(signedIn)!;
      const session = { token, csrfToken: info.csrfToken, cookie: `tx_session=${token}` };
      const blocked = await withSession(t.http.get('/api/v1/admin/users'), session);
      expect({ status: blocked.status, code: blocked.body.code }).toEqual({ status: 403, code: 'two_factor_setup_required' });
      await turnOn(session);
      expect((await withSession(t.http.get('/api/v1/admin/users'), session)).status).toBe(200);
      expect((await t.http.get('/api/v1/me').set('Cookie', session.cookie)).body.account.twoFactorSetupRequired).toBe(false);
      const secret = (await stored(user.id)).totpSecret!;
      expect((await post(session, 'disable', { password: TEST_PASSWORD, code: await totpCode(secret, 30) })).body.code).toBe('two_factor_required');
    }
    // Staff may choose.
    const staff = await insertUser(t.dataSource, { municipalityId });
    expect(((await login(staff.email)).body as SessionInfo).account.twoFactorSetupRequired).toBe(false);
  });
});

describe('two-factor secrets sealed with TOTP_ENCRYPTION_KEY', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ TOTP_ENCRYPTION_KEY: 'c0ffee'.repeat(10) + 'c0ff' });
  });

  afterAll(() => t.close());

  it('keeps only the sealed secret in the database, and signs in with codes from the app', async () => {
    const user = await insertUser(t.dataSource, { municipalityId: (await insertMunicipality(t.dataSource)).id });
    const session = await startSession(t, user.id);
    const { secret } = (await withSession(t.http.post('/api/v1/me/two-factor/setup'), session)).body as TwoFactorSetup;
    const stored = (await t.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id })).totpSecret!;
    expect(stored).toMatch(/^v1:/);
    expect(stored).not.toContain(secret);
    expect((await withSession(t.http.post('/api/v1/me/two-factor/enable'), session).send({ code: await totpCode(secret) })).status).toBe(200);

    const { challengeToken } = (await t.http.post('/api/v1/auth/login').send({ email: user.email, password: TEST_PASSWORD })).body as SecondFactorChallenge;
    expect((await t.http.post('/api/v1/auth/login/second-factor').send({ challengeToken, code: await totpCode(secret, 30) })).status).toBe(200);
  });
});
