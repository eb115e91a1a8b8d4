import { randomUUID } from 'node:crypto';
import { createAdmin } from '../src/users/create-admin';
import { insertFundingCall, insertFundingProgramme } from './factories/funding.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';

describe('admin: partnerships and municipalities', () => {
  let t: TestApp;
  let admin: TestSession;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await startSession(t, (await insertUser(t.dataSource, { role: 'admin' })).id);
  });

  afterAll(() => t.close());

  const create = (body: object) => withSession(t.http.post('/api/v1/admin/partnerships'), admin).send(body);
  const partnership = (municipalityIds: string[]) => ({ municipalityIds, sinceYear: 2014, status: 'active', programme: ' ', description: 'Youth exchanges.' });

  it('twins two towns once, whichever way round the pair is given', async () => {
    const [a, b] = [await insertMunicipality(t.dataSource), await insertMunicipality(t.dataSource)];
    const created = await create(partnership([a.id, b.id]));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ sinceYear: 2014, programme: null, description: 'Youth exchanges.' });
    for (const pair of [[a.id, b.id], [b.id, a.id]]) {
      const again = await create(partnership(pair));
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('partnership_exists');
    }
  });

  it.each([
    ['the same town twice', (id: string) => [id, id], 'same_municipality', 'must name two different municipalities'],
    ['a town that does not exist', (id: string) => [id, randomUUID()], 'unknown_municipality', 'names a municipality that does not exist'],
  ])('answers %s with 400, creating nothing', async (_name, pair, rule, reason) => {
    const town = await insertMunicipality(t.dataSource);
    const [{ count: before }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM partnerships`);
    const response = await create(partnership(pair(town.id)));
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([{ field: 'municipalityIds', rule, reason }]);
    expect(await t.dataSource.query(`SELECT count(*)::int AS count FROM partnerships`)).toEqual([{ count: before }]);
  });

  it('makes a twinning unless told otherwise, with an unknown agreement and no funding', async () => {
    const [a, b] = [await insertMunicipality(t.dataSource), await insertMunicipality(t.dataSource)];
    const created = await create(partnership([a.id, b.id]));
    expect(created.body).toMatchObject({ kind: 'twinning', fundingProgramme: null, fundingCall: null, agreement: { signedOn: null, url: null, text: '' } });
  });

  it('takes a project partnership aimed at a call, whose programme comes with it, and its agreement', async () => {
    const programme = await insertFundingProgramme(t.dataSource);
    const call = await insertFundingCall(t.dataSource, programme.id);
    const [a, b] = [await insertMunicipality(t.dataSource), await insertMunicipality(t.dataSource)];
    const agreement = { agreementSignedOn: '2026-03-02', agreementUrl: 'https://example.org/agreement.pdf', agreementText: 'Joint work on *flood warnings*.' };
    const created = await create({ ...partnership([a.id, b.id]), kind: 'project', fundingCallId: call.id, ...agreement });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'project',
      fundingProgramme: { id: programme.id, name: programme.name },
      fundingCall: { id: call.id, title: call.title, closesOn: call.closesOn },
      agreement: { signedOn: '2026-03-02', url: 'https://example.org/agreement.pdf', text: 'Joint work on *flood warnings*.' },
    });
    const cleared = await withSession(t.http.patch(`/api/v1/admin/partnerships/${created.body.id}`), admin).send({ fundingCallId: null });
    expect(cleared.body).toMatchObject({ fundingProgramme: { id: programme.id }, fundingCall: null });
  });

  it.each([
    ['a call that does not exist', async () => ({ fundingCallId: randomUUID() }), 'fundingCallId', 'unknown_reference'],
    ['a programme that does not exist', async () => ({ fundingProgrammeId: randomUUID() }), 'fundingProgrammeId', 'unknown_reference'],
    [
      'a call of another programme',
      async () => ({ fundingProgrammeId: (await insertFundingProgramme(t.dataSource)).id, fundingCallId: (await insertFundingCall(t.dataSource, (await insertFundingProgramme(t.dataSource)).id)).id }),
      'fundingCallId',
      'call_of_other_programme',
    ],
    ['an unknown kind', async () => ({ kind: 'marriage' }), 'kind', 'not_allowed_value'],
    ['an agreement date that is no day', async () => ({ agreementSignedOn: '2026-02-30' }), 'agreementSignedOn', 'not_date'],
  ])('answers %s with 400, creating nothing', async (_name, fields, field, rule) => {
    const [a, b] = [await insertMunicipality(t.dataSource), await insertMunicipality(t.dataSource)];
    const response = await create({ ...partnership([a.id, b.id]), ...(await fields()) });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([expect.objectContaining({ field, rule })]);
    expect(await t.dataSource.query(`SELECT count(*)::int AS count FROM partnerships WHERE municipality_a_id IN ($1, $2)`, [a.id, b.id])).toEqual([{ count: 0 }]);
  });

  it('records who changed a municipality, and only the fields that changed', async () => {
    const town = await insertMunicipality(t.dataSource, { population: 10_000 });
    const updated = await withSession(t.http.patch(`/api/v1/admin/municipalities/${town.id}`), admin).send({ population: 12_500, region: town.region });
    expect(updated.body.population).toBe(12_500);
    const events = await t.dataSource.query(`SELECT action, before, after FROM audit_events WHERE entity_id = $1`, [town.id]);
    expect(events).toEqual([{ action: 'municipality.updated', before: { population: 10_000 }, after: { population: 12_500 } }]);
  });
});

describe('npm run create-admin', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('creates a verified admin who can sign in with the printed password, once per e-mail', async () => {
    const { id, password } = await createAdmin(t.dataSource, '  IT@Town.example.org ', 'Municipal IT');
    expect(password.length).toBeGreaterThanOrEqual(24);
    const signedIn = await t.http.post('/api/v1/auth/login').send({ email: 'it@town.example.org', password });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.account).toMatchObject({ id, role: 'admin', municipality: null });
    expect(signedIn.body.account.verifiedAt).not.toBeNull();
    await expect(createAdmin(t.dataSource, 'it@town.example.org', 'Again')).rejects.toThrow('exists already');
    await expect(createAdmin(t.dataSource, 'not-an-address', 'Someone')).rejects.toThrow('is not an e-mail address');
    const events = (await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1`, [id])) as { action: string }[];
    expect(events).toEqual([{ action: 'user.admin_created_from_cli' }]);
  });
});
