import { type Page, type Question, type ReportedContent } from '@twinning/contracts';
import { type MunicipalityEntity } from '../src/municipalities/municipality.entity';
import { insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';

describe('questions and answers on a published case study', () => {
  let t: TestApp;
  let bursa: MunicipalityEntity;
  const ids: Record<string, string> = {};
  const sessions: Record<string, TestSession> = {};

  const ask = (caseStudyId: string, session: TestSession | undefined, body: unknown = { body: 'How did you pay for the bikes?' }) =>
    withSession(t.http.post(`/api/v1/case-studies/${caseStudyId}/questions`), session).send(body as object);
  const answer = (questionId: string, session: TestSession | undefined, body = 'A regional grant, then the bus budget.') =>
    withSession(t.http.post(`/api/v1/questions/${questionId}/answers`), session).send({ body });
  const list = async (caseStudyId: string, session?: TestSession) => {
    const response = await withSession(t.http.get(`/api/v1/case-studies/${caseStudyId}/questions`), session);
    expect(response.status).toBe(200);
    return response.body as Question[];
  };
  const setHidden = (postId: string, session: TestSession | undefined, hidden: boolean) => withSession(t.http.post(`/api/v1/posts/${postId}/visibility`), session).send({ hidden });
  const report = (postId: string, session: TestSession | undefined, reason = 'Advertising.') => withSession(t.http.post('/api/v1/reports'), session).send({ targetKind: 'post', targetId: postId, reason });
  const dismiss = (postId: string, session: TestSession) => withSession(t.http.post('/api/v1/moderation/reports/resolve'), session).send({ targetKind: 'post', targetId: postId, decision: 'dismissed', comment: '' });
  const notificationsOf = async (userId: string) =>
    (await t.dataSource.query(`SELECT kind, question_id FROM notifications WHERE user_id = $1 ORDER BY created_at`, [userId])) as { kind: string; question_id: string }[];
  const count = async (table: string) => ((await t.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`)) as { count: number }[])[0].count;

  beforeAll(async () => {
    t = await createTestApp();
    bursa = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa' });
    const izmir = await insertMunicipality(t.dataSource, { nameLocal: 'İzmir', nameEn: 'Izmir' });
    ids.bursaStaff = (await insertUser(t.dataSource, { municipalityId: bursa.id })).id;
    ids.bursaColleague = (await insertUser(t.dataSource, { municipalityId: bursa.id })).id;
    ids.izmirStaff = (await insertUser(t.dataSource, { municipalityId: izmir.id })).id;
    ids.izmirColleague = (await insertUser(t.dataSource, { municipalityId: izmir.id })).id;
    ids.pending = (await insertUser(t.dataSource, { municipalityId: izmir.id, verified: false })).id;
    ids.unconfirmed = (await insertUser(t.dataSource, { municipalityId: izmir.id, verified: false, emailConfirmed: false })).id;
    ids.moderator = (await insertUser(t.dataSource, { role: 'moderator' })).id;
    for (const name of ['bursaStaff', 'izmirStaff', 'izmirColleague', 'pending', 'unconfirmed', 'moderator']) sessions[name] = await startSession(t, ids[name]);
  });

  afterAll(() => t.close());

  it('lets anyone verified ask, only the town’s staff answer, and tells the right people and no one else', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published' });
    expect((await ask(caseStudy.id, undefined)).status).toBe(401);
    const asked = await ask(caseStudy.id, sessions.izmirColleague);
    expect(asked.status).toBe(201);
    const question = asked.body as Question;
    expect(question).toMatchObject({ caseStudyId: caseStudy.id, body: 'How did you pay for the bikes?', author: { id: ids.izmirColleague }, hidden: false, answers: [] });
    for (const userId of [ids.bursaStaff, ids.bursaColleague]) expect(await notificationsOf(userId)).toEqual([{ kind: 'question_asked', question_id: question.id }]);
    for (const userId of [ids.izmirStaff, ids.izmirColleague, ids.moderator]) expect(await notificationsOf(userId)).toEqual([]);

    expect((await answer(question.id, sessions.izmirStaff)).status).toBe(403);
    expect((await answer(question.id, sessions.moderator)).status).toBe(403);
    expect((await answer(question.id, sessions.pending)).status).toBe(403);
    const answered = await answer(question.id, sessions.bursaStaff);
    expect(answered.status).toBe(201);
    expect(answered.body).toMatchObject({ questionId: question.id, author: { id: ids.bursaStaff } });
    expect((await answer(answered.body.id as string, sessions.bursaStaff)).body.code).toBe('not_a_question');

    expect(await notificationsOf(ids.izmirColleague)).toEqual([{ kind: 'question_answered', question_id: question.id }]);
    expect(await notificationsOf(ids.bursaColleague)).toHaveLength(1);
    expect(await notificationsOf(ids.bursaStaff)).toHaveLength(1);

    // Without SMTP_URL nothing waits to be e-mailed.
    expect((await t.dataSource.query(`SELECT count(*)::int AS count FROM notifications WHERE mail_status IS NOT NULL`))[0].count).toBe(0);

    const [listed] = await list(caseStudy.id);
    expect(listed).toMatchObject({ id: question.id, answers: [{ body: 'A regional grant, then the bus budget.' }] });
  });

  it('refuses empty, oversized and malformed posts with a 400, writing nothing', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published' });
    const before = [await count('discussion_posts'), await count('notifications')];
    for (const body of [{ body: '   ' }, { body: 'x'.repeat(5_001) }, { body: 42 }, {}, { body: 'ok', extra: true }]) {
      const response = await ask(caseStudy.id, sessions.izmirStaff, body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
    }
    expect([await count('discussion_posts'), await count('notifications')]).toEqual(before);
  });

  it('has no questions on what the public cannot see', async () => {
    for (const status of ['draft', 'submitted', 'archived'] as const) {
      const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status });
      expect((await ask(caseStudy.id, sessions.izmirStaff)).status).toBe(404);
      expect((await t.http.get(`/api/v1/case-studies/${caseStudy.id}/questions`)).status).toBe(404);
    }
  });

  it('keeps hidden questions and answers from everyone but moderators', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published' });
    const spam = (await ask(caseStudy.id, sessions.izmirStaff, { body: 'Buy cheap watches' })).body as Question;
    const fine = (await ask(caseStudy.id, sessions.izmirColleague)).body as Question;
    const rude = (await answer(fine.id, sessions.bursaStaff, 'Rude words')).body as { id: string };
    await answer(fine.id, sessions.bursaStaff, 'Polite words');

    expect((await setHidden(spam.id, sessions.bursaStaff, true)).status).toBe(403);
    expect((await setHidden(spam.id, sessions.moderator, true)).status).toBe(204);
    expect((await setHidden(rude.id, sessions.moderator, true)).status).toBe(204);

    for (const viewer of [undefined, sessions.izmirStaff, sessions.bursaStaff, sessions.pending]) {
      const seen = await list(caseStudy.id, viewer);
      expect(seen.map((question) => question.body)).toEqual(['How did you pay for the bikes?']);
      expect(seen[0].answers.map((entry) => entry.body)).toEqual(['Polite words']);
      expect(JSON.stringify(seen)).not.toMatch(/watches|Rude/);
    }
    const forModerator = await list(caseStudy.id, sessions.moderator);
    expect(forModerator.map((question) => [question.body, question.hidden])).toEqual([
      ['How did you pay for the bikes?', false],
      ['Buy cheap watches', true],
    ]);
    expect(forModerator[0].answers.map((entry) => [entry.body, entry.hidden])).toEqual([
      ['Rude words', true],
      ['Polite words', false],
    ]);
    // A hidden question takes no answers and no reports, as if it did not exist.
    expect((await answer(spam.id, sessions.bursaStaff)).status).toBe(404);
    expect((await report(spam.id, sessions.izmirColleague)).status).toBe(404);

    expect((await setHidden(spam.id, sessions.moderator, false)).status).toBe(204);
    expect((await list(caseStudy.id)).map((question) => question.body)).toContain('Buy cheap watches');
    const audit = (await t.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY created_at`, [spam.id])) as { action: string }[];
    expect(audit.map((event) => event.action)).toEqual(['post.hidden', 'post.shown']);
  });

  it('refuses questions and reports from accounts still waiting for verification, with the reason, writing nothing', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published' });
    const question = (await ask(caseStudy.id, sessions.izmirStaff, { body: 'Who drives the buses?' })).body as Question;
    const before = [await count('discussion_posts'), await count('content_reports'), await count('notifications')];
    for (const [session, code] of [[sessions.pending, 'account_not_verified'], [sessions.unconfirmed, 'email_not_confirmed']] as const) {
      for (const response of [await ask(caseStudy.id, session), await report(question.id, session)]) {
        expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code });
      }
    }
    expect([await count('discussion_posts'), await count('content_reports'), await count('notifications')]).toEqual(before);
  });

  it('takes reports from anyone verified to the moderators, who hide or dismiss', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published' });
    const question = (await ask(caseStudy.id, sessions.izmirStaff, { body: 'Call me on 0555' })).body as Question;
    const other = (await ask(caseStudy.id, sessions.izmirStaff, { body: 'Is this legal?' })).body as Question;
    expect((await report(question.id, undefined)).status).toBe(401);
    expect((await report(question.id, sessions.izmirColleague, '  ')).status).toBe(400);
    expect((await report(question.id, sessions.izmirColleague)).status).toBe(204);
    expect((await report(question.id, sessions.izmirColleague)).body.code).toBe('already_reported');
    expect((await report(question.id, sessions.bursaStaff, 'Personal data.')).status).toBe(204);
    expect((await report(other.id, sessions.bursaStaff, 'Rude.')).status).toBe(204);

    expect((await withSession(t.http.get('/api/v1/moderation/reports'), sessions.bursaStaff)).status).toBe(403);
    const queue = (await withSession(t.http.get('/api/v1/moderation/reports'), sessions.moderator)).body as Page<ReportedContent>;
    const ours = queue.items.filter((item) => item.caseStudy.id === caseStudy.id);
    expect(ours.map((item) => [item.excerpt, item.targetKind, item.questionId, item.reports.map((entry) => entry.reason)])).toEqual([
      ['Call me on 0555', 'post', question.id, ['Advertising.', 'Personal data.']],
      ['Is this legal?', 'post', other.id, ['Rude.']],
    ]);

    await setHidden(question.id, sessions.moderator, true);
    expect((await dismiss(other.id, sessions.moderator)).status).toBe(204);
    expect((await dismiss(other.id, sessions.moderator)).body.code).toBe('no_open_reports');
    const after = (await withSession(t.http.get('/api/v1/moderation/reports'), sessions.moderator)).body as Page<ReportedContent>;
    expect(after.items.filter((item) => item.caseStudy.id === caseStudy.id)).toEqual([]);
    const resolutions = (await t.dataSource.query(`SELECT resolution FROM content_reports WHERE post_id = ANY($1) ORDER BY resolution`, [[question.id, other.id]])) as { resolution: string }[];
    expect(resolutions.map((row) => row.resolution)).toEqual(['dismissed', 'hidden', 'hidden']);
    // A report closed, the same reader may report again later.
    expect((await report(other.id, sessions.bursaStaff, 'Still rude.')).status).toBe(204);
  });

  it('does not name who answers for an anonymous case study to those who may not know its town', async () => {
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', publishAnonymously: true });
    const question = (await ask(caseStudy.id, sessions.izmirStaff)).body as Question;
    await answer(question.id, sessions.bursaStaff);
    expect((await list(caseStudy.id, sessions.izmirStaff))[0].answers[0].author).toBeNull();
    expect((await list(caseStudy.id))[0].answers[0].author).toBeNull();
    expect((await list(caseStudy.id, sessions.moderator))[0].answers[0].author).toMatchObject({ id: ids.bursaStaff });
  });
});
