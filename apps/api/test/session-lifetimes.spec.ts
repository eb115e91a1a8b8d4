import { type Role } from '@twinning/contracts';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';

/** Sessions are aged by moving their timestamps in the database, as hours of waiting would. */
describe('session lifetimes by role', () => {
  let t: TestApp;
  let municipalityId: string;

  beforeAll(async () => {
    t = await createTestApp();
    municipalityId = (await insertMunicipality(t.dataSource)).id;
  });

  afterAll(() => t.close());

  /** A session of a new account of the role, started `ageHours` ago and last used `idleHours` ago; whether /me still knows it. */
  /** GET /me answers 200 either way: the account for a live session, null for an ended one. */
  async function signedIn(cookie: string): Promise<boolean> {
    const response = await t.http.get('/api/v1/me').set('Cookie', cookie);
    expect(response.status).toBe(200);
    return response.text !== 'null';
  }

  async function stillSignedIn(role: Role, ageHours: number, idleHours: number): Promise<boolean> {
    const user = await insertUser(t.dataSource, { role, municipalityId: role === 'staff' ? municipalityId : null });
    const session = await startSession(t, user.id, role);
    await t.dataSource.query(
      `UPDATE sessions SET created_at = now() - make_interval(hours => $2::int), last_seen_at = now() - make_interval(mins => $3::int) WHERE user_id = $1`,
      [user.id, ageHours, Math.round(idleHours * 60)],
    );
    return signedIn(session.cookie);
  }

  it.each([
    ['admin', 11, 0.9, true],
    ['admin', 13, 0, false],
    ['admin', 2, 1.1, false],
    ['moderator', 11, 0.9, true],
    ['moderator', 13, 0, false],
    ['moderator', 2, 1.1, false],
    ['staff', 13, 1.1, true],
    ['staff', 24 * 29, 24 * 13, true],
    ['staff', 24 * 31, 0, false],
    ['staff', 24 * 15, 24 * 15, false],
  ] as const)('a %s session %d h old, idle %d h: signed in %s', async (role, ageHours, idleHours, expected) => {
    expect(await stillSignedIn(role, ageHours, idleHours)).toBe(expected);
  });

  it('ends a staff session by moderator rules once the account becomes a moderator', async () => {
    const user = await insertUser(t.dataSource, { municipalityId });
    const session = await startSession(t, user.id);
    await t.dataSource.query(`UPDATE sessions SET created_at = now() - interval '13 hours' WHERE user_id = $1`, [user.id]);
    expect(await signedIn(session.cookie)).toBe(true);
    await t.dataSource.query(`UPDATE users SET role = 'moderator', municipality_id = NULL WHERE id = $1`, [user.id]);
    expect(await signedIn(session.cookie)).toBe(false);
  });
});
