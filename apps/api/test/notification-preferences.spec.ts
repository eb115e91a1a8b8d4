import { DEFAULT_NOTIFICATION_CHANNELS, type NotificationList } from '@twinning/contracts';
import { NotificationMailerService } from '../src/notifications/notification-mailer.service';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { decoded, startSmtpServer } from './support/smtp-server';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

describe('notification preferences, the daily digest and who is told what', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let digest: NotificationMailerService;

  const preferences = (session: TestSession) => withSession(t.http.get('/api/v1/me/notification-preferences'), session);
  const choose = (session: TestSession, body: object) => withSession(t.http.patch('/api/v1/me/notification-preferences'), session).send(body);
  const notificationsOf = async (session: TestSession) => ((await withSession(t.http.get('/api/v1/notifications'), session)).body as NotificationList).items;
  const ask = (caseStudyId: string, session: TestSession) => withSession(t.http.post(`/api/v1/case-studies/${caseStudyId}/questions`), session).send({ body: 'Who runs the stalls?' });
  /** Days far from today, so the scheduled check (which takes today's digest) never competes with the test's. */
  const at = (day: string, hour = 8) => new Date(`${day}T${String(hour).padStart(2, '0')}:30:00Z`);

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://twinning.example.org', MAIL_FROM: 'Twinning Exchange <no-reply@twinning.example.org>' });
    digest = t.app.get(NotificationMailerService);
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('gives every kind a default channel, saves a choice per kind, and refuses unknown kinds or channels, saving nothing', async () => {
    const session = await startSession(t, (await insertUser(t.dataSource, { municipalityId: (await insertMunicipality(t.dataSource)).id })).id);
    expect((await preferences(session)).body).toEqual(DEFAULT_NOTIFICATION_CHANNELS);

    const saved = await choose(session, { question_asked: 'digest', adaptation_started: 'off' });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ ...DEFAULT_NOTIFICATION_CHANNELS, question_asked: 'digest', adaptation_started: 'off' });
    expect((await choose(session, { question_asked: 'app' })).body).toMatchObject({ question_asked: 'app', adaptation_started: 'off' });

    for (const body of [{ question_asked: 'pigeon' }, { partner_gossip: 'email' }, { question_asked: 'email', adaptation_started: 7 }]) {
      const refused = await choose(session, body);
      expect(refused.status).toBe(400);
    }
    expect((await preferences(session)).body).toMatchObject({ question_asked: 'app', adaptation_started: 'off' });
    expect((await withSession(t.http.get('/api/v1/me/notification-preferences'), undefined)).status).toBe(401);
  });

  it('sends the digest once a day, not twice, only to those who chose it, and nothing to those who turned the kind off', async () => {
    const town = await insertMunicipality(t.dataSource, { nameLocal: 'Eskişehir', nameEn: 'Eskisehir' });
    const digestReader = await insertUser(t.dataSource, { municipalityId: town.id, email: 'digest@eskisehir.example.org' });
    const quiet = await insertUser(t.dataSource, { municipalityId: town.id, email: 'quiet@eskisehir.example.org' });
    const appOnly = await insertUser(t.dataSource, { municipalityId: town.id, email: 'app@eskisehir.example.org' });
    const sessions = { digest: await startSession(t, digestReader.id), quiet: await startSession(t, quiet.id), appOnly: await startSession(t, appOnly.id) };
    await choose(sessions.digest, { question_asked: 'digest' });
    await choose(sessions.quiet, { question_asked: 'off' });
    await choose(sessions.appOnly, { question_asked: 'app' });
    const asker = await startSession(t, (await insertUser(t.dataSource, { municipalityId: (await insertMunicipality(t.dataSource)).id })).id);
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: town.id, status: 'published', content: completeContent({ title: 'Gece pazarları' }) });
    const { caseStudy: second } = await insertCaseStudy(t.dataSource, { municipalityId: town.id, status: 'published', content: completeContent({ title: 'Kent bostanları' }) });

    expect((await ask(caseStudy.id, asker)).status).toBe(201);
    expect((await ask(second.id, asker)).status).toBe(201);
    // In the app for those who chose the digest or the app; nothing at all for the one who turned it off.
    expect((await notificationsOf(sessions.digest)).map((item) => item.title)).toEqual(['Kent bostanları', 'Gece pazarları']);
    expect((await notificationsOf(sessions.appOnly))).toHaveLength(2);
    expect(await notificationsOf(sessions.quiet)).toEqual([]);

    // Not before the digest hour, then one e-mail with both, then nothing more that day.
    expect(await digest.sendDigest(at('2031-03-01', 5))).toBe(0);
    const before = smtp.received.length;
    expect(await digest.sendDigest(at('2031-03-01'))).toBe(1);
    await waitUntil('the digest to arrive', async () => smtp.received.length === before + 1);
    const mail = smtp.received[before];
    expect(mail.to).toEqual([digestReader.email]);
    const text = decoded(mail);
    expect(text).toContain('Someone asked a question on “Gece pazarları”.');
    expect(text).toContain('“Kent bostanları” hakkında bir soru soruldu.');
    expect(text).toContain('Zu “Kent bostanları” wurde eine Frage gestellt.');
    expect(await digest.sendDigest(at('2031-03-01', 20))).toBe(0);

    // What comes later waits for the next day's digest.
    expect((await ask(caseStudy.id, asker)).status).toBe(201);
    expect(await digest.sendDigest(at('2031-03-01', 23))).toBe(0);
    expect(await digest.sendDigest(at('2031-03-02'))).toBe(1);
    expect(await digest.sendDigest(at('2031-03-02', 9))).toBe(0);
    await waitUntil('the second digest to arrive', async () => smtp.received.length === before + 2);
    // No e-mail at once went to anyone of this town: the digest reader waits for the digest, the others chose the app or nothing.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(smtp.received.slice(before).map((received) => received.to)).toEqual([[digestReader.email], [digestReader.email]]);
  });

  it('tells the moderators of a submission, and a person that their account is verified', async () => {
    const town = await insertMunicipality(t.dataSource, { nameLocal: 'Muğla', nameEn: 'Mugla' });
    const staff = await insertUser(t.dataSource, { municipalityId: town.id });
    const moderator = await insertUser(t.dataSource, { role: 'moderator' });
    const moderatorSession = await startSession(t, moderator.id);
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: town.id, status: 'draft', content: completeContent({ title: 'Deniz çayırları' }) });
    const submitted = await withSession(t.http.post(`/api/v1/case-studies/${caseStudy.id}/submit`), await startSession(t, staff.id)).send({ version: caseStudy.version });
    expect(submitted.status).toBe(200);
    expect((await notificationsOf(moderatorSession)).filter((item) => item.caseStudyId === caseStudy.id)).toMatchObject([{ kind: 'submission_waiting', title: 'Deniz çayırları' }]);

    const newcomer = await insertUser(t.dataSource, { municipalityId: town.id, verified: false, email: 'newcomer@mugla.example.org' });
    const newcomerSession = await startSession(t, newcomer.id);
    const mailsBefore = smtp.received.length;
    expect((await withSession(t.http.post(`/api/v1/admin/users/${newcomer.id}/verify`), moderatorSession).send()).status).toBe(200);
    expect(await notificationsOf(newcomerSession)).toMatchObject([{ kind: 'account_verified', caseStudyId: null, title: 'Muğla' }]);
    // By e-mail too, at once: the default for this kind.
    await waitUntil('the verification e-mail', async () => smtp.received.slice(mailsBefore).some((mail) => mail.to[0] === newcomer.email));
    expect(decoded(smtp.received.slice(mailsBefore).find((mail) => mail.to[0] === newcomer.email)!)).toContain('Ihr Konto ist freigeschaltet');
  });
});
