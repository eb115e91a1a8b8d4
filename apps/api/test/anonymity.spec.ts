import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { type Adaptation, type CaseStudyDetail, type CaseStudyRevision, type DiscussionPost, type TranslationRevision } from '@twinning/contracts';
import { findFreePort } from '../src/local-services/local-service';
import { type MunicipalityEntity } from '../src/municipalities/municipality.entity';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality, insertPartnership } from './factories/municipality.factory';
import { germanTexts } from './factories/translation.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

/**
 * Anonymity, proven on every GET route the API describes: a table of routes is not kept here,
 * so a route added later is walked too. The town of the anonymous case studies below must not
 * show in anything that mentions them, and nothing asked about the town (or its partners) may
 * answer with them — for a visitor and for staff of a partner town, with Meilisearch up and down.
 */

interface Walk {
  /** Values that name the anonymous town: none may be in a response that mentions an anonymous case study. */
  identifiers: string[];
  /** Values that narrow a request to the town or its partners: an answer to such a request must not hold an anonymous case study. */
  narrowing: string[];
  /** Ids and titles of the anonymous case studies. */
  markers: string[];
  /** Every id worth putting into a path parameter. */
  pathValues: string[];
}

interface Finding {
  url: string;
  status: number;
  problem: string;
}

const failureContent = (title: string, extra: Parameters<typeof completeContent>[0] = {}) =>
  completeContent({
    title,
    summary: `${title}: what we learned.`,
    outcome: 'failure',
    failureCauses: [{ cause: 'funding', note: 'The grant ended before the pilot did.' }],
    failureStage: 'operation',
    salvaged: 'The sensors were reused in schools.',
    contactName: 'Zeynep Gizlioğlu',
    contactEmail: 'z.gizlioglu@gizlikent.bel.tr',
    themes: ['water_waste'],
    sdgs: [12],
    ...extra,
  });

describe('an anonymous case study never reveals its town', () => {
  let t: TestApp;
  let degraded: TestApp;
  let hidden: MunicipalityEntity;
  let partner: MunicipalityEntity;
  let walk: Walk;
  let partnerSession: TestSession;
  let moderatorSession: TestSession;
  let writeUpId: string;
  let translatedId: string;

  const as = (app: TestApp, session: TestSession | undefined) => ({
    get: (url: string) => withSession(app.http.get(url), session),
    post: (url: string, body: object) => withSession(app.http.post(url), session).send(body),
    patch: (url: string, body: object) => withSession(app.http.patch(url), session).send(body),
  });
  const expectStatus = async <T>(pending: PromiseLike<{ status: number; body: unknown }>, status: number): Promise<T> => {
    const response = await pending;
    expect({ status: response.status, body: response.status === status ? undefined : response.body }).toEqual({ status, body: undefined });
    return response.body as T;
  };

  beforeAll(async () => {
    t = await createTestApp();
    hidden = await insertMunicipality(t.dataSource, { nameLocal: 'Gizlikent', nameEn: 'Hiddenton', kind: 'district', website: 'https://www.gizlikent.bel.tr', latitude: 40.2, longitude: 28.9 });
    partner = await insertMunicipality(t.dataSource, { nameLocal: 'Ortakköy', nameEn: 'Partnerville', latitude: 38.4, longitude: 27.1 });
    const source = await insertMunicipality(t.dataSource, { nameLocal: 'Quelldorf', nameEn: 'Sourceford', country: 'DE', latitude: 49.9, longitude: 8.6 });
    const partnership = await insertPartnership(t.dataSource, hidden, partner);
    await insertPartnership(t.dataSource, partner, source);

    const hiddenStaff = await insertUser(t.dataSource, { municipalityId: hidden.id, email: 'z.gizlioglu@gizlikent.bel.tr' });
    await t.dataSource.query(`UPDATE users SET display_name = 'Zeynep Gizlioğlu' WHERE id = $1`, [hiddenStaff.id]);
    const partnerStaff = await insertUser(t.dataSource, { municipalityId: partner.id });
    const moderator = await insertUser(t.dataSource, { role: 'moderator' });
    const hiddenSession = await startSession(t, hiddenStaff.id);
    partnerSession = await startSession(t, partnerStaff.id);
    moderatorSession = await startSession(t, moderator.id);

    // Plain: published without naming its town.
    const { caseStudy: plain } = await insertCaseStudy(t.dataSource, { municipalityId: hidden.id, status: 'published', publishAnonymously: true, content: failureContent('Smart water meters nobody read') });
    // Translated into German by the partner town, and approved: its translator must not be named.
    const translation = await expectStatus<TranslationRevision>(as(t, partnerSession).post(`/api/v1/case-studies/${plain.id}/translations`, { language: 'de', texts: germanTexts(plain.content) }), 201);
    await expectStatus(as(t, moderatorSession).post(`/api/v1/moderation/translation-revisions/${translation.id}/decision`, { decision: 'approve', comment: '' }), 200);
    translatedId = plain.id;
    // With a question from the partner town, answered by the town's staff.
    const { caseStudy: asked } = await insertCaseStudy(t.dataSource, { municipalityId: hidden.id, status: 'published', publishAnonymously: true, content: failureContent('A repair café that closed in a year') });
    const question = await expectStatus<DiscussionPost>(as(t, partnerSession).post(`/api/v1/case-studies/${asked.id}/questions`, { body: 'Who ran the café day to day?' }), 201);
    await expectStatus(as(t, hiddenSession).post(`/api/v1/questions/${question.id}/answers`, { body: 'Volunteers, until they moved away.' }), 201);
    // Adapted by the partner town.
    const { caseStudy: adapted } = await insertCaseStudy(t.dataSource, { municipalityId: hidden.id, status: 'published', publishAnonymously: true, content: failureContent('Deposit bottles in corner shops') });
    const partnersAdaptation = await expectStatus<Adaptation>(
      as(t, partnerSession).post(`/api/v1/case-studies/${adapted.id}/adaptations`, { localContext: 'Three shops agreed to try.', changes: 'Cans as well as bottles.', plannedSteps: 'Start in spring.' }),
      201,
    );
    // A write-up of the town's own discontinued adaptation of another town's practice.
    const { caseStudy: original } = await insertCaseStudy(t.dataSource, { municipalityId: source.id, status: 'published', content: completeContent({ title: 'Neighbourhood compost hubs', themes: ['water_waste'], sdgs: [12] }) });
    const ownAdaptation = await expectStatus<Adaptation>(
      as(t, hiddenSession).post(`/api/v1/case-studies/${original.id}/adaptations`, { localContext: 'Dense blocks with no gardens at all.', changes: 'Hubs in school yards.', plannedSteps: 'Two schools first.' }),
      201,
    );
    await expectStatus(as(t, hiddenSession).post(`/api/v1/adaptations/${ownAdaptation.id}/check-ins`, { status: 'discontinued', note: 'The schools could not staff the hubs.', results: '' }), 201);
    const draft = await expectStatus<CaseStudyDetail>(as(t, hiddenSession).post(`/api/v1/adaptations/${ownAdaptation.id}/case-study`, {}), 201);
    expect(draft.draft!.content.title).not.toContain('Gizlikent');
    const written = await expectStatus<CaseStudyDetail>(
      as(t, hiddenSession).patch(`/api/v1/case-studies/${draft.id}`, {
        version: draft.draft!.version,
        publishAnonymously: true,
        content: failureContent('Compost hubs in school yards did not last', { context: 'Dense blocks with no gardens.', partnerMunicipalityIds: [source.id] }),
      }),
      200,
    );
    await expectStatus(as(t, hiddenSession).post(`/api/v1/case-studies/${draft.id}/submit`, { version: written.draft!.version }), 200);
    const [revision] = await expectStatus<CaseStudyRevision[]>(as(t, moderatorSession).get(`/api/v1/case-studies/${draft.id}/revisions`), 200);
    await expectStatus(as(t, moderatorSession).post(`/api/v1/moderation/revisions/${revision.id}/decision`, { decision: 'approve', comment: '', sectionComments: {} }), 200);
    writeUpId = draft.id;

    const anonymous = [plain, asked, adapted].map((caseStudy) => ({ id: caseStudy.id, title: caseStudy.content.title }));
    anonymous.push({ id: draft.id, title: 'Compost hubs in school yards did not last' });
    const revisionIds = (await t.dataSource.query(`SELECT id FROM case_study_revisions WHERE case_study_id = ANY($1)`, [anonymous.map((item) => item.id)])) as { id: string }[];
    const postIds = (await t.dataSource.query(`SELECT id FROM discussion_posts`)) as { id: string }[];
    const notificationIds = (await t.dataSource.query(`SELECT id FROM notifications`)) as { id: string }[];
    const translationRevisionIds = (await t.dataSource.query(`SELECT id FROM case_study_translation_revisions`)) as { id: string }[];
    walk = {
      identifiers: [hidden.id, hidden.nameLocal, hidden.nameEn, hidden.slug, 'gizlikent', partnership.id, ownAdaptation.id, hiddenStaff.id, 'Gizlioğlu', hiddenStaff.email],
      narrowing: [hidden.id, hidden.nameLocal, hidden.nameEn, partner.id, ownAdaptation.id, partnership.id],
      markers: anonymous.flatMap((item) => [item.id, item.title]),
      pathValues: [
        ...anonymous.map((item) => item.id),
        ...revisionIds.map((row) => row.id),
        ...postIds.map((row) => row.id),
        ...notificationIds.map((row) => row.id),
        ...translationRevisionIds.map((row) => row.id),
        original.id,
        partnersAdaptation.id,
        ownAdaptation.id,
        hidden.id,
        partner.id,
        source.id,
        partnership.id,
      ],
    };
    await waitUntil('everything to be indexed', async () => (await t.http.get('/api/health')).body.searchOutbox?.pending === 0);
    // The same database, with no Meilisearch to answer: search falls back to PostgreSQL.
    degraded = await createTestApp({ DATABASE_URL: t.config.databaseUrl, MEILI_HOST: `http://127.0.0.1:${await findFreePort()}` });
  });

  afterAll(async () => {
    await degraded?.close();
    await t?.close();
  });

  /** Every GET route with its path and query parameters, as the OpenAPI description gives them. */
  const getRoutes = () => {
    const document = SwaggerModule.createDocument(t.app, new DocumentBuilder().build());
    return Object.entries(document.paths)
      .filter(([, operations]) => operations.get)
      .map(([path, operations]) => ({
        path,
        query: (operations.get!.parameters ?? []).flatMap((parameter) => ('in' in parameter && parameter.in === 'query' ? [parameter.name] : [])),
      }));
  };

  /** Each path parameter filled with every value of the pool; the route's query left empty or set to one narrowing value. */
  const urlsOf = (route: { path: string; query: string[] }): string[] => {
    let paths = [route.path];
    for (const parameter of route.path.match(/\{[^}]+\}/g) ?? []) {
      paths = paths.flatMap((path) => walk.pathValues.map((value) => path.replace(parameter, value)));
    }
    return paths.flatMap((path) => [
      path,
      ...route.query.flatMap((name) => walk.narrowing.map((value) => `${path}?${encodeURIComponent(name)}=${encodeURIComponent(value)}`)),
    ]);
  };

  const findLeaks = async (app: TestApp, session: TestSession | undefined): Promise<{ requests: number; findings: Finding[] }> => {
    const findings: Finding[] = [];
    let requests = 0;
    for (const route of getRoutes()) {
      for (const url of urlsOf(route)) {
        const response = await withSession(app.http.get(url), session);
        requests++;
        const text = response.text ?? '';
        const request = decodeURIComponent(url);
        const mentioned = walk.markers.some((marker) => request.includes(marker) || text.includes(marker));
        // A value the request itself carries may come back (an error naming the id asked for).
        const leaked = walk.identifiers.filter((identifier) => text.toLowerCase().includes(identifier.toLowerCase()) && !request.toLowerCase().includes(identifier.toLowerCase()));
        if (mentioned && leaked.length > 0) findings.push({ url, status: response.status, problem: `names the town (${leaked.join(', ')}) beside an anonymous case study` });
        const narrowed = walk.narrowing.some((value) => request.includes(value)) && !walk.markers.some((marker) => request.includes(marker));
        const answered = walk.markers.filter((marker) => text.includes(marker));
        if (narrowed && answered.length > 0) findings.push({ url, status: response.status, problem: `a request about the town or its partners answers with ${answered.join(', ')}` });
      }
    }
    return { requests, findings };
  };

  it.each(['visitor', 'staff of a partner town'])('holds on every GET route for a %s, with Meilisearch up and down', async (caller) => {
    const session = caller === 'visitor' ? undefined : partnerSession;
    for (const app of [t, degraded]) {
      const { requests, findings } = await findLeaks(app, session);
      expect(requests).toBeGreaterThan(500);
      expect(findings).toEqual([]);
    }
  }, 300_000);

  it('walks the routes that show the anonymous case studies, so a pass means something', async () => {
    // The walk reaches the anonymous stories through search, the export, lists and their own pages…
    const search = await t.http.get('/api/v1/search?q=compost');
    expect(search.body.hits.map((hit: { id: string }) => hit.id)).toContain(writeUpId);
    const exported = await t.http.get('/api/v1/search/export?format=csv');
    expect(exported.text).toContain(writeUpId);
    const fallback = await degraded.http.get('/api/v1/search?q=compost');
    expect(fallback.body).toMatchObject({ degraded: true });
    expect(fallback.body.hits.map((hit: { id: string }) => hit.id)).toContain(writeUpId);
    // …and its translation, in German, by a German word: "Translated from English", by no town.
    const german = await expectStatus<CaseStudyDetail>(as(t, undefined).get(`/api/v1/case-studies/${translatedId}?lang=de`), 200);
    expect(german.published!.translation).toMatchObject({ language: 'de', originalLanguage: 'en', translator: null });
    const translatedHits = await t.http.get('/api/v1/search?q=Radwege&lang=de');
    expect(translatedHits.body.hits).toEqual([expect.objectContaining({ id: translatedId, shownLanguage: 'de' })]);
    for (const session of [undefined, partnerSession]) {
      const text = (await as(t, session).get(`/api/v1/case-studies/${translatedId}?lang=de`)).text;
      for (const name of [partner.id, partner.nameLocal, partner.nameEn]) expect(text).not.toContain(name);
    }
    // The moderators are told who translated it.
    const told = await expectStatus<CaseStudyDetail>(as(t, moderatorSession).get(`/api/v1/case-studies/${translatedId}?lang=de`), 200);
    expect(told.published!.translation!.translator).toMatchObject({ id: partner.id });
    // …and the town is there to be found where it may be: the adaptation it stopped names it.
    expect((await t.http.get(`/api/v1/adaptations/${walk.identifiers[6]}`)).text).toContain('Gizlikent');
    // The moderators and the town itself still see everything.
    const full = await expectStatus<CaseStudyDetail>(as(t, moderatorSession).get(`/api/v1/case-studies/${writeUpId}`), 200);
    expect(full).toMatchObject({ municipality: { id: hidden.id }, adaptedFrom: { adaptationId: walk.identifiers[6] } });
  });
});

describe('how precisely an anonymous case study says where it comes from', () => {
  let t: TestApp;
  let staff: TestSession;
  let moderator: TestSession;
  let town: MunicipalityEntity;

  const origin = async (id: string) => ((await t.http.get(`/api/v1/case-studies/${id}`)).body as CaseStudyDetail).anonymousOrigin;
  const searchIds = async (query: string) => ((await t.http.get(`/api/v1/search?${query}`)).body.hits as { id: string }[]).map((hit) => hit.id);
  const drained = async () => (await t.http.get('/api/health')).body.searchOutbox?.pending === 0;

  beforeAll(async () => {
    t = await createTestApp({ ANONYMITY_MIN_TOWNS: '3' });
    town = await insertMunicipality(t.dataSource, { nameLocal: 'Gizlikent', nameEn: 'Hiddenton', kind: 'district', population: 80_000 });
    await insertMunicipality(t.dataSource, { nameLocal: 'Başkaköy', nameEn: 'Otherton', kind: 'town' });
    await insertMunicipality(t.dataSource, { nameLocal: 'Üçüncükent', nameEn: 'Thirdton', kind: 'town' });
    staff = await startSession(t, (await insertUser(t.dataSource, { municipalityId: town.id })).id);
    moderator = await startSession(t, (await insertUser(t.dataSource, { role: 'moderator' })).id);
  });

  afterAll(() => t.close());

  it('names the country while enough towns share it, the kind too once enough of that kind do, and takes no part in a size filter', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: town.id, status: 'published', publishAnonymously: true, content: failureContent('Solar benches that were stolen') });
    await waitUntil('the case study to be indexed', drained);
    // Three towns in Türkiye, one district: the country, not the kind.
    expect(await origin(caseStudy.id)).toEqual({ country: 'TR', kind: null });
    expect(await searchIds('country=TR')).toContain(caseStudy.id);
    expect(await searchIds('population_band=50k_250k')).not.toContain(caseStudy.id);
    const facets = (await t.http.get('/api/v1/search')).body.facets as Record<string, { value: string }[]>;
    expect(facets.population_band).toEqual([]);
    expect(facets.municipality).toEqual([]);

    // Two more districts: now three share country and kind, and the index learns it too.
    const admin = await startSession(t, (await insertUser(t.dataSource, { role: 'admin' })).id);
    for (const name of ['Dördüncü', 'Beşinci']) {
      const input = { nameLocal: name, nameEn: name, country: 'TR', region: 'Aegean', population: 90_000, populationYear: 2024, kind: 'district', latitude: 38.4, longitude: 27.1, website: null };
      expect((await withSession(t.http.post('/api/v1/admin/municipalities'), admin).send(input)).status).toBe(201);
    }
    expect(await origin(caseStudy.id)).toEqual({ country: 'TR', kind: 'district' });
    await waitUntil('the search document to name the kind', drained);
    const [hit] = (await t.http.get(`/api/v1/search?q=solar%20benches`)).body.hits;
    expect(hit.anonymousOrigin).toEqual({ country: 'TR', kind: 'district' });
    // Statistics count it under its country only while the country may be named.
    expect((await t.http.get('/api/v1/statistics')).body.byCountry).toEqual([{ key: 'TR', count: 1 }]);
  });

  it('turns anonymity on or off only when a moderator approves the revision, and marks what in the text could name the town', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, {
      municipalityId: town.id,
      status: 'published',
      content: failureContent('Night buses that ran empty', { whatDidNotWork: 'In Gizlikent the buses left from the old Hiddenton depot; Zeynep Gizlioğlu said so.' }),
    });
    const detail = (await withSession(t.http.get(`/api/v1/case-studies/${caseStudy.id}`), staff)).body as CaseStudyDetail;
    const saved = await withSession(t.http.patch(`/api/v1/case-studies/${caseStudy.id}`), staff).send({ version: detail.draft!.version, publishAnonymously: true });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ publishAnonymously: false, draft: { publishAnonymously: true } });
    // Readers still see the town: the wish waits for a moderator.
    expect(((await t.http.get(`/api/v1/case-studies/${caseStudy.id}`)).body as CaseStudyDetail).municipality).toMatchObject({ id: town.id });

    expect((await withSession(t.http.post(`/api/v1/case-studies/${caseStudy.id}/submit`), staff).send({ version: saved.body.draft.version })).status).toBe(200);
    const [revision] = (await withSession(t.http.get(`/api/v1/case-studies/${caseStudy.id}/revisions`), moderator)).body as CaseStudyRevision[];
    expect(revision.publishAnonymously).toBe(true);
    const review = (await withSession(t.http.get(`/api/v1/case-studies/${caseStudy.id}/revisions/${revision.id}`), moderator)).body as CaseStudyRevision;
    expect(review.identifyingTerms).toEqual(
      expect.arrayContaining([
        { text: 'Gizlikent', kind: 'town', fields: ['whatDidNotWork'] },
        { text: 'Hiddenton', kind: 'town', fields: ['whatDidNotWork'] },
        { text: 'Zeynep Gizlioğlu', kind: 'person', fields: expect.arrayContaining(['whatDidNotWork', 'contactName']) },
      ]),
    );
    expect(((await t.http.get(`/api/v1/case-studies/${caseStudy.id}`)).body as CaseStudyDetail).municipality).toMatchObject({ id: town.id });

    expect((await withSession(t.http.post(`/api/v1/moderation/revisions/${revision.id}/decision`), moderator).send({ decision: 'approve', comment: '', sectionComments: {} })).status).toBe(200);
    const after = (await t.http.get(`/api/v1/case-studies/${caseStudy.id}`)).body as CaseStudyDetail;
    expect(after).toMatchObject({ municipality: null, publishAnonymously: true });
    expect(JSON.stringify(after)).not.toContain(town.id);
  });
});
