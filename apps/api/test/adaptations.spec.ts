import { type Adaptation, type AdaptationSummary, CASE_STUDY_LIMITS, type CaseStudyDetail, type SearchResponse } from '@twinning/contracts';
import { type MunicipalityEntity } from '../src/municipalities/municipality.entity';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality, insertPartnership } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

describe('adapting a partner town’s practice', () => {
  let t: TestApp;
  let bursa: MunicipalityEntity;
  let darmstadt: MunicipalityEntity;
  let bursaStaff: TestSession;
  let darmstadtStaff: TestSession;
  let moderator: TestSession;
  const ids: Record<string, string> = {};

  const body = { localContext: 'Darmstadt’s old town has steep, narrow streets.', changes: 'Electric cargo bikes, because of the hills.', plannedSteps: 'A pilot with ten traders.' };
  const adapt = (caseStudyId: string, session: TestSession) => withSession(t.http.post(`/api/v1/case-studies/${caseStudyId}/adaptations`), session).send(body);
  const checkIn = (adaptationId: string, session: TestSession, status: string, note = 'Progress.') =>
    withSession(t.http.post(`/api/v1/adaptations/${adaptationId}/check-ins`), session).send({ status, note, results: '' });
  const notificationsOf = async (userId: string) =>
    (await t.dataSource.query(`SELECT kind, adaptation_id FROM notifications WHERE user_id = $1 ORDER BY created_at`, [userId])) as { kind: string; adaptation_id: string }[];

  beforeAll(async () => {
    t = await createTestApp();
    bursa = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa' });
    darmstadt = await insertMunicipality(t.dataSource, { nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE' });
    await insertPartnership(t.dataSource, bursa, darmstadt);
    ids.bursaStaff = (await insertUser(t.dataSource, { municipalityId: bursa.id })).id;
    ids.bursaColleague = (await insertUser(t.dataSource, { municipalityId: bursa.id })).id;
    ids.darmstadtStaff = (await insertUser(t.dataSource, { municipalityId: darmstadt.id })).id;
    ids.darmstadtColleague = (await insertUser(t.dataSource, { municipalityId: darmstadt.id })).id;
    ids.moderator = (await insertUser(t.dataSource, { role: 'moderator' })).id;
    bursaStaff = await startSession(t, ids.bursaStaff);
    darmstadtStaff = await startSession(t, ids.darmstadtStaff);
    moderator = await startSession(t, ids.moderator);
  });

  afterAll(() => t.close());

  it('starts an adaptation, tells the original town’s staff and no one else, and refuses a second one', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published' });
    const started = await adapt(caseStudy.id, darmstadtStaff);
    expect(started.status).toBe(201);
    const adaptation = started.body as Adaptation;
    expect(adaptation).toMatchObject({ status: 'exploring', municipality: { id: darmstadt.id }, caseStudy: { id: caseStudy.id }, checkIns: [], ...body });

    for (const userId of [ids.bursaStaff, ids.bursaColleague]) {
      expect(await notificationsOf(userId)).toEqual([{ kind: 'adaptation_started', adaptation_id: adaptation.id }]);
    }
    for (const userId of [ids.darmstadtStaff, ids.darmstadtColleague, ids.moderator]) expect(await notificationsOf(userId)).toEqual([]);

    const again = await adapt(caseStudy.id, darmstadtStaff);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_adapting');
    const travelled = (await t.http.get(`/api/v1/case-studies/${caseStudy.id}/adaptations`)).body as AdaptationSummary[];
    expect(travelled.map((entry) => [entry.municipality.nameLocal, entry.status])).toEqual([['Darmstadt', 'exploring']]);
  });

  it('refuses to adapt one’s own practice or one that is not published', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published' });
    const own = await adapt(caseStudy.id, bursaStaff);
    expect(own.status).toBe(409);
    expect(own.body.code).toBe('own_practice');
    for (const status of ['draft', 'submitted', 'archived'] as const) {
      const { caseStudy: unpublished } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status });
      expect((await adapt(unpublished.id, darmstadtStaff)).status).toBe(404);
    }
  });

  it('records check-ins along the lifecycle, refuses skipped or final steps, and keeps the reason for stopping', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published' });
    const adaptationId = ((await adapt(caseStudy.id, darmstadtStaff)).body as Adaptation).id;

    expect((await checkIn(adaptationId, darmstadtStaff, 'planning')).body.status).toBe('planning');
    expect((await checkIn(adaptationId, darmstadtStaff, 'planning', 'Budget line found.')).body.status).toBe('planning');
    const skipped = await checkIn(adaptationId, darmstadtStaff, 'implemented');
    expect(skipped.status).toBe(409);
    expect(skipped.body).toMatchObject({ code: 'invalid_adaptation_transition', details: [{ field: 'status', rule: 'wrong_state', reason: 'is planning' }] });
    expect((await checkIn(adaptationId, bursaStaff, 'piloting')).status).toBe(403);
    expect((await checkIn(adaptationId, darmstadtStaff, 'piloting', '   ')).status).toBe(400);
    expect((await checkIn(adaptationId, darmstadtStaff, 'piloting')).status).toBe(201);

    const stopped = await checkIn(adaptationId, darmstadtStaff, 'discontinued', 'The new council cut the budget.');
    expect(stopped.body).toMatchObject({ status: 'discontinued', discontinuedReason: 'The new council cut the budget.' });
    expect((await checkIn(adaptationId, darmstadtStaff, 'piloting')).status).toBe(409);

    const timeline = ((await t.http.get(`/api/v1/adaptations/${adaptationId}`)).body as Adaptation).checkIns.map((entry) => entry.status);
    expect(timeline).toEqual(['planning', 'planning', 'piloting', 'discontinued']);
    expect((await notificationsOf(ids.bursaColleague)).filter((n) => n.adaptation_id === adaptationId).map((n) => n.kind)).toEqual([
      'adaptation_started',
      'adaptation_check_in',
      'adaptation_check_in',
      'adaptation_check_in',
      'adaptation_check_in',
    ]);
  });

  it('counts adaptations into the search index, so "most adapted" puts them first', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', content: completeContent({ title: 'Market hall cargo bikes' }) });
    await adapt(caseStudy.id, darmstadtStaff);
    await waitUntil('the adaptation count to reach the index', async () => {
      const result = (await t.http.get('/api/v1/search?sort=most_adapted&per_page=1')).body as SearchResponse;
      return result.hits[0]?.adaptationCount === 1 && (await t.dataSource.query(`SELECT count(*)::int AS count FROM search_outbox`))[0].count === 0;
    });
    const [first] = ((await t.http.get('/api/v1/search?q=cargo&sort=most_adapted')).body as SearchResponse).hits;
    expect(first).toMatchObject({ id: caseStudy.id, adaptationCount: 1 });
  });

  it('writes a finished adaptation up as a draft linked to the original, moderated like any other case study', async () => {
    const { caseStudy: original } = await insertCaseStudy(t.dataSource, {
      municipalityId: bursa.id,
      status: 'published',
      content: completeContent({ title: 'Night markets', sdgs: [8, 11], themes: ['local_economy'], language: 'tr' }),
    });
    const adaptationId = ((await adapt(original.id, darmstadtStaff)).body as Adaptation).id;
    const writeUp = () => withSession(t.http.post(`/api/v1/adaptations/${adaptationId}/case-study`), darmstadtStaff).send();

    const early = await writeUp();
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'adaptation_not_finished', details: [{ field: 'status', rule: 'wrong_state', reason: 'is exploring' }] });
    await checkIn(adaptationId, darmstadtStaff, 'planning');
    await checkIn(adaptationId, darmstadtStaff, 'piloting', 'Two Friday markets in the old town.');
    await withSession(t.http.post(`/api/v1/adaptations/${adaptationId}/check-ins`), darmstadtStaff).send({ status: 'implemented', note: 'Every Friday from May.', results: '4,000 visitors a night.' });
    expect((await withSession(t.http.post(`/api/v1/adaptations/${adaptationId}/case-study`), bursaStaff).send()).status).toBe(403);

    const created = await writeUp();
    expect(created.status).toBe(201);
    const draft = created.body as CaseStudyDetail;
    expect(draft).toMatchObject({ status: 'draft', municipality: { id: darmstadt.id }, adaptedFrom: { adaptationId, caseStudy: { id: original.id, title: 'Night markets' } } });
    expect(draft.draft!.content).toMatchObject({
      title: 'Night markets',
      language: 'tr',
      partnerMunicipalityIds: [bursa.id],
      context: body.localContext,
      results: '4,000 visitors a night.',
      sdgs: [8, 11],
      themes: ['local_economy'],
    });
    expect(draft.draft!.content.whatWasDone).toContain('(piloting): Two Friday markets in the old town.');
    expect((await writeUp()).body.code).toBe('already_written_up');

    // Nobody but its own town sees the draft from the original's page yet.
    const travelled = async () => ((await t.http.get(`/api/v1/case-studies/${original.id}/adaptations`)).body as AdaptationSummary[]).find((entry) => entry.id === adaptationId)!;
    expect((await travelled()).writeUp).toBeNull();

    // Completed and submitted, it goes through moderation like any other.
    const save = await withSession(t.http.patch(`/api/v1/case-studies/${draft.id}`), darmstadtStaff).send({
      version: draft.draft!.version,
      content: { ...completeContent({ partnerMunicipalityIds: [bursa.id] }), title: 'Darmstadt: Night markets' },
    });
    expect(save.status).toBe(200);
    const submitted = await withSession(t.http.post(`/api/v1/case-studies/${draft.id}/submit`), darmstadtStaff).send({ version: (save.body as CaseStudyDetail).draft!.version });
    expect(submitted.body.status).toBe('submitted');
    const [revision] = (await withSession(t.http.get(`/api/v1/case-studies/${draft.id}/revisions`), moderator).send()).body as { id: string }[];
    const approved = await withSession(t.http.post(`/api/v1/moderation/revisions/${revision.id}/decision`), moderator).send({ decision: 'approve', comment: '', sectionComments: {} });
    expect(approved.status).toBe(200);

    const published = (await t.http.get(`/api/v1/case-studies/${draft.id}`)).body as CaseStudyDetail;
    expect(published).toMatchObject({ status: 'published', adaptedFrom: { adaptationId, caseStudy: { id: original.id, title: 'Night markets' } } });
    expect((await travelled()).writeUp).toEqual({ caseStudyId: draft.id, status: 'published' });
  });

  it('keeps a write-up’s story whole when the adaptation’s texts run over the field, saves the author’s other changes, and submits only once it is shortened', async () => {
    const { caseStudy: original } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', content: completeContent({ title: 'Repair cafés' }) });
    const changes = 'Volunteers repair bikes too. '.repeat(300).trim();
    const plannedSteps = 'One café per district. '.repeat(300).trim();
    const adaptationId = ((await withSession(t.http.post(`/api/v1/case-studies/${original.id}/adaptations`), darmstadtStaff).send({ ...body, changes, plannedSteps })).body as Adaptation).id;
    await checkIn(adaptationId, darmstadtStaff, 'planning');
    await checkIn(adaptationId, darmstadtStaff, 'piloting');
    await checkIn(adaptationId, darmstadtStaff, 'implemented');

    const created = await withSession(t.http.post(`/api/v1/adaptations/${adaptationId}/case-study`), darmstadtStaff).send();
    expect(created.status).toBe(201);
    const draft = (created.body as CaseStudyDetail).draft!;
    expect(draft.content.whatWasDone.startsWith(`${changes}\n\n${plannedSteps}\n\n- `)).toBe(true);
    expect(draft.content.whatWasDone.length).toBeGreaterThan(CASE_STUDY_LIMITS.longTextMaxLength);

    const patch = (version: number, content: object) => withSession(t.http.patch(`/api/v1/case-studies/${created.body.id}`), darmstadtStaff).send({ version, content });
    const saved = await patch(draft.version, { ...completeContent({ partnerMunicipalityIds: [bursa.id] }), whatWasDone: undefined });
    expect(saved.status).toBe(200);
    const afterSave = (saved.body as CaseStudyDetail).draft!;
    expect(afterSave.content.whatWasDone).toBe(draft.content.whatWasDone);
    const submit = (version: number) => withSession(t.http.post(`/api/v1/case-studies/${created.body.id}/submit`), darmstadtStaff).send({ version });
    const refused = await submit(afterSave.version);
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([
      { field: 'whatWasDone', rule: 'too_long', reason: `must be shorter than or equal to ${CASE_STUDY_LIMITS.longTextMaxLength} characters`, params: { max: CASE_STUDY_LIMITS.longTextMaxLength } },
    ]);
    // Sent again unshortened it is refused like any over-long text; shortened it saves, and submits.
    expect((await patch(afterSave.version, { whatWasDone: `${draft.content.whatWasDone} More.` })).status).toBe(400);
    const shortened = await patch(afterSave.version, { whatWasDone: changes });
    expect(shortened.status).toBe(200);
    expect((await submit((shortened.body as CaseStudyDetail).draft!.version)).body.status).toBe('submitted');
  });
});
