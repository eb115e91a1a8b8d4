import { type CaseStudyDetail, type Notification, type NotificationList, type Page, type SearchResponse, type TranslationQueueItem, type TranslationRevision } from '@twinning/contracts';
import { findFreePort } from '../src/local-services/local-service';
import { type MunicipalityEntity } from '../src/municipalities/municipality.entity';
import { insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality, insertPartnership } from './factories/municipality.factory';
import { germanTexts, turkishContent } from './factories/translation.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

/**
 * A translation's life: written by a partner town's staff, refused to a stranger town, reviewed,
 * read by Accept-Language or `?lang=`, found by a search in its language (Meilisearch and the
 * PostgreSQL fallback), out of date after the original's next approved revision, and updated.
 */
describe('translations of a case study', () => {
  let t: TestApp;
  let bursa: MunicipalityEntity;
  let darmstadt: MunicipalityEntity;
  let bursaStaff: TestSession;
  let darmstadtStaff: TestSession;
  let lyonStaff: TestSession;
  let moderator: TestSession;
  let caseStudyId: string;
  let darmstadtStaffId: string;
  let bursaStaffId: string;

  const as = (session: TestSession | undefined) => ({
    get: (url: string) => withSession(t.http.get(url), session),
    post: (url: string, body: object) => withSession(t.http.post(url), session).send(body),
    patch: (url: string, body: object) => withSession(t.http.patch(url), session).send(body),
  });
  const expectStatus = async <T>(pending: PromiseLike<{ status: number; body: unknown }>, status: number): Promise<T> => {
    const response = await pending;
    expect({ status: response.status, body: response.status === status ? undefined : response.body }).toEqual({ status, body: undefined });
    return response.body as T;
  };
  const translate = (session: TestSession, body: object) => as(session).post(`/api/v1/case-studies/${caseStudyId}/translations`, body);
  const read = (query = '', acceptLanguage?: string) => {
    const request = t.http.get(`/api/v1/case-studies/${caseStudyId}${query}`);
    return expectStatus<CaseStudyDetail>(acceptLanguage ? request.set('Accept-Language', acceptLanguage) : request, 200);
  };
  const notificationsOf = async (session: TestSession): Promise<Notification[]> => (await expectStatus<NotificationList>(as(session).get('/api/v1/notifications'), 200)).items;
  const outboxDrained = async () => (await t.dataSource.query(`SELECT count(*)::int AS count FROM search_outbox`))[0].count === 0;
  const approveLatestOriginalRevision = async () => {
    const [revision] = await expectStatus<{ id: string }[]>(as(moderator).get(`/api/v1/case-studies/${caseStudyId}/revisions`), 200);
    await expectStatus(as(moderator).post(`/api/v1/moderation/revisions/${revision.id}/decision`, { decision: 'approve', comment: '', sectionComments: {} }), 200);
  };
  const waitingRevision = async (): Promise<TranslationQueueItem> => {
    const queue = await expectStatus<Page<TranslationQueueItem>>(as(moderator).get('/api/v1/moderation/translations'), 200);
    expect(queue.items).toHaveLength(1);
    return queue.items[0];
  };

  beforeAll(async () => {
    t = await createTestApp();
    bursa = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa', kind: 'metropolitan' });
    darmstadt = await insertMunicipality(t.dataSource, { nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE', latitude: 49.9, longitude: 8.6 });
    const lyon = await insertMunicipality(t.dataSource, { nameLocal: 'Lyon', nameEn: 'Lyon', country: 'FR', latitude: 45.7, longitude: 4.8 });
    await insertPartnership(t.dataSource, bursa, darmstadt);
    bursaStaffId = (await insertUser(t.dataSource, { municipalityId: bursa.id })).id;
    darmstadtStaffId = (await insertUser(t.dataSource, { municipalityId: darmstadt.id })).id;
    bursaStaff = await startSession(t, bursaStaffId);
    darmstadtStaff = await startSession(t, darmstadtStaffId);
    lyonStaff = await startSession(t, (await insertUser(t.dataSource, { municipalityId: lyon.id })).id);
    moderator = await startSession(t, (await insertUser(t.dataSource, { role: 'moderator' })).id);
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', content: turkishContent(), createdById: bursaStaffId, submittedById: bursaStaffId });
    caseStudyId = caseStudy.id;
  });

  afterAll(async () => {
    await t?.close();
  });

  it('is written by staff of a partner town, refused to a stranger town, and checked against the original', async () => {
    const original = (await read()).published!.content;
    expect((await expectStatus<CaseStudyDetail>(as(darmstadtStaff).get(`/api/v1/case-studies/${caseStudyId}`), 200)).mayTranslate).toBe(true);
    expect((await expectStatus<CaseStudyDetail>(as(lyonStaff).get(`/api/v1/case-studies/${caseStudyId}`), 200)).mayTranslate).toBe(false);

    await expectStatus(translate(lyonStaff, { language: 'fr', texts: germanTexts(original) }), 403);
    const missing = await expectStatus<{ details: { field: string }[] }>(translate(darmstadtStaff, { language: 'de', texts: germanTexts(original, { results: '  ' }) }), 400);
    expect(missing.details.map((detail) => detail.field)).toEqual(['texts.results']);
    await expectStatus(translate(darmstadtStaff, { language: 'tr', texts: germanTexts(original) }), 409);
    await expectStatus(translate(darmstadtStaff, { language: 'xx', texts: germanTexts(original) }), 400);
    expect((await t.dataSource.query(`SELECT count(*)::int AS count FROM case_study_translation_revisions`))[0].count).toBe(0);

    const submitted = await expectStatus<TranslationRevision>(translate(darmstadtStaff, { language: 'de', texts: germanTexts(original) }), 201);
    expect(submitted).toMatchObject({ number: 1, status: 'submitted', language: 'de', originalLanguage: 'tr', translator: { id: darmstadt.id } });
    // One revision waits at a time.
    await expectStatus(translate(darmstadtStaff, { language: 'de', texts: germanTexts(original) }), 409);
    // Not public before a moderator approves it.
    const beforeReview = await read('?lang=de');
    expect(beforeReview.published).toMatchObject({ translation: null, versions: [{ language: 'tr', original: true }] });
    expect(beforeReview.published!.content.title).toBe(original.title);
  });

  it('tells the town and its partners when someone asks for a translation', async () => {
    await expectStatus(as(lyonStaff).post(`/api/v1/case-studies/${caseStudyId}/translation-requests`, { language: 'fr' }), 204);
    for (const session of [bursaStaff, darmstadtStaff]) {
      expect(await notificationsOf(session)).toContainEqual(expect.objectContaining({ kind: 'translation_requested', caseStudyId, language: 'fr' }));
    }
    expect(await notificationsOf(lyonStaff)).toEqual([]);
    await expectStatus(as(lyonStaff).post(`/api/v1/case-studies/${caseStudyId}/translation-requests`, { language: 'tr' }), 409);
    await expectStatus(as(moderator).post(`/api/v1/case-studies/${caseStudyId}/translation-requests`, { language: 'fr' }), 403);
  });

  it('is reviewed side by side with the original, and a rejection needs a reason', async () => {
    const item = await waitingRevision();
    expect(item).toMatchObject({ caseStudyId, language: 'de', originalLanguage: 'tr', translator: { id: darmstadt.id }, update: false });
    const review = await expectStatus<TranslationRevision>(as(moderator).get(`/api/v1/translation-revisions/${item.revisionId}`), 200);
    expect(review.originalTexts.title).toBe('Sahil yolunda korumalı bisiklet yolları');
    expect(review.texts.title).toBe('Geschützte Radwege an der Küstenstraße');
    await expectStatus(as(lyonStaff).get(`/api/v1/translation-revisions/${item.revisionId}`), 403);
    await expectStatus(as(darmstadtStaff).get(`/api/v1/translation-revisions/${item.revisionId}`), 200);

    await expectStatus(as(moderator).post(`/api/v1/moderation/translation-revisions/${item.revisionId}/decision`, { decision: 'reject', comment: ' ' }), 400);
    const approved = await expectStatus<TranslationRevision>(as(moderator).post(`/api/v1/moderation/translation-revisions/${item.revisionId}/decision`, { decision: 'approve', comment: '' }), 200);
    expect(approved.status).toBe('approved');
    await expectStatus(as(moderator).post(`/api/v1/moderation/translation-revisions/${item.revisionId}/decision`, { decision: 'reject', comment: 'Too late' }), 409);
    expect(await notificationsOf(darmstadtStaff)).toContainEqual(expect.objectContaining({ kind: 'translation_decision', decision: 'approve', language: 'de' }));
  });

  it('is what a reader gets in its language, by Accept-Language or ?lang=, with the original a click away', async () => {
    const german = await read('', 'de-DE,de;q=0.9,en;q=0.5');
    expect(german.published).toMatchObject({
      translation: { language: 'de', originalLanguage: 'tr', translator: { id: darmstadt.id, nameLocal: 'Darmstadt' }, outdatedSections: [] },
      versions: [
        { language: 'tr', original: true },
        { language: 'de', original: false, outdatedSections: [] },
      ],
    });
    expect(german.published!.content).toMatchObject({ title: 'Geschützte Radwege an der Küstenstraße', language: 'de', results: 'Deutsch: results übersetzt', budgetAmount: 1_200_000 });
    expect((await read('?lang=de')).published!.content.title).toBe('Geschützte Radwege an der Küstenstraße');
    // The original, asked for by name, wins over the header; a language without a translation gets the original.
    expect((await read('?lang=tr', 'de')).published).toMatchObject({ translation: null, content: { title: 'Sahil yolunda korumalı bisiklet yolları' } });
    expect((await read('?lang=fr')).published!.translation).toBeNull();
    expect((await read('', 'fr, en;q=0.8')).published!.translation).toBeNull();
    await expectStatus(t.http.get(`/api/v1/case-studies/${caseStudyId}?lang=klingon`), 400);
  });

  it('is found by a word of its own language, Meilisearch or PostgreSQL, the hit shown in the reader’s language', async () => {
    await waitUntil('the translation to be indexed', outboxDrained);
    const search = async (app: TestApp, query: string) => (await expectStatus<SearchResponse>(app.http.get(`/api/v1/search?${query}`), 200)).hits;
    const degraded = await createTestApp({ DATABASE_URL: t.config.databaseUrl, MEILI_HOST: `http://127.0.0.1:${await findFreePort()}` });
    try {
      for (const app of [t, degraded]) {
        // A German word finds the German translation of the Turkish practice…
        const [german] = await search(app, 'q=Radwege&lang=de');
        expect(german).toMatchObject({ id: caseStudyId, title: 'Geschützte Radwege an der Küstenstraße', language: 'tr', shownLanguage: 'de' });
        // …shown in Turkish to a Turkish reader, and a Turkish word finds it for a German one.
        expect(await search(app, 'q=Radwege&lang=tr')).toEqual([expect.objectContaining({ id: caseStudyId, title: 'Sahil yolunda korumalı bisiklet yolları', shownLanguage: 'tr' })]);
        expect(await search(app, 'q=bisiklet&lang=de')).toEqual([expect.objectContaining({ id: caseStudyId, shownLanguage: 'de' })]);
        // A word of no version finds nothing.
        expect(await search(app, 'q=Fahrradstraße')).toEqual([]);
      }
      const [highlighted] = await search(t, 'q=Radwege&lang=de');
      expect(highlighted.highlight.title).toContain('\uE000Radwege\uE001');
    } finally {
      await degraded.close();
    }
  });

  it('is out of date, with the sections that changed, once the original has a new approved revision; a new revision brings it up to date', async () => {
    const owner = await expectStatus<CaseStudyDetail>(as(bursaStaff).get(`/api/v1/case-studies/${caseStudyId}`), 200);
    const edited = await expectStatus<CaseStudyDetail>(
      as(bursaStaff).patch(`/api/v1/case-studies/${caseStudyId}`, { version: owner.draft!.version, content: { results: 'Koridordaki bisiklet yolculukları dörde katlandı.', budgetAmount: 1_300_000 } }),
      200,
    );
    await expectStatus(as(bursaStaff).post(`/api/v1/case-studies/${caseStudyId}/submit`, { version: edited.draft!.version }), 200);
    // Until a moderator approves the original's revision, the translation is current.
    expect((await read('?lang=de')).published!.translation!.outdatedSections).toEqual([]);
    await approveLatestOriginalRevision();

    const outdated = await read('?lang=de');
    expect(outdated.published!.translation!.outdatedSections).toEqual(['story']);
    expect(outdated.published!.versions[1]).toEqual({ language: 'de', original: false, outdatedSections: ['story'] });
    // The numbers are the original's, so they are current: only the texts can be behind.
    expect(outdated.published!.content).toMatchObject({ budgetAmount: 1_300_000, results: 'Deutsch: results übersetzt' });

    const original = (await read('?lang=tr')).published!.content;
    await expectStatus(translate(darmstadtStaff, { language: 'de', texts: germanTexts(original, { results: 'Die Radfahrten haben sich vervierfacht.' }) }), 201);
    const update = await waitingRevision();
    expect(update.update).toBe(true);
    await expectStatus(as(moderator).post(`/api/v1/moderation/translation-revisions/${update.revisionId}/decision`, { decision: 'approve', comment: '' }), 200);
    const current = await read('?lang=de');
    expect(current.published).toMatchObject({ translation: { outdatedSections: [] }, content: { results: 'Die Radfahrten haben sich vervierfacht.' } });
  });
});
