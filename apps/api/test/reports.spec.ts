import { type Page, type ReportedContent, type ReportTargetKind } from '@twinning/contracts';
import { AdaptationCheckInEntity } from '../src/adaptations/adaptation-check-in.entity';
import { AdaptationEntity } from '../src/adaptations/adaptation.entity';
import { type MunicipalityEntity } from '../src/municipalities/municipality.entity';
import { DiscussionPostEntity } from '../src/questions/discussion-post.entity';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';

describe('reports of any content, in one moderators’ queue', () => {
  let t: TestApp;
  let bursa: MunicipalityEntity;
  let izmir: MunicipalityEntity;
  const ids: Record<string, string> = {};
  const sessions: Record<string, TestSession> = {};

  const report = (targetKind: string, targetId: string, session: TestSession | undefined, reason = 'Names a private person.') =>
    withSession(t.http.post('/api/v1/reports'), session).send({ targetKind, targetId, reason });
  const resolve = (targetKind: ReportTargetKind, targetId: string, decision: string, session: TestSession, comment = 'Checked with the town.') =>
    withSession(t.http.post('/api/v1/moderation/reports/resolve'), session).send({ targetKind, targetId, decision, comment });
  const queue = async (caseStudyId: string) => {
    const response = await withSession(t.http.get('/api/v1/moderation/reports?per_page=100'), sessions.moderator);
    expect(response.status).toBe(200);
    return (response.body as Page<ReportedContent>).items.filter((item) => item.caseStudy.id === caseStudyId);
  };
  const reportCount = async () => ((await t.dataSource.query(`SELECT count(*)::int AS count FROM content_reports`)) as { count: number }[])[0].count;

  /** A published case study of Bursa, adapted by İzmir with one check-in, and a question on it. */
  async function content() {
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', content: completeContent({ title: 'Kent bostanları', summary: 'Community gardens on empty plots.' }) });
    const adaptation = await t.dataSource.getRepository(AdaptationEntity).save({
      caseStudyId: caseStudy.id,
      municipalityId: izmir.id,
      status: 'piloting',
      createdById: ids.izmirStaff,
      discontinuedReason: null,
      localContext: 'Dense centre, few plots.',
      changes: 'Rooftops instead of plots.',
      plannedSteps: 'Two rooftops first.',
    });
    const checkIn = await t.dataSource.getRepository(AdaptationCheckInEntity).save({ adaptationId: adaptation.id, status: 'piloting', note: 'The first rooftop is planted.', results: '', authorId: ids.izmirStaff });
    const question = await t.dataSource.getRepository(DiscussionPostEntity).save({ caseStudyId: caseStudy.id, questionId: null, authorId: ids.izmirStaff, body: 'Who waters them?', hiddenAt: null, hiddenById: null });
    return { caseStudy, adaptation, checkIn, question };
  }

  beforeAll(async () => {
    t = await createTestApp();
    bursa = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa' });
    izmir = await insertMunicipality(t.dataSource, { nameLocal: 'İzmir', nameEn: 'Izmir' });
    ids.bursaStaff = (await insertUser(t.dataSource, { municipalityId: bursa.id })).id;
    ids.izmirStaff = (await insertUser(t.dataSource, { municipalityId: izmir.id })).id;
    ids.pending = (await insertUser(t.dataSource, { municipalityId: izmir.id, verified: false })).id;
    ids.moderator = (await insertUser(t.dataSource, { role: 'moderator' })).id;
    ids.admin = (await insertUser(t.dataSource, { role: 'admin' })).id;
    for (const [name, id] of Object.entries(ids)) sessions[name] = await startSession(t, id);
  });

  afterAll(async () => {
    await t.close();
  });

  it('takes a report on each kind of content into the queue, and tells the moderators', async () => {
    const { caseStudy, adaptation, checkIn, question } = await content();
    const targets: [ReportTargetKind, string][] = [
      ['case_study', caseStudy.id],
      ['adaptation', adaptation.id],
      ['check_in', checkIn.id],
      ['post', question.id],
    ];
    for (const [kind, id] of targets) expect((await report(kind, id, sessions.bursaStaff, `About the ${kind}.`)).status).toBe(204);

    const items = await queue(caseStudy.id);
    expect(items.map((item) => [item.targetKind, item.targetId, item.adaptationId, item.excerpt, item.reports.map((entry) => entry.reason)])).toEqual([
      ['case_study', caseStudy.id, null, 'Community gardens on empty plots.', ['About the case_study.']],
      ['adaptation', adaptation.id, adaptation.id, 'Dense centre, few plots.\n\nRooftops instead of plots.\n\nTwo rooftops first.', ['About the adaptation.']],
      ['check_in', checkIn.id, adaptation.id, 'The first rooftop is planted.', ['About the check_in.']],
      ['post', question.id, null, 'Who waters them?', ['About the post.']],
    ]);
    expect(items.every((item) => item.caseStudy.title === 'Kent bostanları' && item.reports[0].reporter?.id === ids.bursaStaff)).toBe(true);

    // Every moderator and admin is told of each report; the reporter and other staff are not.
    const told = (await t.dataSource.query(`SELECT user_id, count(*)::int AS count FROM notifications WHERE kind = 'report_waiting' AND case_study_id = $1 GROUP BY user_id ORDER BY user_id`, [caseStudy.id])) as { user_id: string; count: number }[];
    expect(told).toEqual([ids.moderator, ids.admin].sort().map((userId) => ({ user_id: userId, count: 4 })));
  });

  it('refuses a second open report by the same person, unknown or unseen targets, and bad input, writing nothing', async () => {
    const { caseStudy, adaptation } = await content();
    const { caseStudy: draft } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'draft' });
    expect((await report('adaptation', adaptation.id, sessions.bursaStaff)).status).toBe(204);
    const before = await reportCount();
    expect((await report('adaptation', adaptation.id, sessions.bursaStaff)).body.code).toBe('already_reported');
    // A draft is not there for others to see, so not to report; an id of another kind is not found.
    expect((await report('case_study', draft.id, sessions.izmirStaff)).body.code).toBe('report_target_not_found');
    expect((await report('check_in', adaptation.id, sessions.izmirStaff)).status).toBe(404);
    for (const body of [
      { targetKind: 'municipality', targetId: caseStudy.id, reason: 'x' },
      { targetKind: 'case_study', targetId: 'not-an-id', reason: 'x' },
      { targetKind: 'case_study', targetId: caseStudy.id, reason: '   ' },
      { targetKind: 'case_study', targetId: caseStudy.id, reason: 'x'.repeat(1001) },
    ]) {
      expect((await withSession(t.http.post('/api/v1/reports'), sessions.izmirStaff).send(body)).status).toBe(400);
    }
    expect((await report('case_study', caseStudy.id, undefined)).status).toBe(401);
    expect((await report('case_study', caseStudy.id, sessions.pending)).body.code).toBe('account_not_verified');
    expect(await reportCount()).toBe(before);
  });

  it('lets only moderators see the queue and close a thing’s reports, resolved or dismissed, in the audit log', async () => {
    const { caseStudy, checkIn } = await content();
    await report('case_study', caseStudy.id, sessions.bursaStaff);
    await report('case_study', caseStudy.id, sessions.izmirStaff, 'Copied from elsewhere.');
    await report('check_in', checkIn.id, sessions.bursaStaff);

    expect((await withSession(t.http.get('/api/v1/moderation/reports'), sessions.bursaStaff)).status).toBe(403);
    expect((await resolve('case_study', caseStudy.id, 'resolved', sessions.bursaStaff)).status).toBe(403);
    expect((await resolve('case_study', caseStudy.id, 'ignored', sessions.moderator)).status).toBe(400);

    expect((await resolve('case_study', caseStudy.id, 'resolved', sessions.moderator)).status).toBe(204);
    expect((await resolve('check_in', checkIn.id, 'dismissed', sessions.admin, '')).status).toBe(204);
    expect((await resolve('check_in', checkIn.id, 'dismissed', sessions.moderator)).body.code).toBe('no_open_reports');
    expect(await queue(caseStudy.id)).toEqual([]);

    const closed = (await t.dataSource.query(`SELECT target_kind, resolution, resolved_by_id FROM content_reports WHERE case_study_id = $1 ORDER BY target_kind, reporter_id`, [caseStudy.id])) as object[];
    expect(closed).toEqual([
      { target_kind: 'case_study', resolution: 'resolved', resolved_by_id: ids.moderator },
      { target_kind: 'case_study', resolution: 'resolved', resolved_by_id: ids.moderator },
      { target_kind: 'check_in', resolution: 'dismissed', resolved_by_id: ids.admin },
    ]);
    const audit = (await t.dataSource.query(`SELECT action, entity_type, after FROM audit_events WHERE entity_id = ANY($1) ORDER BY created_at`, [[caseStudy.id, checkIn.id]])) as object[];
    expect(audit).toEqual([
      { action: 'reports.resolved', entity_type: 'case_study', after: { closed: 2, comment: 'Checked with the town.' } },
      { action: 'reports.dismissed', entity_type: 'adaptation_check_in', after: { closed: 1, comment: '' } },
    ]);
    // Once closed, the same reader may report again.
    expect((await report('case_study', caseStudy.id, sessions.bursaStaff)).status).toBe(204);
  });

  it('keeps a report with what it is about: deleting the content takes its reports with it', async () => {
    const { caseStudy, adaptation } = await content();
    await report('adaptation', adaptation.id, sessions.bursaStaff);
    await t.dataSource.getRepository(AdaptationEntity).delete({ id: adaptation.id });
    expect(await queue(caseStudy.id)).toEqual([]);
  });
});
