import { type AuditEvent, type Page } from '@twinning/contracts';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';

describe('the audit log names things and filters by every kind', () => {
  let t: TestApp;
  let admin: TestSession;
  let staff: TestSession;

  const events = async (query = ''): Promise<AuditEvent[]> => {
    const response = await withSession(t.http.get(`/api/v1/admin/audit-events?per_page=100${query}`), admin);
    expect(response.status).toBe(200);
    return (response.body as Page<AuditEvent>).items;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const bursa = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa' });
    admin = await startSession(t, (await insertUser(t.dataSource, { role: 'admin' })).id);
    staff = await startSession(t, (await insertUser(t.dataSource, { municipalityId: bursa.id })).id);
  });

  afterAll(() => t?.close());

  it('gives each event the current name of its thing, and none once the thing is gone', async () => {
    const town = { nameLocal: 'Пловдив', nameEn: 'Plovdiv', country: 'BG', region: 'Plovdiv', population: 340_000, populationYear: 2024, kind: 'metropolitan', latitude: 42.15, longitude: 24.75, website: null };
    const created = await withSession(t.http.post('/api/v1/admin/municipalities').send(town), admin);
    expect(created.status).toBe(201);
    const caseStudy = await withSession(t.http.post('/api/v1/case-studies').send({ content: { title: 'Kompost her okulda' } }), staff);
    expect(caseStudy.status).toBe(201);

    const all = await events();
    expect(all.find((event) => event.entityId === created.body.id)).toMatchObject({ action: 'municipality.created', entityType: 'municipality', entityLabel: 'Plovdiv / Пловдив' });
    expect(all.find((event) => event.entityId === caseStudy.body.id)).toMatchObject({ action: 'case_study.created', entityType: 'case_study', entityLabel: 'Kompost her okulda' });

    expect((await withSession(t.http.delete(`/api/v1/admin/municipalities/${created.body.id}`), admin)).status).toBe(204);
    const afterDeletion = (await events()).filter((event) => event.entityId === created.body.id);
    expect(afterDeletion.map((event) => event.action).sort()).toEqual(['municipality.created', 'municipality.deleted']);
    expect(afterDeletion.every((event) => event.entityLabel === null)).toBe(true);
  });

  it('filters by each kind of thing, case studies included, and refuses an unknown kind', async () => {
    const caseStudies = await events('&entityType=case_study');
    expect(caseStudies.length).toBeGreaterThan(0);
    expect(caseStudies.every((event) => event.entityType === 'case_study')).toBe(true);
    const refused = await withSession(t.http.get('/api/v1/admin/audit-events?entityType=bogus'), admin);
    expect(refused.status).toBe(400);
    expect(refused.body.details[0]).toMatchObject({ field: 'entityType', rule: 'not_allowed_value' });
  });
});
