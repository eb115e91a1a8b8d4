import { type ApiErrorDetail, type CaseStudyDetail, type CaseStudySummary, type Page } from '@twinning/contracts';
import { CaseStudyEntity } from '../src/case-studies/case-study.entity';
import { type MunicipalityEntity } from '../src/municipalities/municipality.entity';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality, insertPartnership } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';

describe('case studies and their moderation', () => {
  let t: TestApp;
  let bursa: MunicipalityEntity;
  let darmstadt: MunicipalityEntity;
  let staff: TestSession;
  let otherStaff: TestSession;
  let moderator: TestSession;
  let secondModerator: TestSession;
  let staffId: string;

  beforeAll(async () => {
    t = await createTestApp();
    bursa = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa', kind: 'metropolitan' });
    darmstadt = await insertMunicipality(t.dataSource, { nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE', kind: 'town' });
    await insertPartnership(t.dataSource, bursa, darmstadt, { sinceYear: 1971 });
    staffId = (await insertUser(t.dataSource, { municipalityId: bursa.id })).id;
    staff = await startSession(t, staffId);
    otherStaff = await startSession(t, (await insertUser(t.dataSource, { municipalityId: darmstadt.id })).id);
    moderator = await startSession(t, (await insertUser(t.dataSource, { role: 'moderator' })).id);
    secondModerator = await startSession(t, (await insertUser(t.dataSource, { role: 'moderator' })).id);
  });

  afterAll(() => t.close());

  const as = (session: TestSession | undefined) => ({
    get: (url: string) => withSession(t.http.get(url), session),
    post: (url: string, body: object = {}) => withSession(t.http.post(url), session).send(body),
    patch: (url: string, body: object) => withSession(t.http.patch(url), session).send(body),
    delete: (url: string) => withSession(t.http.delete(url), session),
  });
  const visitor = as(undefined);
  const url = (id: string, rest = '') => `/api/v1/case-studies/${id}${rest}`;

  async function createDraft(content = completeContent({ partnerMunicipalityIds: [] })): Promise<CaseStudyDetail> {
    const response = await as(staff).post('/api/v1/case-studies', { content });
    expect(response.status).toBe(201);
    return response.body as CaseStudyDetail;
  }

  async function submit(id: string): Promise<CaseStudyDetail> {
    const current = (await as(staff).get(url(id))).body as CaseStudyDetail;
    const response = await as(staff).post(url(id, '/submit'), { version: current.draft!.version });
    expect(response.status).toBe(200);
    return response.body as CaseStudyDetail;
  }

  async function latestRevisionId(id: string): Promise<string> {
    return ((await as(moderator).get(url(id, '/revisions'))).body as { id: string }[])[0].id;
  }

  async function decide(id: string, decision: string, session = moderator, sectionComments: object = {}) {
    return as(session).post(`/api/v1/moderation/revisions/${await latestRevisionId(id)}/decision`, { decision, comment: decision === 'approve' ? '' : 'Please add numbers.', sectionComments });
  }

  it('walks draft → submitted → changes requested → submitted → published, with the rubric reaching the author', async () => {
    const draft = await createDraft();
    expect(draft).toMatchObject({ status: 'draft', published: null, municipality: { id: bursa.id }, draft: { version: 1 } });
    expect((await visitor.get(url(draft.id))).status).toBe(404);

    expect((await submit(draft.id)).status).toBe('submitted');
    const queue = (await as(moderator).get('/api/v1/moderation/queue')).body as Page<{ caseStudyId: string; previousRevisionId: string | null }>;
    expect(queue.items.find((item) => item.caseStudyId === draft.id)).toMatchObject({ previousRevisionId: null });

    const changes = await decide(draft.id, 'request_changes', moderator, { story: 'Give the baseline year.', lessons: 'What would you not repeat?' });
    expect(changes.status).toBe(200);
    const forAuthor = (await as(staff).get(url(draft.id))).body as CaseStudyDetail;
    expect(forAuthor.status).toBe('changes_requested');
    expect(forAuthor.latestDecision).toMatchObject({ decision: 'request_changes', sectionComments: { story: 'Give the baseline year.', lessons: 'What would you not repeat?' } });

    const revised = await as(staff).patch(url(draft.id), { version: forAuthor.draft!.version, content: { results: 'Cycling trips tripled on the corridor between 2019 and 2021.' } });
    expect(revised.status).toBe(200);
    expect(revised.body.status).toBe('changes_requested');
    await submit(draft.id);
    const queued = (await as(moderator).get('/api/v1/moderation/queue')).body as Page<{ caseStudyId: string; previousRevisionId: string | null; revisionNumber: number }>;
    expect(queued.items.find((item) => item.caseStudyId === draft.id)).toMatchObject({ revisionNumber: 2, previousRevisionId: expect.any(String) });

    expect((await decide(draft.id, 'approve')).status).toBe(200);
    const published = (await visitor.get(url(draft.id))).body as CaseStudyDetail;
    expect(published).toMatchObject({ status: 'published', draft: null, latestDecision: null, published: { revisionNumber: 2 } });
    expect(published.published!.content.results).toBe('Cycling trips tripled on the corridor between 2019 and 2021.');

    const notifications = (await as(staff).get('/api/v1/notifications')).body;
    expect(notifications.unreadCount).toBeGreaterThanOrEqual(2);
    expect(notifications.items.slice(0, 2).map((n: { decision: string }) => n.decision)).toEqual(['approve', 'request_changes']);
    expect((await as(staff).post(`/api/v1/notifications/${notifications.items[0].id}/read`)).status).toBe(204);
    expect((await as(staff).get('/api/v1/notifications')).body.unreadCount).toBe(notifications.unreadCount - 1);
    expect((await as(otherStaff).post(`/api/v1/notifications/${notifications.items[1].id}/read`)).status).toBe(404);
  });

  it('refuses every transition the lifecycle does not allow with 409 and the current state, changing nothing', async () => {
    const cases: [string, () => Promise<{ status: number; body: { code: string; details?: object[] } }>, string][] = [];
    const { caseStudy: submitted, revision } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'submitted' });
    const { caseStudy: rejected } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'rejected' });
    const { caseStudy: archived } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'archived' });
    const { caseStudy: draft, revision: none } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'draft' });
    const { caseStudy: published, revision: publishedRevision } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published' });
    expect(none).toBeNull();
    cases.push(
      ['edit submitted', () => as(staff).patch(url(submitted.id), { version: 1, content: { title: 'x' } }), 'submitted'],
      ['submit submitted', () => as(staff).post(url(submitted.id, '/submit'), { version: 1 }), 'submitted'],
      ['edit rejected', () => as(staff).patch(url(rejected.id), { version: 1, content: { title: 'x' } }), 'rejected'],
      ['submit rejected', () => as(staff).post(url(rejected.id, '/submit'), { version: 1 }), 'rejected'],
      ['edit archived', () => as(staff).patch(url(archived.id), { version: 1, content: { title: 'x' } }), 'archived'],
      ['archive draft', () => as(staff).post(url(draft.id, '/archive')), 'draft'],
      ['archive submitted', () => as(staff).post(url(submitted.id, '/archive')), 'submitted'],
      ['submit published', () => as(staff).post(url(published.id, '/submit'), { version: 1 }), 'published'],
      ['decide on a published revision', () => as(moderator).post(`/api/v1/moderation/revisions/${publishedRevision!.id}/decision`, { decision: 'approve', comment: '', sectionComments: {} }), 'published'],
    );
    for (const [name, attempt, current] of cases) {
      const response = await attempt();
      expect({ name, status: response.status, code: response.body.code }).toEqual({
        name,
        status: 409,
        code: name.startsWith('decide') ? 'revision_already_decided' : 'invalid_transition',
      });
      if (!name.startsWith('decide')) expect(response.body.details).toEqual([{ field: 'status', rule: 'wrong_state', reason: `is ${current}`, params: { state: current } }]);
    }
    const unchanged = await t.dataSource.getRepository(CaseStudyEntity).findBy({});
    expect(unchanged.find((row) => row.id === submitted.id)).toMatchObject({ status: 'submitted', version: 1 });
    expect(unchanged.find((row) => row.id === archived.id)).toMatchObject({ status: 'archived', version: 1 });
    expect(revision).not.toBeNull();
  });

  it('keeps the published revision public while a new one is drafted, reviewed and approved', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', createdById: staffId });
    const before = ((await visitor.get(url(caseStudy.id))).body as CaseStudyDetail).published!;

    const opened = await as(staff).patch(url(caseStudy.id), { version: 1, content: { title: 'Second edition of the cycle lanes' } });
    expect(opened.body).toMatchObject({ status: 'draft', published: { revisionNumber: 1 } });
    expect(((await visitor.get(url(caseStudy.id))).body as CaseStudyDetail).published!.content.title).toBe(before.content.title);

    await submit(caseStudy.id);
    expect(((await visitor.get(url(caseStudy.id))).body as CaseStudyDetail).published!.content.title).toBe(before.content.title);
    await decide(caseStudy.id, 'approve');
    const after = (await visitor.get(url(caseStudy.id))).body as CaseStudyDetail;
    expect(after.published).toMatchObject({ revisionNumber: 2, content: { title: 'Second edition of the cycle lanes' } });

    const revisions = (await as(staff).get(url(caseStudy.id, '/revisions'))).body as { id: string; number: number }[];
    expect(revisions.map((revision) => revision.number)).toEqual([2, 1]);
    const diff = (await as(staff).get(url(caseStudy.id, `/diff?from=${revisions[1].id}&to=${revisions[0].id}`))).body;
    expect(diff.changes).toEqual([{ field: 'title', section: 'identity', before: before.content.title, after: 'Second edition of the cycle lanes' }]);
  });

  it('diffs a revision against the published one for its town’s staff and moderators only, even past a rejected revision, and never shows an anonymous story’s diff outside its town', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', publishAnonymously: true, createdById: staffId, content: completeContent({ outcome: 'failure', failureCauses: [{ cause: 'political_change', note: 'The new council stopped it.' }], failureStage: 'operation', partnerMunicipalityIds: [] }) });
    const published = ((await as(staff).get(url(caseStudy.id))).body as CaseStudyDetail).published!;
    await as(staff).patch(url(caseStudy.id), { version: 1, content: { title: 'An advertisement' } });
    await submit(caseStudy.id);
    expect((await decide(caseStudy.id, 'reject')).status).toBe(200);
    const rejected = await latestRevisionId(caseStudy.id);
    const current = (await as(staff).get(url(caseStudy.id))).body as CaseStudyDetail;
    await as(staff).patch(url(caseStudy.id), { version: current.draft!.version, content: { summary: 'Cycle lanes on the two busiest streets, with numbers.' } });
    await submit(caseStudy.id);
    const latest = await latestRevisionId(caseStudy.id);
    const diffUrl = url(caseStudy.id, `/diff?from=${published.revisionId}&to=${latest}`);

    for (const session of [staff, moderator]) {
      const response = await as(session).get(diffUrl);
      expect(response.status).toBe(200);
      // Against what visitors read: the rejected title never reached them, so it is no change.
      expect(response.body.changes).toEqual([{ field: 'summary', section: 'identity', before: published.content.summary, after: 'Cycle lanes on the two busiest streets, with numbers.' }]);
    }
    expect((await as(staff).get(url(caseStudy.id, `/diff?from=${rejected}&to=${latest}`))).body.changes.map((change: { field: string }) => change.field)).toEqual(['title', 'summary']);

    const elsewhere = await as(otherStaff).get(diffUrl);
    expect(elsewhere.status).toBe(403);
    expect(JSON.stringify(elsewhere.body)).not.toMatch(/Bursa|Cycle lanes/);
    expect((await visitor.get(diffUrl)).status).toBe(401);

    const { caseStudy: another, revision: foreign } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published' });
    const mixed = await as(staff).get(url(caseStudy.id, `/diff?from=${foreign!.id}&to=${latest}`));
    expect({ status: mixed.status, code: mixed.body.code }).toEqual({ status: 404, code: 'revision_not_found' });
    expect(another.id).not.toBe(caseStudy.id);
  });

  it('leaves a published case study published when a new revision of it is rejected', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published' });
    await as(staff).patch(url(caseStudy.id), { version: 1, content: { title: 'An advertisement' } });
    await submit(caseStudy.id);
    expect((await decide(caseStudy.id, 'reject')).status).toBe(200);
    const after = (await as(staff).get(url(caseStudy.id))).body as CaseStudyDetail;
    expect(after.status).toBe('published');
    expect(after.draft!.content.title).toBe(after.published!.content.title);
    expect(after.latestDecision!.decision).toBe('reject');
  });

  it('lets exactly one of two moderators deciding at the same moment decide', async () => {
    const draft = await createDraft();
    await submit(draft.id);
    const revisionId = await latestRevisionId(draft.id);
    const [first, second] = await Promise.all(
      [moderator, secondModerator].map((session, index) =>
        as(session).post(`/api/v1/moderation/revisions/${revisionId}/decision`, index === 0 ? { decision: 'approve', comment: '', sectionComments: {} } : { decision: 'reject', comment: 'Duplicate.', sectionComments: {} }),
      ),
    );
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    expect([first, second].find((response) => response.status === 409)!.body.code).toBe('revision_already_decided');
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM moderation_decisions WHERE revision_id = $1`, [revisionId]);
    expect(count).toBe(1);
  });

  it('refuses a save based on a stale version with 409, overwriting nothing', async () => {
    const draft = await createDraft();
    const first = await as(staff).patch(url(draft.id), { version: 1, content: { summary: 'First tab’s summary.' } });
    expect(first.status).toBe(200);
    const second = await as(staff).patch(url(draft.id), { version: 1, content: { summary: 'Second tab’s summary.' } });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'stale_version', details: [{ field: 'version', rule: 'outdated_version', reason: 'is 2 now', params: { current: 2 } }] });
    const saved = (await as(staff).get(url(draft.id))).body as CaseStudyDetail;
    expect(saved.draft).toMatchObject({ version: 2, content: { summary: 'First tab’s summary.' } });
  });

  it('names every missing field when an incomplete case study is submitted', async () => {
    const empty = (await as(staff).post('/api/v1/case-studies', {})).body as CaseStudyDetail;
    const response = await as(staff).post(url(empty.id, '/submit'), { version: 1 });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('case_study_incomplete');
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual(
      expect.arrayContaining(['title', 'summary', 'language', 'outcome', 'context', 'startDate', 'sdgs', 'themes', 'fundingSources', 'contactEmail']),
    );

    const failure = await createDraft(completeContent({ outcome: 'failure', failureCauses: [{ cause: 'funding', note: '' }] }));
    const failureResponse = await as(staff).post(url(failure.id, '/submit'), { version: 1 });
    expect(failureResponse.body.details).toEqual([
      { field: 'failureCauses[0].note', rule: 'required', reason: 'is required' },
      { field: 'failureStage', rule: 'required', reason: 'is required for a partial success or a failure' },
    ]);
    expect(((await as(staff).get(url(failure.id))).body as CaseStudyDetail).status).toBe('draft');
  });

  it('answers malformed content with 400 naming each field, and saves nothing', async () => {
    const draft = await createDraft();
    const response = await as(staff).patch(url(draft.id), {
      version: 1,
      content: { summary: 'x'.repeat(501), sdgs: [18], indicators: [{ name: 3, unit: 'km', baseline: null, target: null, achieved: 'many' }], favouriteColour: 'blue' },
    });
    expect(response.status).toBe(400);
    expect([...new Set(response.body.details.map((detail: { field: string }) => detail.field))].sort()).toEqual(['favouriteColour', 'indicators[0].achieved', 'indicators[0].name', 'indicators[0].sdgTarget', 'indicators[0].unIndicator', 'sdgs', 'summary']);
    expect(((await as(staff).get(url(draft.id))).body as CaseStudyDetail).draft!.version).toBe(1);
    // Unknown keys that read like paths are refused as the keys they are (the fuzz test found "x_.").
    for (const key of ['x_.', 'summary.x', 'themes[0]']) {
      const refused = await as(staff).patch(url(draft.id), { version: 1, content: { [key]: 0 } });
      expect([refused.status, refused.body.details]).toEqual([400, [{ field: key, rule: 'unknown_field', reason: 'is not a field of the case study template' }]]);
    }
    expect(((await as(staff).get(url(draft.id))).body as CaseStudyDetail).draft!.version).toBe(1);
    expect((await as(staff).patch(url(draft.id), { version: 1, content: { partnerMunicipalityIds: [bursa.id] } })).body.details).toEqual([
      { field: 'partnerMunicipalityIds', rule: 'same_municipality', reason: 'must not include the municipality itself' },
    ]);
  });

  it('refuses what does not fit the limits with 400 naming the field and the reason, and stores nothing changed', async () => {
    const draft = await createDraft(completeContent({ partnerMunicipalityIds: [], startDate: '2022-03-01', endDate: '2023-09-30', budgetAmount: 12_000, coFinancingPercent: 40 }));
    const before = ((await as(staff).get(url(draft.id))).body as CaseStudyDetail).draft!;
    const refusals: [object, string, Omit<ApiErrorDetail, 'field'>][] = [
      [{ title: 'T'.repeat(5_000) }, 'title', { rule: 'too_long', reason: 'must be shorter than or equal to 200 characters', params: { max: 200 } }],
      [{ budgetAmount: -500 }, 'budgetAmount', { rule: 'too_small', reason: 'must not be less than 0', params: { min: 0 } }],
      [{ coFinancingPercent: 250 }, 'coFinancingPercent', { rule: 'too_large', reason: 'must not be greater than 100', params: { max: 100 } }],
      [{ endDate: '2021-12-31' }, 'endDate', { rule: 'end_before_start', reason: 'must not be before the start date' }],
      // The start moved past the saved end is refused just the same.
      [{ startDate: '2024-01-01' }, 'endDate', { rule: 'end_before_start', reason: 'must not be before the start date' }],
    ];
    for (const [content, field, refusal] of refusals) {
      const response = await as(staff).patch(url(draft.id), { version: before.version, content });
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([{ field, ...refusal }]);
    }
    const after = ((await as(staff).get(url(draft.id))).body as CaseStudyDetail).draft!;
    expect(after).toEqual(before);

    // A new draft is held to the same limits.
    const created = await as(staff).post('/api/v1/case-studies', { content: { title: 'T'.repeat(201), coFinancingPercent: 100.5 } });
    expect(created.status).toBe(400);
    expect(created.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['coFinancingPercent', 'title']);
  });

  it('hides the town of an anonymous story, and contact details, from those who may not see them', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, {
      municipalityId: bursa.id,
      status: 'published',
      publishAnonymously: true,
      content: completeContent({ outcome: 'failure', failureCauses: [{ cause: 'political_change', note: 'The new council stopped it.' }], failureStage: 'operation', partnerMunicipalityIds: [darmstadt.id] }),
    });
    const { caseStudy: named } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published' });
    const view = async (session: TestSession | undefined, id = caseStudy.id) => (await as(session).get(url(id))).body as CaseStudyDetail;

    const anonymous = await view(undefined);
    expect(anonymous.municipality).toBeNull();
    // Two towns on this portal: too few to name even the country (anonymity.spec.ts tests the threshold).
    expect(anonymous.anonymousOrigin).toEqual({ kind: null, country: null });
    expect(anonymous.published).toMatchObject({ contactVisible: false, partners: [], content: { contactEmail: '', contactName: '', partnerMunicipalityIds: [] } });
    expect(JSON.stringify(anonymous)).not.toContain('Bursa');

    const forOtherTown = await view(otherStaff);
    expect(forOtherTown.municipality).toBeNull();
    expect(forOtherTown.published!.contactVisible).toBe(false);

    for (const entitled of [staff, moderator]) {
      const full = await view(entitled);
      expect(full.municipality!.id).toBe(bursa.id);
      expect(full.published).toMatchObject({ contactVisible: true, content: { contactEmail: 'a.yilmaz@example.org' }, partners: [{ id: darmstadt.id }] });
    }

    expect((await view(undefined, named.id)).published).toMatchObject({ contactVisible: false, content: { contactEmail: '' } });
    expect((await view(otherStaff, named.id)).published).toMatchObject({ contactVisible: true, content: { contactEmail: 'a.yilmaz@example.org' } });

    const listed = (await visitor.get(`/api/v1/case-studies?municipality=${bursa.id}`)).body as Page<CaseStudySummary>;
    expect(listed.items.map((item) => item.id)).toContain(named.id);
    expect(listed.items.map((item) => item.id)).not.toContain(caseStudy.id);
    const all = (await visitor.get('/api/v1/case-studies?per_page=100')).body as Page<CaseStudySummary>;
    expect(all.items.find((item) => item.id === caseStudy.id)).toMatchObject({ municipality: null, anonymousOrigin: { country: null } });
  });

  it('lists drafts only to their own municipality and to moderators', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'draft' });
    const ids = async (session: TestSession | undefined) =>
      ((await as(session).get('/api/v1/case-studies?per_page=100&status=draft')).body as Page<CaseStudySummary>).items.map((item) => item.id);
    expect(await ids(undefined)).not.toContain(caseStudy.id);
    expect(await ids(otherStaff)).not.toContain(caseStudy.id);
    expect(await ids(staff)).toContain(caseStudy.id);
    expect(await ids(moderator)).toContain(caseStudy.id);
    expect((await as(otherStaff).get(url(caseStudy.id))).status).toBe(404);
  });

  it('does not let a moderator decide on a revision they submitted, nor without a word for the authors', async () => {
    const moderatorId = (await t.dataSource.query(`SELECT user_id FROM sessions WHERE csrf_token = $1`, [moderator.csrfToken]))[0].user_id as string;
    const { revision } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'submitted', submittedById: moderatorId });
    const own = await as(moderator).post(`/api/v1/moderation/revisions/${revision!.id}/decision`, { decision: 'approve', comment: '', sectionComments: {} });
    expect(own.status).toBe(409);
    expect(own.body.code).toBe('own_submission');
    const silent = await as(secondModerator).post(`/api/v1/moderation/revisions/${revision!.id}/decision`, { decision: 'request_changes', comment: '  ', sectionComments: { story: ' ' } });
    expect(silent.status).toBe(400);
    expect(silent.body.details).toEqual([{ field: 'comment', rule: 'comment_required', reason: 'is required (or a section comment) to request changes or reject' }]);
    const unknownSection = await as(secondModerator).post(`/api/v1/moderation/revisions/${revision!.id}/decision`, { decision: 'reject', comment: 'No.', sectionComments: { budget: 'x' } });
    expect(unknownSection.status).toBe(400);
  });

  it('features a published case study, for moderators only', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published' });
    expect((await as(moderator).post(url(caseStudy.id, '/feature'), { featured: true })).body.featured).toBe(true);
    expect(((await visitor.get(url(caseStudy.id))).body as CaseStudyDetail).featured).toBe(true);
    const { caseStudy: draft } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'draft' });
    expect((await as(moderator).post(url(draft.id, '/feature'), { featured: true })).status).toBe(409);
  });

  it('lists only the featured practices the public may read, for the home page', async () => {
    const { caseStudy: featured } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published' });
    const { caseStudy: plain } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published' });
    const { caseStudy: archived } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'archived' });
    await t.dataSource.query(`UPDATE case_studies SET featured = true WHERE id = ANY($1)`, [[featured.id, archived.id]]);
    for (const caller of [visitor, as(moderator)]) {
      const listed = ((await caller.get('/api/v1/case-studies?featured=true&per_page=100')).body as Page<CaseStudySummary>).items;
      expect(listed.map((item) => item.id)).toContain(featured.id);
      expect(listed.map((item) => item.id)).not.toContain(plain.id);
      expect(listed.map((item) => item.id)).not.toContain(archived.id);
      expect(listed.every((item) => item.featured)).toBe(true);
    }
    const wrong = await visitor.get('/api/v1/case-studies?featured=yes');
    expect(wrong.status).toBe(400);
    expect(wrong.body.details).toEqual([{ field: 'featured', rule: 'not_true_or_false', reason: 'must be true or false' }]);
  });

  it('refuses to delete a municipality that has case studies or accounts, changing nothing', async () => {
    const admin = await startSession(t, (await insertUser(t.dataSource, { role: 'admin' })).id);
    const town = await insertMunicipality(t.dataSource);
    await insertCaseStudy(t.dataSource, { municipalityId: town.id, status: 'draft' });
    const withCaseStudy = await as(admin).delete(`/api/v1/admin/municipalities/${town.id}`);
    expect(withCaseStudy.status).toBe(409);
    expect(withCaseStudy.body.code).toBe('municipality_in_use');
    const staffed = await insertMunicipality(t.dataSource);
    await insertUser(t.dataSource, { municipalityId: staffed.id });
    expect((await as(admin).delete(`/api/v1/admin/municipalities/${staffed.id}`)).status).toBe(409);
    expect((await visitor.get(`/api/v1/municipalities/${town.id}`)).status).toBe(200);
  });
});
