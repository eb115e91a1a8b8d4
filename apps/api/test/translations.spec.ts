import { type CaseStudyDetail, type CaseStudySummary, type Notification, type NotificationList, type Page, type SearchHit, type SearchResponse, type TranslationQueueItem, type TranslationRevision } from '@twinning/contracts';
import { findFreePort } from '../src/local-services/local-service';
import { type MunicipalityEntity } from '../src/municipalities/municipality.entity';
import { insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality, insertPartnership } from './factories/municipality.factory';
import { germanTexts, turkishContent } from './factories/translation.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

/** Meilisearch takes its time on a loaded machine: how long a change may take to reach a search. */
const SEARCH_WAIT_MS = 120_000;

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
  const read = (query = '', acceptLanguage?: string, id = caseStudyId) => {
    const request = t.http.get(`/api/v1/case-studies/${id}${query}`);
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
    // The indicators' names and units and the failure notes are texts to translate too, each the original has.
    const noName = await expectStatus<{ details: { field: string }[] }>(translate(darmstadtStaff, { language: 'de', texts: germanTexts(original, { 'indicators[0].name': '' }) }), 400);
    expect(noName.details.map((detail) => detail.field)).toEqual(['texts.indicators[0].name']);
    const extra = await expectStatus<{ details: { field: string }[] }>(translate(darmstadtStaff, { language: 'de', texts: { ...germanTexts(original), 'indicators[3].name': 'Fahrten' } }), 400);
    expect(extra.details.map((detail) => detail.field)).toEqual(['texts.indicators[3].name']);
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
    expect(review.originalTexts['indicators[0].name']).toBe('Daily cycling trips');
    expect(review.texts['indicators[0].name']).toBe('Deutsch: indicators[0].name übersetzt');
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
    expect(german.published!.content.indicators).toEqual([{ name: 'Deutsch: indicators[0].name übersetzt', unit: 'Deutsch: indicators[0].unit übersetzt', baseline: 800, target: 2000, achieved: 2400, sdgTarget: '11.2', unIndicator: '11.2.1' }]);
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
        // A word of no version finds nothing ("Fahrradstraße" would: it begins with a glossary word, "Fahrrad").
        expect(await search(app, 'q=Weinlese')).toEqual([]);
      }
      const [highlighted] = await search(t, 'q=Radwege&lang=de');
      expect(highlighted.highlight.title).toContain('\uE000Radwege\uE001');
    } finally {
      await degraded.close();
    }
  });

  it('is what the cards show a reader in its language: the list, the featured and the town’s cards', async () => {
    const cards = async (query: string, session?: TestSession, acceptLanguage?: string) => {
      const request = as(session).get(`/api/v1/case-studies?${query}`);
      const page = await expectStatus<Page<CaseStudySummary>>(acceptLanguage ? request.set('Accept-Language', acceptLanguage) : request, 200);
      return page.items.find((item) => item.id === caseStudyId);
    };
    const german = { title: 'Geschützte Radwege an der Küstenstraße', summary: expect.stringContaining('Zwölf Kilometer'), language: 'tr', shownLanguage: 'de' };
    const turkish = { title: 'Sahil yolunda korumalı bisiklet yolları', language: 'tr', shownLanguage: 'tr' };
    expect(await cards('status=published&lang=de')).toMatchObject(german);
    expect(await cards('status=published', undefined, 'de-DE,de;q=0.9')).toMatchObject(german);
    expect(await cards('status=published&lang=tr', undefined, 'de')).toMatchObject(turkish);
    expect(await cards('status=published&lang=fr')).toMatchObject(turkish);
    expect(await cards(`municipality=${bursa.id}&lang=de`, lyonStaff)).toMatchObject(german);
    // Its own staff's cards show their working copy, which is the original.
    expect(await cards(`municipality=${bursa.id}&lang=de`, bursaStaff)).toMatchObject(turkish);
    await expectStatus(as(moderator).post(`/api/v1/case-studies/${caseStudyId}/feature`, { featured: true }), 200);
    expect(await cards('featured=true&lang=de')).toMatchObject(german);
    await expectStatus(t.http.get('/api/v1/case-studies?lang=klingon'), 400);
  });

  it('is how similar practices show it to a reader in its language', async () => {
    const german = { title: 'Geschützte Radwege an der Küstenstraße', language: 'tr', shownLanguage: 'de' };
    const turkish = { title: 'Sahil yolunda korumalı bisiklet yolları', language: 'tr', shownLanguage: 'tr' };
    // A second practice on the same themes (Meilisearch finds similar practices) lists this one.
    const { caseStudy: neighbour } = await insertCaseStudy(t.dataSource, {
      municipalityId: darmstadt.id,
      status: 'published',
      content: turkishContent({ title: 'Sahil yolunda bisiklet park yerleri', language: 'tr', partnerMunicipalityIds: [] }),
    });
    await t.dataSource.query(`INSERT INTO search_outbox (case_study_id) VALUES ($1)`, [neighbour.id]);
    const similar = async (query: string, acceptLanguage?: string) => {
      const request = t.http.get(`/api/v1/case-studies/${neighbour.id}/similar${query}`);
      return (await expectStatus<SearchHit[]>(acceptLanguage ? request.set('Accept-Language', acceptLanguage) : request, 200)).find((hit) => hit.id === caseStudyId);
    };
    await waitUntil('the neighbour to be indexed with this one as similar', async () => (await similar('')) !== undefined, SEARCH_WAIT_MS);
    expect(await similar('?lang=de')).toMatchObject(german);
    expect(await similar('', 'de;q=0.9, fr')).toMatchObject(german);
    expect(await similar('?lang=tr', 'de')).toMatchObject(turkish);
    expect(await similar('')).toMatchObject(turkish);
    await expectStatus(t.http.get(`/api/v1/case-studies/${neighbour.id}/similar?lang=klingon`), 400);
  }, 2 * SEARCH_WAIT_MS);

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

  it('marks, for the moderators and the town, what in the translation of an anonymous case study could name its town', async () => {
    const { caseStudy: anonymous } = await insertCaseStudy(t.dataSource, {
      municipalityId: bursa.id,
      status: 'published',
      publishAnonymously: true,
      content: turkishContent({ title: 'Gece otobüsleri', outcome: 'failure', failureCauses: [{ cause: 'funding', note: 'Hibe bitti.' }], failureStage: 'operation', partnerMunicipalityIds: [] }),
      createdById: bursaStaffId,
      submittedById: bursaStaffId,
    });
    const original = (await read('', undefined, anonymous.id)).published!.content;
    const submitted = await expectStatus<TranslationRevision>(
      as(darmstadtStaff).post(`/api/v1/case-studies/${anonymous.id}/translations`, { language: 'de', texts: germanTexts(original, { whatDidNotWork: 'Das Depot von BURSA lag zu weit vom Hafen entfernt.', summary: 'Nachtbusse, die Ayşe Yılmaz plante.' }) }),
      201,
    );
    // The translators of an anonymous case study are not told which of their texts name the town: the kinds would tell them the town.
    expect(submitted).toMatchObject({ anonymous: true, identifyingTerms: [], translator: null });
    expect(await expectStatus<TranslationRevision>(as(darmstadtStaff).get(`/api/v1/translation-revisions/${submitted.id}`), 200)).toMatchObject({ identifyingTerms: [] });

    for (const session of [moderator, bursaStaff]) {
      const review = await expectStatus<TranslationRevision>(as(session).get(`/api/v1/translation-revisions/${submitted.id}`), 200);
      expect(review.anonymous).toBe(true);
      expect(review.identifyingTerms).toEqual(
        expect.arrayContaining([
          { text: 'BURSA', kind: 'town', fields: ['whatDidNotWork'] },
          { text: 'Ayşe Yılmaz', kind: 'person', fields: ['summary'] },
        ]),
      );
    }
    // Nothing is refused for it: the moderator decides.
    const approved = await expectStatus<TranslationRevision>(as(moderator).post(`/api/v1/moderation/translation-revisions/${submitted.id}/decision`, { decision: 'approve', comment: '' }), 200);
    expect(approved.identifyingTerms).toEqual(expect.arrayContaining([{ text: 'BURSA', kind: 'town', fields: ['whatDidNotWork'] }]));
    // Its failure note is read in the reader's language too.
    expect((await read('?lang=de', undefined, anonymous.id)).published!.content.failureCauses).toEqual([{ cause: 'funding', note: 'Deutsch: failureCauses[0].note übersetzt' }]);
    // A named case study's translation is not searched for names.
    const [latestNamed] = (await t.dataSource.query(
      `SELECT r.id FROM case_study_translation_revisions r JOIN case_study_translations tr ON tr.id = r.translation_id WHERE tr.case_study_id = $1 ORDER BY r.number DESC LIMIT 1`,
      [caseStudyId],
    )) as { id: string }[];
    const named = await expectStatus<TranslationRevision>(as(moderator).get(`/api/v1/translation-revisions/${latestNamed.id}`), 200);
    expect(named).toMatchObject({ anonymous: false, identifyingTerms: [] });
  });
});
