import { type Adaptation, type CaseStudySummary, type MunicipalityAdaptations, type MunicipalityDetail, type Page, type Partnership } from '@twinning/contracts';
import { type MunicipalityEntity } from '../src/municipalities/municipality.entity';
import { insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';

/** What a town's page lists: its published case studies and how practices travel to and from it, the same for everyone. */
describe('a town’s page', () => {
  let t: TestApp;
  let bursa: MunicipalityEntity;
  let darmstadt: MunicipalityEntity;
  let bursaStaff: TestSession;
  let darmstadtStaff: TestSession;
  let moderator: TestSession;

  const adapt = async (caseStudyId: string, session: TestSession) => {
    const response = await withSession(t.http.post(`/api/v1/case-studies/${caseStudyId}/adaptations`), session).send({ localContext: 'Hills.', changes: 'Cargo bikes.', plannedSteps: 'A pilot.' });
    expect(response.status).toBe(201);
    return response.body as Adaptation;
  };
  const townAdaptations = async (townId: string, session?: TestSession) => {
    const response = await withSession(t.http.get(`/api/v1/municipalities/${townId}/adaptations`), session);
    expect(response.status).toBe(200);
    return response.body as MunicipalityAdaptations;
  };

  beforeAll(async () => {
    t = await createTestApp();
    bursa = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa' });
    darmstadt = await insertMunicipality(t.dataSource, { nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE' });
    bursaStaff = await startSession(t, (await insertUser(t.dataSource, { municipalityId: bursa.id })).id);
    darmstadtStaff = await startSession(t, (await insertUser(t.dataSource, { municipalityId: darmstadt.id })).id);
    moderator = await startSession(t, (await insertUser(t.dataSource, { role: 'moderator' })).id);
  });

  afterAll(() => t.close());

  it('lists a town’s public case studies to everyone alike with public=true, never an anonymous one, even to its own staff', async () => {
    const { caseStudy: named } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published' });
    const { caseStudy: anonymous } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', publishAnonymously: true });
    const { caseStudy: draft } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'draft' });
    const { caseStudy: archived } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'archived' });
    const listed = async (query: string, session?: TestSession) => {
      const response = await withSession(t.http.get(`/api/v1/case-studies?municipality=${bursa.id}&${query}`), session);
      expect(response.status).toBe(200);
      return (response.body as Page<CaseStudySummary>).items;
    };

    for (const session of [undefined, darmstadtStaff, bursaStaff, moderator]) {
      const items = await listed('public=true&per_page=100', session);
      expect(items.map((item) => item.id)).toEqual([named.id]);
      expect(items[0]).toMatchObject({ status: 'published', municipality: { id: bursa.id } });
    }
    // Without it, the town's own staff still get their whole list (their "my municipality" page).
    const own = (await listed('per_page=100', bursaStaff)).map((item) => item.id);
    expect(own).toEqual(expect.arrayContaining([named.id, anonymous.id, draft.id, archived.id]));
    expect((await t.http.get(`/api/v1/case-studies?public=yes`)).status).toBe(400);
  });

  it('shows what a town adapts and who adapts its practices, with their status, and no adaptation of an anonymous or archived practice', async () => {
    const { caseStudy: bursaPractice } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published' });
    const { caseStudy: bursaAnonymous } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', publishAnonymously: true });
    const { caseStudy: darmstadtPractice } = await insertCaseStudy(t.dataSource, { municipalityId: darmstadt.id, status: 'published' });
    const { caseStudy: darmstadtLater } = await insertCaseStudy(t.dataSource, { municipalityId: darmstadt.id, status: 'published' });
    const travelled = await adapt(bursaPractice.id, darmstadtStaff);
    const hiddenTravel = await adapt(bursaAnonymous.id, darmstadtStaff);
    const adopted = await adapt(darmstadtPractice.id, bursaStaff);
    const withdrawn = await adapt(darmstadtLater.id, bursaStaff);
    expect((await withSession(t.http.post(`/api/v1/adaptations/${adopted.id}/check-ins`), bursaStaff).send({ status: 'planning', note: 'Council said yes.', results: '' })).status).toBe(201);
    await t.dataSource.query(`UPDATE case_studies SET status = 'archived' WHERE id = $1`, [darmstadtLater.id]);

    for (const session of [undefined, bursaStaff, moderator]) {
      const bursaPage = await townAdaptations(bursa.id, session);
      expect(bursaPage.ofOtherPractices.map((entry) => [entry.caseStudy.id, entry.municipality.id, entry.status])).toEqual([[darmstadtPractice.id, bursa.id, 'planning']]);
      expect(bursaPage.ofItsPractices.map((entry) => [entry.caseStudy.title, entry.municipality.nameLocal, entry.status])).toEqual([[bursaPractice.content.title, 'Darmstadt', 'exploring']]);
      const text = JSON.stringify(bursaPage);
      for (const hidden of [bursaAnonymous.id, hiddenTravel.id, withdrawn.id, darmstadtLater.id]) expect(text).not.toContain(hidden);
    }
    // Darmstadt's page: its adaptation of Bursa's named practice, not of the anonymous one.
    const darmstadtPage = await townAdaptations(darmstadt.id);
    expect(darmstadtPage.ofOtherPractices.map((entry) => entry.id)).toEqual([travelled.id]);
    expect(darmstadtPage.ofItsPractices.map((entry) => entry.id)).toEqual([adopted.id]);
  });

  it('answers an unknown town with 404 and a malformed id with 400', async () => {
    const unknown = await t.http.get('/api/v1/municipalities/00000000-0000-4000-8000-000000000000/adaptations');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('municipality_not_found');
    expect((await t.http.get('/api/v1/municipalities/not-an-id/adaptations')).status).toBe(400);
    const empty = await townAdaptations((await insertMunicipality(t.dataSource)).id);
    expect(empty).toEqual({ ofOtherPractices: [], ofItsPractices: [] });
  });

  it('keeps a region’s and a twinning’s wording in each interface language, and refuses an unknown language, a null or an over-long one', async () => {
    const admin = await startSession(t, (await insertUser(t.dataSource, { role: 'admin' })).id);
    const send = (method: 'post' | 'patch', url: string, body: object) => withSession(t.http[method](url), admin).send(body);
    const input = { nameLocal: 'Eskişehir', nameEn: 'Eskisehir', country: 'TR', region: 'İç Anadolu', population: 900_000, populationYear: 2024, kind: 'metropolitan', latitude: 39.8, longitude: 30.5, website: null };

    const created = await send('post', '/api/v1/admin/municipalities', { ...input, regionVariants: { en: ' Central Anatolia ', de: 'Zentralanatolien' } });
    expect(created.status).toBe(201);
    expect(created.body.regionVariants).toEqual({ en: 'Central Anatolia', de: 'Zentralanatolien' });
    const twinning = await send('post', '/api/v1/admin/partnerships', { municipalityIds: [created.body.id, darmstadt.id], sinceYear: 2010, status: 'active', programme: null, description: 'Ortak kültür projeleri.', descriptionVariants: { de: 'Gemeinsame Kulturprojekte.' } });
    expect(twinning.status).toBe(201);
    expect((twinning.body as Partnership).descriptionVariants).toEqual({ de: 'Gemeinsame Kulturprojekte.' });

    const page = (await t.http.get(`/api/v1/municipalities/${darmstadt.id}`)).body as MunicipalityDetail;
    expect(page.partners.find((partner) => partner.municipality.id === created.body.id)).toMatchObject({ description: 'Ortak kültür projeleri.', descriptionVariants: { de: 'Gemeinsame Kulturprojekte.' } });

    for (const regionVariants of [{ fr: 'Anatolie centrale' }, null, { tr: 'x'.repeat(201) }, 'Central Anatolia']) {
      const refused = await send('patch', `/api/v1/admin/municipalities/${created.body.id}`, { regionVariants });
      expect({ regionVariants, status: refused.status }).toEqual({ regionVariants, status: 400 });
    }
    const town = (await t.http.get(`/api/v1/municipalities/${created.body.id}`)).body as MunicipalityDetail;
    expect(town.regionVariants).toEqual({ en: 'Central Anatolia', de: 'Zentralanatolien' });
    expect((await send('patch', `/api/v1/admin/municipalities/${created.body.id}`, { regionVariants: { tr: 'İç Anadolu' } })).body.regionVariants).toEqual({ tr: 'İç Anadolu' });
  });
});
