import { type Question } from '@twinning/contracts';
import { insertCaseStudy, completeContent } from './factories/case-study.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, withSession } from './support/sessions';
import { decoded, startSmtpServer } from './support/smtp-server';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

describe('notifications by e-mail when SMTP_URL is set', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://twinning.example.org', MAIL_FROM: 'Twinning Exchange <no-reply@twinning.example.org>' });
  });

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('mails each notified person once, after the change is committed, and retries a failed send', async () => {
    const bursa = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa' });
    const staff = await insertUser(t.dataSource, { municipalityId: bursa.id, email: 'staff@bursa.example.org' });
    const colleague = await insertUser(t.dataSource, { municipalityId: bursa.id, email: 'colleague@bursa.example.org' });
    const asker = await insertUser(t.dataSource, { email: 'asker@example.org', municipalityId: (await insertMunicipality(t.dataSource)).id });
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', content: completeContent({ title: 'Gece pazarları' }) });

    smtp.failNext(1);
    const asked = await withSession(t.http.post(`/api/v1/case-studies/${caseStudy.id}/questions`), await startSession(t, asker.id)).send({ body: 'Who runs the stalls?' });
    const question = asked.body as Question;
    await waitUntil('both staff to be mailed', async () => smtp.received.length === 2);
    expect(smtp.received.map((mail) => mail.to).sort()).toEqual([[colleague.email], [staff.email]]);
    for (const mail of smtp.received) {
      expect(mail.from).toBe('no-reply@twinning.example.org');
      const text = decoded(mail);
      expect(text).toMatch(/^Subject: =\?UTF-8\?Q\?Twinning_Exchange:_Someone_asked/m);
      expect(text).toContain('Someone asked a question on “Gece pazarları”.');
      expect(text).toContain('“Gece pazarları” hakkında bir soru soruldu.');
      expect(text).toContain('Zu “Gece pazarları” wurde eine Frage gestellt.');
      expect(text).toContain(`https://twinning.example.org/case-studies/${caseStudy.id}#questions`);
    }
    // The server has the mail before the sender records it as sent: wait for that record, then check it whole.
    const recorded = async () =>
      (await t.dataSource.query(`SELECT mail_status, mail_attempts FROM notifications WHERE question_id = $1 ORDER BY mail_attempts`, [question.id])) as { mail_status: string; mail_attempts: number }[];
    await waitUntil('both sends to be recorded', async () => (await recorded()).every((row) => row.mail_status !== 'pending'));
    expect(await recorded()).toEqual([
      { mail_status: 'sent', mail_attempts: 1 },
      { mail_status: 'sent', mail_attempts: 2 },
    ]);

    await withSession(t.http.post(`/api/v1/questions/${question.id}/answers`), await startSession(t, staff.id)).send({ body: 'The market association.' });
    await waitUntil('the asker to be mailed', async () => smtp.received.length === 3);
    expect(smtp.received[2].to).toEqual([asker.email]);
    const answered = decoded(smtp.received[2]);
    expect(answered).toContain('Your question on “Gece pazarları” has an answer.');
    expect(answered).toContain('Ihre Frage zu “Gece pazarları” wurde beantwortet.');
  });

  it('sends nothing for a change that was refused', async () => {
    const before = smtp.received.length;
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: (await insertMunicipality(t.dataSource)).id, status: 'draft' });
    const someone = await insertUser(t.dataSource, { municipalityId: (await insertMunicipality(t.dataSource)).id });
    expect((await withSession(t.http.post(`/api/v1/case-studies/${caseStudy.id}/questions`), await startSession(t, someone.id)).send({ body: 'Hello?' })).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(smtp.received.length).toBe(before);
  });
});
