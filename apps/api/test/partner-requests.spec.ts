import { type MyPartnerRequests, type PartnerAnswer, type PartnerPairAwaitingConfirmation, type PartnerRequestDetail, type PartnerRequestSearchResponse } from '@twinning/contracts';
import { type MunicipalityEntity } from '../src/municipalities/municipality.entity';
import { seedDemoAccounts } from '../src/database/seed/demo-accounts';
import { seedDemoPartnerRequests } from '../src/database/seed/demo-partner-requests';
import { seedDemoFundingCalls, seedFundingProgrammes } from '../src/database/seed/funding-seed';
import { seedStarterData } from '../src/database/seed/seed';
import { PartnerRequestsRepository } from '../src/partner-requests/partner-requests.repository';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { dayFromToday, insertFundingCall, insertFundingProgramme } from './factories/funding.factory';
import { insertMunicipality, insertPartnership } from './factories/municipality.factory';
import { insertPartnerAnswer, insertPartnerRequest, partnerRequestInput } from './factories/partner-request.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

/** A partner request's life: post, answer, shortlist, accept, confirm, expire; who may do each step, and who is told. */
describe('partner requests', () => {
  let t: TestApp;
  let bursa: MunicipalityEntity;
  let darmstadt: MunicipalityEntity;
  let izmir: MunicipalityEntity;
  /** Works on youth, but is larger than the request wants. */
  let istanbul: MunicipalityEntity;
  /** Works on other themes only. */
  let lyon: MunicipalityEntity;
  const ids: Record<string, string> = {};
  const sessions: Record<string, TestSession> = {};
  let programmeId: string;
  let callId: string;

  /** `null`: no one signed in. */
  const post = (body: object, session: TestSession | null = sessions.bursa) => withSession(t.http.post('/api/v1/partner-requests'), session ?? undefined).send(body);
  const answer = (requestId: string, session: TestSession | undefined, message = 'Darmstadt runs a youth council since 2019.') =>
    withSession(t.http.post(`/api/v1/partner-requests/${requestId}/answers`), session).send({ message });
  const decide = (answerId: string, status: string, session: TestSession = sessions.bursa) => withSession(t.http.post(`/api/v1/partner-answers/${answerId}/decision`), session).send({ status });
  const confirm = (answerId: string, session: TestSession = sessions.moderator) => withSession(t.http.post(`/api/v1/moderation/partner-pairs/${answerId}/confirm`), session);
  const kindsOf = async (userId: string) =>
    ((await t.dataSource.query(`SELECT kind FROM notifications WHERE user_id = $1 ORDER BY created_at, kind`, [userId])) as { kind: string }[]).map((row) => row.kind);
  const clearNotifications = () => t.dataSource.query('DELETE FROM notifications');

  beforeAll(async () => {
    t = await createTestApp();
    bursa = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa', population: 3_200_000 });
    darmstadt = await insertMunicipality(t.dataSource, { nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE', population: 160_000 });
    izmir = await insertMunicipality(t.dataSource, { nameLocal: 'Karşıyaka', nameEn: 'Karsiyaka', population: 340_000 });
    istanbul = await insertMunicipality(t.dataSource, { nameLocal: 'İstanbul', nameEn: 'Istanbul', population: 15_000_000 });
    lyon = await insertMunicipality(t.dataSource, { nameLocal: 'Lyon', nameEn: 'Lyon', country: 'FR', population: 520_000 });
    await insertPartnership(t.dataSource, darmstadt, lyon, { sinceYear: 1990 });
    for (const [town, theme] of [
      [darmstadt, 'youth'],
      [izmir, 'environment_climate'],
      [istanbul, 'youth'],
      [lyon, 'mobility'],
    ] as const) {
      await insertCaseStudy(t.dataSource, { municipalityId: town.id, status: 'published', content: completeContent({ themes: [theme] }) });
    }
    for (const [name, town] of [
      ['bursa', bursa],
      ['darmstadt', darmstadt],
      ['izmir', izmir],
      ['istanbul', istanbul],
      ['lyon', lyon],
    ] as const) {
      ids[name] = (await insertUser(t.dataSource, { municipalityId: town.id })).id;
      sessions[name] = await startSession(t, ids[name]);
    }
    ids.moderator = (await insertUser(t.dataSource, { role: 'moderator' })).id;
    sessions.moderator = await startSession(t, ids.moderator);
    ids.unverified = (await insertUser(t.dataSource, { municipalityId: darmstadt.id, verified: false })).id;
    sessions.unverified = await startSession(t, ids.unverified);
    programmeId = (await insertFundingProgramme(t.dataSource, { name: 'CERV Town Twinning' })).id;
    callId = (await insertFundingCall(t.dataSource, programmeId, { title: 'CERV-2027-CITIZENS-TOWN-TT', closesOn: dayFromToday(40) })).id;
  });

  afterAll(() => t.close());

  it('lets only verified staff post, refuses bad input without saving it, and tells towns whose themes and size match', async () => {
    const count = async () => Number(((await t.dataSource.query('SELECT count(*) FROM partner_requests')) as { count: string }[])[0].count);
    const body = partnerRequestInput({ fundingProgrammeId: programmeId, fundingCallId: callId, partnerPopulationBands: ['50k_250k', '250k_1m'] });
    expect((await post(body, null)).status).toBe(401);
    expect((await post(body, sessions.moderator)).status).toBe(403);
    expect((await post(body, sessions.unverified)).status).toBe(403);
    const past = await post({ ...body, deadline: dayFromToday(-1) });
    expect([past.status, past.body.details?.[0]?.field]).toEqual([400, 'deadline']);
    const otherProgramme = await insertFundingProgramme(t.dataSource, { name: 'LIFE' });
    const mismatched = await post({ ...body, fundingProgrammeId: otherProgramme.id });
    expect([mismatched.status, mismatched.body.details?.[0]?.rule]).toEqual([400, 'call_of_other_programme']);
    expect((await post({ ...body, themes: ['not_a_theme'] })).status).toBe(400);
    expect(await count()).toBe(0);

    const posted = await post(body);
    expect(posted.status).toBe(201);
    const request = posted.body as PartnerRequestDetail;
    expect(request).toMatchObject({
      title: body.title,
      status: 'open',
      municipality: { id: bursa.id },
      fundingProgramme: { id: programmeId, name: 'CERV Town Twinning' },
      fundingCall: { id: callId, status: 'open' },
      answers: [],
      answerCount: 0,
    });
    ids.request = request.id;
    // Darmstadt (youth, 160,000) and Karşıyaka (climate, 340,000) match; İstanbul is too large, Lyon works on other themes.
    expect(await kindsOf(ids.darmstadt)).toEqual(['partner_request_matches']);
    expect(await kindsOf(ids.izmir)).toEqual(['partner_request_matches']);
    for (const name of ['istanbul', 'lyon', 'bursa', 'moderator']) expect(await kindsOf(ids[name])).toEqual([]);
  });

  it('takes one answer per other town, tells the posting town, and shows answers only to those who may see them', async () => {
    await clearNotifications();
    expect((await answer(ids.request, undefined)).status).toBe(401);
    expect((await answer(ids.request, sessions.moderator)).status).toBe(403);
    const own = await answer(ids.request, sessions.bursa);
    expect([own.status, own.body.code]).toEqual([409, 'own_partner_request']);
    const answered = await answer(ids.request, sessions.darmstadt);
    expect(answered.status).toBe(201);
    ids.answer = (answered.body as PartnerAnswer).id;
    expect(answered.body).toMatchObject({ status: 'interested', municipality: { id: darmstadt.id } });
    const again = await answer(ids.request, sessions.darmstadt);
    expect([again.status, again.body.code]).toEqual([409, 'partner_request_already_answered']);
    ids.izmirAnswer = ((await answer(ids.request, sessions.izmir, 'Karşıyaka too.')).body as PartnerAnswer).id;
    expect(await kindsOf(ids.bursa)).toEqual(['partner_request_answered', 'partner_request_answered']);

    const seenBy = async (session: TestSession | undefined) => ((await withSession(t.http.get(`/api/v1/partner-requests/${ids.request}`), session)).body as PartnerRequestDetail).answers.map((entry) => entry.municipality.nameEn);
    expect(await seenBy(sessions.bursa)).toEqual(['Darmstadt', 'Karsiyaka']);
    expect(await seenBy(sessions.moderator)).toEqual(['Darmstadt', 'Karsiyaka']);
    expect(await seenBy(sessions.darmstadt)).toEqual(['Darmstadt']);
    expect(await seenBy(undefined)).toEqual([]);
    const page = (await t.http.get(`/api/v1/partner-requests/${ids.request}`)).body as PartnerRequestDetail;
    expect(page.answerCount).toBe(2);
    // Bursa's and (seen by no visitor) the answering towns' earlier partnerships: none for Bursa, so none.
    expect(page.earlierPartnerships).toEqual([]);
    const darmstadtView = (await withSession(t.http.get(`/api/v1/partner-requests/${ids.request}`), sessions.darmstadt)).body as PartnerRequestDetail;
    expect(darmstadtView.earlierPartnerships.map((entry) => [entry.sinceYear, entry.municipalities.map((town) => town.nameEn).sort()])).toEqual([[1990, ['Darmstadt', 'Lyon']]]);
  });

  it('lets only the posting town shortlist and accept, and tells the answering town and the moderators', async () => {
    await clearNotifications();
    expect((await decide(ids.answer, 'shortlisted', sessions.darmstadt)).status).toBe(403);
    expect((await decide(ids.answer, 'shortlisted', sessions.moderator)).status).toBe(403);
    expect((await decide(ids.answer, 'confirmed')).status).toBe(400);
    expect((await decide(ids.answer, 'shortlisted')).body).toMatchObject({ status: 'shortlisted' });
    expect(await kindsOf(ids.darmstadt)).toEqual(['partner_answer_shortlisted']);
    const backwards = await decide(ids.answer, 'shortlisted');
    expect([backwards.status, backwards.body.code]).toEqual([409, 'invalid_partner_answer_transition']);
    expect((await decide(ids.answer, 'accepted')).body).toMatchObject({ status: 'accepted' });
    expect(await kindsOf(ids.darmstadt)).toEqual(['partner_answer_shortlisted', 'partner_answer_accepted']);
    expect(await kindsOf(ids.moderator)).toEqual(['partner_pair_awaiting_confirmation']);
    // Another town's answer to the same request can be accepted too.
    expect((await decide(ids.izmirAnswer, 'accepted')).status).toBe(201);

    expect((await withSession(t.http.get('/api/v1/moderation/partner-pairs'), sessions.bursa)).status).toBe(403);
    const queue = (await withSession(t.http.get('/api/v1/moderation/partner-pairs'), sessions.moderator)).body as PartnerPairAwaitingConfirmation[];
    expect(queue.map((entry) => [entry.request.id, entry.answer.municipality.nameEn])).toEqual([
      [ids.request, 'Darmstadt'],
      [ids.request, 'Karsiyaka'],
    ]);
    const mine = (await withSession(t.http.get('/api/v1/partner-requests/mine'), sessions.darmstadt)).body as MyPartnerRequests;
    expect(mine.answered.map((entry) => [entry.request.id, entry.answer.status])).toEqual([[ids.request, 'accepted']]);
    expect(((await withSession(t.http.get('/api/v1/partner-requests/mine'), sessions.bursa)).body as MyPartnerRequests).posted.map((entry) => entry.id)).toEqual([ids.request]);
  });

  it('makes a confirmed pair a partnership of the two towns, only by a moderator, once', async () => {
    await clearNotifications();
    expect((await confirm(ids.answer, sessions.bursa)).status).toBe(403);
    const notAccepted = await insertPartnerAnswer(t.dataSource, ids.request, lyon.id);
    const early = await confirm(notAccepted.id);
    expect([early.status, early.body.code]).toEqual([409, 'invalid_partner_answer_transition']);

    const confirmed = await confirm(ids.answer);
    expect(confirmed.status).toBe(201);
    const { partnershipId } = confirmed.body as PartnerAnswer;
    const [partnership] = (await t.dataSource.query(`SELECT municipality_a_id, municipality_b_id, kind, funding_programme_id, funding_call_id, description FROM partnerships WHERE id = $1`, [partnershipId])) as Record<string, string>[];
    expect(partnership).toMatchObject({ kind: 'project', funding_programme_id: programmeId, funding_call_id: callId, description: partnerRequestInput().title });
    expect([partnership.municipality_a_id, partnership.municipality_b_id].sort()).toEqual([bursa.id, darmstadt.id].sort());
    expect(await kindsOf(ids.bursa)).toEqual(['partner_pair_confirmed']);
    expect(await kindsOf(ids.darmstadt)).toEqual(['partner_pair_confirmed']);
    const twice = await confirm(ids.answer);
    expect([twice.status, twice.body.code]).toEqual([409, 'invalid_partner_answer_transition']);
    const queue = (await withSession(t.http.get('/api/v1/moderation/partner-pairs'), sessions.moderator)).body as PartnerPairAwaitingConfirmation[];
    expect(queue.map((entry) => entry.answer.municipality.nameEn)).toEqual(['Karsiyaka']);
  });

  it('links a confirmed pair of towns already partners to their partnership, which takes the call it aimed at none', async () => {
    const twinning = await insertPartnership(t.dataSource, izmir, lyon, { sinceYear: 2001 });
    const request = await insertPartnerRequest(t.dataSource, izmir.id, { fundingProgrammeId: programmeId, fundingCallId: callId });
    const accepted = await insertPartnerAnswer(t.dataSource, request.id, lyon.id, 'accepted');
    const confirmed = await confirm(accepted.id);
    expect([confirmed.status, (confirmed.body as PartnerAnswer).partnershipId]).toEqual([201, twinning.id]);
    const rows = (await t.dataSource.query(`SELECT kind, since_year, funding_call_id FROM partnerships WHERE municipality_a_id = ANY($1) AND municipality_b_id = ANY($1)`, [[izmir.id, lyon.id]])) as Record<string, unknown>[];
    expect(rows).toEqual([{ kind: 'twinning', since_year: 2001, funding_call_id: callId }]);
  });

  it('closes a request after its deadline: no more answers or decisions, and the list shows it only when asked for closed ones', async () => {
    const expired = await insertPartnerRequest(t.dataSource, bursa.id, { title: 'Expired request for flood maps', deadline: dayFromToday(-1) });
    const waiting = await insertPartnerAnswer(t.dataSource, expired.id, darmstadt.id);
    await t.dataSource.query(`INSERT INTO search_outbox (partner_request_id) VALUES ($1)`, [expired.id]);
    const late = await answer(expired.id, sessions.izmir);
    expect([late.status, late.body.code]).toEqual([409, 'partner_request_closed']);
    const decided = await decide(waiting.id, 'accepted');
    expect([decided.status, decided.body.code]).toEqual([409, 'partner_request_closed']);
    expect(((await t.http.get(`/api/v1/partner-requests/${expired.id}`)).body as PartnerRequestDetail).status).toBe('closed');

    await waitUntil('both requests are indexed', async () => ((await t.dataSource.query('SELECT count(*)::int AS count FROM search_outbox')) as { count: number }[])[0].count === 0);
    const list = async (query: string) => (await t.http.get(`/api/v1/partner-requests?${query}`)).body as PartnerRequestSearchResponse;
    const open = await list('');
    expect([open.degraded, open.items.map((item) => item.id)]).toEqual([false, [ids.request]]);
    expect((await list('status=closed')).items.map((item) => item.id)).toEqual([expired.id]);
    expect((await list('status=open&status=closed')).total).toBe(2);
  });

  it('filters and counts facets in Meilisearch exactly as the PostgreSQL fallback does', async () => {
    await insertPartnerRequest(t.dataSource, darmstadt.id, { title: 'Radwege für kleine Städte', themes: ['mobility'], sdgs: [11], languages: ['de', 'en'], partnerPopulationBands: ['under_10k'] });
    await t.dataSource.query(`INSERT INTO search_outbox (partner_request_id) SELECT id FROM partner_requests`);
    await waitUntil('the requests are indexed', async () => ((await t.dataSource.query('SELECT count(*)::int AS count FROM search_outbox')) as { count: number }[])[0].count === 0);
    const fallback = t.app.get(PartnerRequestsRepository);
    for (const [query, filters] of [
      ['', { status: ['open'] }],
      ['theme=mobility&status=open&status=closed', { theme: ['mobility'], status: ['open', 'closed'] }],
      ['partner_population_band=50k_250k', { partner_population_band: ['50k_250k'], status: ['open'] }],
      ['country=TR&language=en&status=closed&status=open', { country: ['TR'], language: ['en'], status: ['closed', 'open'] }],
    ] as const) {
      const fromMeilisearch = (await t.http.get(`/api/v1/partner-requests?${query}`)).body as PartnerRequestSearchResponse;
      const fromPostgres = await fallback.search({}, filters as never, new Date().toISOString().slice(0, 10), { page: 1, perPage: 20, offset: 0 });
      expect(fromMeilisearch.degraded).toBe(false);
      expect(fromMeilisearch.items.map((item) => item.id)).toEqual(fromPostgres.ids);
      expect(fromMeilisearch.total).toBe(fromPostgres.total);
      for (const facet of Object.keys(fromPostgres.facets) as (keyof typeof fromPostgres.facets)[]) {
        expect({ facet, counts: Object.fromEntries(fromMeilisearch.facets[facet].map((value) => [value.value, value.count])) }).toEqual({ facet, counts: fromPostgres.facets[facet] });
      }
    }
    const sized = (await t.http.get('/api/v1/partner-requests?partner_population_band=under_10k')).body as PartnerRequestSearchResponse;
    // Darmstadt's wants under 10k, Bursa's 50k–1m (the others take any size).
    expect(sized.items.map((item) => item.title)).toContain('Radwege für kleine Städte');
    expect(sized.items.map((item) => item.id)).not.toContain(ids.request);
    expect((await t.http.get('/api/v1/partner-requests?q=radwege')).body.items.map((item: { title: string }) => item.title)).toEqual(['Radwege für kleine Städte']);
    expect((await t.http.get('/api/v1/partner-requests?programme=not-a-uuid')).status).toBe(400);
  });

  it('seeds demo requests in English and Turkish, with answers, one aimed at an open demo call and one closed, once', async () => {
    await seedStarterData(t.dataSource);
    await seedFundingProgrammes(t.dataSource);
    await seedDemoAccounts(t.dataSource);
    await seedDemoFundingCalls(t.dataSource);
    expect(await seedDemoPartnerRequests(t.dataSource)).toBeGreaterThanOrEqual(6);
    expect(await seedDemoPartnerRequests(t.dataSource)).toBe(0);
    const demo = (await t.dataSource.query(
      `SELECT r.title, r.deadline >= current_date AS open, c.closes_on >= current_date AS call_open, (SELECT count(*)::int FROM partner_answers a WHERE a.request_id = r.id) AS answers
       FROM partner_requests r LEFT JOIN funding_calls c ON c.id = r.funding_call_id WHERE r.seed_key IS NOT NULL`,
    )) as { title: string; open: boolean; call_open: boolean | null; answers: number }[];
    expect(demo.length).toBeGreaterThanOrEqual(6);
    expect(demo.some((request) => /[ığşçöü]/i.test(request.title))).toBe(true);
    expect(demo.some((request) => /^[A-Za-z:,' -]+$/.test(request.title))).toBe(true);
    expect(demo.filter((request) => request.answers > 0).length).toBeGreaterThanOrEqual(3);
    expect(demo.some((request) => request.open && request.call_open)).toBe(true);
    expect(demo.some((request) => !request.open)).toBe(true);
  });
});
