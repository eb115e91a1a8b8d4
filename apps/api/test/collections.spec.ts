import { type Collection, type CollectionInput, type CollectionSummary } from '@twinning/contracts';
import { type MunicipalityEntity } from '../src/municipalities/municipality.entity';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';

describe('collections of practices curated by moderators', () => {
  let t: TestApp;
  let town: MunicipalityEntity;
  const sessions: Record<string, TestSession> = {};

  const input = (caseStudyIds: string[], overrides: Partial<CollectionInput> = {}): CollectionInput => ({
    title: { en: 'Low-cost ideas', tr: 'Düşük maliyetli fikirler', de: 'Günstige Ideen' },
    text: { en: 'Practices under 10,000 euros.', tr: '10.000 avronun altındaki uygulamalar.', de: 'Praxisbeispiele unter 10.000 Euro.' },
    featured: true,
    caseStudyIds,
    ...overrides,
  });
  const create = (body: object, session?: TestSession) => withSession(t.http.post('/api/v1/collections'), session).send(body);
  const read = async (id: string) => {
    const response = await t.http.get(`/api/v1/collections/${id}`);
    expect(response.status).toBe(200);
    return response.body as Collection;
  };
  const count = async () => ((await t.dataSource.query(`SELECT (SELECT count(*) FROM collections) + (SELECT count(*) FROM collection_case_studies) AS count`)) as { count: string }[])[0].count;
  const published = async (title: string, publishAnonymously = false) =>
    (await insertCaseStudy(t.dataSource, { municipalityId: town.id, status: 'published', publishAnonymously, content: completeContent({ title }) })).caseStudy;

  beforeAll(async () => {
    t = await createTestApp();
    town = await insertMunicipality(t.dataSource, { nameLocal: 'Kuşadası', nameEn: 'Kusadasi' });
    sessions.staff = await startSession(t, (await insertUser(t.dataSource, { municipalityId: town.id })).id);
    sessions.moderator = await startSession(t, (await insertUser(t.dataSource, { role: 'moderator' })).id);
    sessions.admin = await startSession(t, (await insertUser(t.dataSource, { role: 'admin' })).id);
  });

  afterAll(async () => {
    await t.close();
  });

  it('lets a moderator build a collection that everyone reads in its order, an anonymous practice without its town', async () => {
    const gardens = await published('Kent bostanları');
    const failed = await published('Failed bike sharing', true);
    const created = await create(input([failed.id, gardens.id]), sessions.moderator);
    expect(created.status).toBe(201);
    const collection = created.body as Collection;

    const shown = await read(collection.id);
    expect(shown).toMatchObject({ title: { tr: 'Düşük maliyetli fikirler' }, featured: true, caseStudyCount: 2 });
    expect(shown.caseStudies.map((caseStudy) => caseStudy.title)).toEqual(['Failed bike sharing', 'Kent bostanları']);
    expect(shown.caseStudies[0].municipality).toBeNull();
    expect(JSON.stringify(shown.caseStudies[0])).not.toContain('Kuşadası');
    expect(shown.caseStudies[1].municipality?.nameLocal).toBe('Kuşadası');

    const onHome = (await t.http.get('/api/v1/collections?featured=true')).body as CollectionSummary[];
    const listed = onHome.find((item) => item.id === collection.id)!;
    expect(listed.caseStudyCount).toBe(2);
    expect(listed.showcase.map((caseStudy) => [caseStudy.title, caseStudy.municipality?.nameLocal ?? null])).toEqual([
      ['Failed bike sharing', null],
      ['Kent bostanları', 'Kuşadası'],
    ]);

    // Reordered and taken off the home page by an admin.
    const updated = await withSession(t.http.patch(`/api/v1/collections/${collection.id}`), sessions.admin).send({ caseStudyIds: [gardens.id, failed.id], featured: false });
    expect(updated.status).toBe(200);
    expect((updated.body as Collection).caseStudies.map((caseStudy) => caseStudy.id)).toEqual([gardens.id, failed.id]);
    expect(((await t.http.get('/api/v1/collections?featured=true')).body as CollectionSummary[]).map((item) => item.id)).not.toContain(collection.id);

    const audit = (await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_type = 'collection' AND entity_id = $1 ORDER BY created_at`, [collection.id])) as { action: string }[];
    expect(audit.map((event) => event.action)).toEqual(['collection.created', 'collection.updated']);
  });

  it('takes only published practices and complete texts in every language, saving nothing otherwise', async () => {
    const gardens = await published('Deniz çayırları');
    const { caseStudy: draft } = await insertCaseStudy(t.dataSource, { municipalityId: town.id, status: 'draft' });
    const before = await count();
    const refused = await create(input([gardens.id, draft.id]), sessions.moderator);
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'caseStudyIds.1', rule: 'not_published' })]);
    for (const body of [
      input([gardens.id], { title: { en: 'Only English', tr: '', de: 'Nur Englisch' } }),
      input([gardens.id, gardens.id]),
      input(['not-an-id']),
      { ...input([gardens.id]), colour: 'red' },
    ]) {
      expect((await create(body, sessions.moderator)).status).toBe(400);
    }
    expect(await count()).toBe(before);
  });

  it('is changed only by moderators and admins', async () => {
    const gardens = await published('Yağmur bahçeleri');
    const collection = (await create(input([gardens.id]), sessions.moderator)).body as Collection;
    expect((await create(input([gardens.id]), sessions.staff)).status).toBe(403);
    expect((await create(input([gardens.id]))).status).toBe(401);
    expect((await withSession(t.http.patch(`/api/v1/collections/${collection.id}`), sessions.staff).send({ featured: false })).status).toBe(403);
    expect((await withSession(t.http.delete(`/api/v1/collections/${collection.id}`), sessions.staff)).status).toBe(403);
    expect((await read(collection.id)).featured).toBe(true);
  });

  it('shows only what the public can still read, and goes when deleted', async () => {
    const kept = await published('Kept');
    const archivedLater = await published('Archived later');
    const collection = (await create(input([kept.id, archivedLater.id]), sessions.moderator)).body as Collection;
    await t.dataSource.query(`UPDATE case_studies SET status = 'archived' WHERE id = $1`, [archivedLater.id]);
    const shown = await read(collection.id);
    expect(shown.caseStudies.map((caseStudy) => caseStudy.id)).toEqual([kept.id]);
    expect(shown.caseStudyCount).toBe(1);

    expect((await withSession(t.http.delete(`/api/v1/collections/${collection.id}`), sessions.moderator)).status).toBe(204);
    const gone = await t.http.get(`/api/v1/collections/${collection.id}`);
    expect({ status: gone.status, code: gone.body.code }).toEqual({ status: 404, code: 'collection_not_found' });
    // The practices stay.
    expect((await t.http.get(`/api/v1/case-studies/${kept.id}`)).status).toBe(200);
  });
});
