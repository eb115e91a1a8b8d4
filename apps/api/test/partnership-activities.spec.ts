import { randomUUID } from 'node:crypto';
import { type PartnershipActivity, type PartnershipDetail } from '@twinning/contracts';
import { AdaptationEntity } from '../src/adaptations/adaptation.entity';
import { type MunicipalityEntity } from '../src/municipalities/municipality.entity';
import { type PartnershipEntity } from '../src/partnerships/partnership.entity';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertFundingProgramme } from './factories/funding.factory';
import { insertMunicipality, insertPartnership } from './factories/municipality.factory';
import { activityInput, insertActivity } from './factories/partnership-activity.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';

describe('partnership pages and their activities', () => {
  let t: TestApp;
  let bursa: MunicipalityEntity;
  let darmstadt: MunicipalityEntity;
  let kars: MunicipalityEntity;
  let twinning: PartnershipEntity;
  const sessions: Record<'bursa' | 'darmstadt' | 'kars' | 'unverifiedBursa' | 'moderator' | 'admin', TestSession> = {} as never;

  beforeAll(async () => {
    t = await createTestApp();
    bursa = await insertMunicipality(t.dataSource, { nameEn: 'Bursa' });
    darmstadt = await insertMunicipality(t.dataSource, { nameEn: 'Darmstadt', country: 'DE' });
    kars = await insertMunicipality(t.dataSource, { nameEn: 'Kars' });
    twinning = await insertPartnership(t.dataSource, bursa, darmstadt, { sinceYear: 1971 });
    const staff = async (municipality: MunicipalityEntity, verified = true) => startSession(t, (await insertUser(t.dataSource, { municipalityId: municipality.id, verified })).id);
    sessions.bursa = await staff(bursa);
    sessions.darmstadt = await staff(darmstadt);
    sessions.kars = await staff(kars);
    sessions.unverifiedBursa = await staff(bursa, false);
    sessions.moderator = await startSession(t, (await insertUser(t.dataSource, { role: 'moderator' })).id);
    sessions.admin = await startSession(t, (await insertUser(t.dataSource, { role: 'admin' })).id);
  });

  afterAll(() => t.close());

  const activitiesUrl = (partnershipId = twinning.id) => `/api/v1/partnerships/${partnershipId}/activities`;
  const page = async (session?: TestSession): Promise<PartnershipDetail> => {
    const response = await withSession(t.http.get(`/api/v1/partnerships/${twinning.id}`), session);
    expect(response.status).toBe(200);
    return response.body as PartnershipDetail;
  };
  const activityCount = async (): Promise<number> =>
    (await t.dataSource.query(`SELECT count(*)::int AS count FROM partnership_activities WHERE partnership_id = $1`, [twinning.id]))[0].count as number;

  it('lets staff of either town add and edit activities, and moderators too, with what the activity built', async () => {
    const { caseStudy: practice } = await insertCaseStudy(t.dataSource, { municipalityId: darmstadt.id, status: 'published', content: completeContent({ title: 'Solar roofs on schools' }) });
    const programme = await insertFundingProgramme(t.dataSource);
    const added = await withSession(t.http.post(activitiesUrl()), sessions.bursa).send(
      activityInput({ kind: 'joint_project', title: 'Ortak güneş projesi', caseStudyIds: [practice.id], fundingProgrammeId: programme.id, fundingAmount: 120_000, fundingCurrency: 'EUR', titleVariants: { en: 'Joint solar project' } }),
    );
    expect(added.status).toBe(201);
    const activity = added.body as PartnershipActivity;
    expect(activity).toMatchObject({
      partnershipId: twinning.id,
      kind: 'joint_project',
      title: 'Ortak güneş projesi',
      titleVariants: { en: 'Joint solar project' },
      participantCount: 6,
      participantRoles: ['waste officer', 'council member'],
      caseStudies: [{ id: practice.id, title: 'Solar roofs on schools' }],
      funding: { programme: { id: programme.id, name: programme.name }, amount: 120_000, currency: 'EUR' },
    });

    const byPartner = await withSession(t.http.patch(`${activitiesUrl()}/${activity.id}`), sessions.darmstadt).send({ learned: 'Tendering takes longer in Türkiye.', participantCount: 8 });
    expect(byPartner.status).toBe(200);
    expect(byPartner.body).toMatchObject({ learned: 'Tendering takes longer in Türkiye.', participantCount: 8, caseStudies: [{ id: practice.id }] });

    const byModerator = await withSession(t.http.patch(`${activitiesUrl()}/${activity.id}`), sessions.moderator).send({ caseStudyIds: [] });
    expect(byModerator.status).toBe(200);
    expect(byModerator.body.caseStudies).toEqual([]);
    const audit = await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY created_at`, [activity.id]);
    expect(audit.map((event: { action: string }) => event.action)).toEqual(['partnership_activity.created', 'partnership_activity.updated', 'partnership_activity.updated']);

    const deleted = await withSession(t.http.delete(`${activitiesUrl()}/${activity.id}`), sessions.admin);
    expect(deleted.status).toBe(204);
  });

  describe('refuses everyone else, changing nothing', () => {
    let existingId: string;
    beforeAll(async () => {
      existingId = (await insertActivity(t.dataSource, twinning.id, { title: 'Staff exchange', kind: 'staff_exchange' })).id;
    });

    it.each([
      ['a visitor', undefined, 401],
      ['staff of a third town', 'kars', 403],
      ['staff of one of the towns whose account is not verified', 'unverifiedBursa', 403],
    ] as const)('%s', async (_name, who, status) => {
      const session = who && sessions[who];
      const before = await activityCount();
      const attempts = [
        withSession(t.http.post(activitiesUrl()), session).send(activityInput()),
        withSession(t.http.patch(`${activitiesUrl()}/${existingId}`), session).send({ title: 'Changed' }),
        withSession(t.http.delete(`${activitiesUrl()}/${existingId}`), session),
      ];
      for (const attempt of attempts) expect((await attempt).status).toBe(status);
      expect(await activityCount()).toBe(before);
      expect((await t.dataSource.query(`SELECT title FROM partnership_activities WHERE id = $1`, [existingId]))[0].title).toBe('Staff exchange');
    });

    it('answers an activity of another partnership with 404, and a partnership that does not exist with 404', async () => {
      const other = await insertPartnership(t.dataSource, bursa, kars);
      const elsewhere = await insertActivity(t.dataSource, other.id);
      expect((await withSession(t.http.patch(`${activitiesUrl()}/${elsewhere.id}`), sessions.darmstadt).send({ title: 'Mine now' })).status).toBe(404);
      const missing = await withSession(t.http.post(activitiesUrl(randomUUID())), sessions.bursa).send(activityInput());
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('partnership_not_found');
    });
  });

  it.each([
    ['an end before the start', async () => ({ startsOn: '2025-05-02', endsOn: '2025-05-01' }), 'endsOn', 'end_before_start'],
    ['funding on a study visit', async () => ({ fundingAmount: 5_000, fundingCurrency: 'EUR' as const }), 'fundingAmount', 'not_allowed_value'],
    ['an amount without its currency', async () => ({ kind: 'joint_project' as const, fundingAmount: 5_000 }), 'fundingCurrency', 'needs_budget_amount'],
    [
      'an anonymous case study (the page names both towns)',
      async () => ({ caseStudyIds: [(await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', publishAnonymously: true })).caseStudy.id] }),
      'caseStudyIds',
      'unknown_reference',
    ],
    ['a case study that is not published', async () => ({ caseStudyIds: [(await insertCaseStudy(t.dataSource, { municipalityId: bursa.id })).caseStudy.id] }), 'caseStudyIds', 'unknown_reference'],
    ['an unknown kind', async () => ({ kind: 'party' as never }), 'kind', 'not_allowed_value'],
  ])('answers %s with 400, adding nothing', async (_name, fields, field, rule) => {
    const before = await activityCount();
    const response = await withSession(t.http.post(activitiesUrl()), sessions.bursa).send(activityInput(await fields()));
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
    expect(await activityCount()).toBe(before);
  });

  it('shows private activities to staff of the two towns and moderators only', async () => {
    const hidden = await insertActivity(t.dataSource, twinning.id, { title: 'Internal training', kind: 'training', isPublic: false });
    const sees = async (session?: TestSession) => (await page(session)).activities.some((activity) => activity.id === hidden.id);
    expect(await sees(undefined)).toBe(false);
    expect(await sees(sessions.kars)).toBe(false);
    expect(await sees(sessions.unverifiedBursa)).toBe(false);
    expect(await sees(sessions.bursa)).toBe(true);
    expect(await sees(sessions.darmstadt)).toBe(true);
    expect(await sees(sessions.moderator)).toBe(true);
    expect((await page(sessions.kars)).canEditActivities).toBe(false);
    expect((await page(sessions.darmstadt)).canEditActivities).toBe(true);
  });

  it('lists the practices that travelled between the two towns, never an anonymous one, and contacts for signed-in accounts only', async () => {
    const { caseStudy: named } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', content: completeContent({ title: 'Cycle lanes in the old town' }) });
    const { caseStudy: anonymous } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', publishAnonymously: true });
    const { caseStudy: fromKars } = await insertCaseStudy(t.dataSource, { municipalityId: kars.id, status: 'published' });
    const adapt = (caseStudyId: string, municipalityId: string) =>
      t.dataSource.getRepository(AdaptationEntity).insert({ caseStudyId, municipalityId, status: 'planning', localContext: 'x', changes: 'y', plannedSteps: '', createdById: null, discontinuedReason: null });
    await adapt(named.id, darmstadt.id);
    await adapt(anonymous.id, darmstadt.id);
    await adapt(fromKars.id, darmstadt.id);

    const visitor = await page(undefined);
    expect(visitor.travelledPractices.map((adaptation) => [adaptation.caseStudy.title, adaptation.municipality.id])).toEqual([['Cycle lanes in the old town', darmstadt.id]]);
    expect(JSON.stringify(visitor)).not.toContain(anonymous.id);
    expect(visitor.contacts).toBeNull();
    const signedIn = await page(sessions.kars);
    expect(signedIn.contacts!.map((contact) => contact.municipalityId).sort()).toEqual([bursa.id, darmstadt.id].sort());
    expect(signedIn).toMatchObject({ kind: 'twinning', sinceYear: 1971 });
  });
});
