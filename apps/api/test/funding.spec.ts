import { type FundingCall, type FundingProgramme, type FundingProgrammeDetail } from '@twinning/contracts';
import ICAL from 'ical.js';
import { FUNDING_PROGRAMMES } from '../src/database/seed/funding-programmes';
import { seedDemoFundingCalls, seedFundingProgrammes } from '../src/database/seed/funding-seed';
import { dayFromToday, fundingCallInput, fundingProgrammeInput, insertFundingCall, insertFundingProgramme } from './factories/funding.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';

describe('funding programmes and calls', () => {
  let t: TestApp;
  let moderator: TestSession;

  beforeAll(async () => {
    t = await createTestApp();
    moderator = await startSession(t, (await insertUser(t.dataSource, { role: 'moderator' })).id);
  });

  afterAll(() => t.close());

  const programmeCount = async () => Number(((await t.dataSource.query('SELECT count(*) AS n FROM funding_programmes')) as { n: string }[])[0].n);

  describe('the seed', () => {
    it('adds at least 12 real programmes once, and never overwrites a moderator’s edit', async () => {
      expect(FUNDING_PROGRAMMES.length).toBeGreaterThanOrEqual(12);
      expect(await seedFundingProgrammes(t.dataSource)).toBe(FUNDING_PROGRAMMES.length);
      const list = await t.http.get('/api/v1/funding/programmes');
      expect(list.status).toBe(200);
      const cerv = (list.body as FundingProgramme[]).find((p) => p.name === 'CERV – Town-Twinning')!;
      expect(cerv.officialUrl).toMatch(/^https:\/\//);

      const edited = await withSession(t.http.patch(`/api/v1/funding/programmes/${cerv.id}`), moderator).send({ funder: 'EACEA' });
      expect(edited.status).toBe(200);
      expect(await seedFundingProgrammes(t.dataSource)).toBe(0);
      expect((await t.http.get(`/api/v1/funding/programmes/${cerv.id}`)).body.funder).toBe('EACEA');
    });

    it('adds demo calls dated from today: some open, some forthcoming, some closed', async () => {
      expect(await seedDemoFundingCalls(t.dataSource)).toBeGreaterThanOrEqual(6);
      expect(await seedDemoFundingCalls(t.dataSource)).toBe(0);
      const calls = (await t.http.get('/api/v1/funding/calls')).body as FundingCall[];
      const statuses = new Set(calls.map((call) => call.status));
      expect([...statuses].sort()).toEqual(['closed', 'forthcoming', 'open']);
      expect(calls.filter((call) => call.status === 'open').length).toBeGreaterThanOrEqual(3);
    });
  });

  describe('the catalogue', () => {
    it('creates a programme that everyone then reads, with its calls', async () => {
      const created = await withSession(t.http.post('/api/v1/funding/programmes'), moderator).send(fundingProgrammeInput({ name: 'Kardeş Şehir Fonu', themes: ['youth'] }));
      expect(created.status).toBe(201);
      await insertFundingCall(t.dataSource, created.body.id, { title: 'Spring call' });
      const detail = (await t.http.get(`/api/v1/funding/programmes/${created.body.id}`)).body as FundingProgrammeDetail;
      expect(detail).toMatchObject({ name: 'Kardeş Şehir Fonu', archived: false, description: { de: 'Ein Programm.' } });
      expect(detail.calls.map((call) => [call.title, call.status])).toEqual([['Spring call', 'open']]);
    });

    it.each([
      ['an unknown kind', { kind: 'lottery' }, 'kind'],
      ['an unknown theme', { themes: ['space'] }, 'themes'],
      ['a country that is no code', { eligibleCountries: ['Turkey'] }, 'eligibleCountries'],
      ['a rate above 100', { coFinancingRatePercent: 120 }, 'coFinancingRatePercent'],
      ['a link that is no http(s) URL', { officialUrl: 'javascript:alert(1)' }, 'officialUrl'],
      ['a description without German', { description: { en: 'x', tr: 'y' } }, 'description.de'],
      ['a grant range upside down', { typicalGrantMin: 9, typicalGrantMax: 1 }, 'typicalGrantMax'],
    ])('refuses %s with a 400 and adds nothing', async (_, change, field) => {
      const before = await programmeCount();
      const response = await withSession(t.http.post('/api/v1/funding/programmes'), moderator).send({ ...fundingProgrammeInput(), ...change });
      expect(response.status).toBe(400);
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await programmeCount()).toBe(before);
    });

    it('refuses a second programme of the same name with a 409', async () => {
      const existing = await insertFundingProgramme(t.dataSource);
      const response = await withSession(t.http.post('/api/v1/funding/programmes'), moderator).send(fundingProgrammeInput({ name: existing.name }));
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('funding_programme_name_taken');
    });

    it('archives a programme: gone from the lists and the calendar, still readable, and back when unarchived', async () => {
      const programme = await insertFundingProgramme(t.dataSource);
      await insertFundingCall(t.dataSource, programme.id, { title: 'Call of an archived programme' });
      const archive = (archived: boolean) => withSession(t.http.patch(`/api/v1/funding/programmes/${programme.id}`), moderator).send({ archived });
      expect((await archive(true)).body.archived).toBe(true);
      const ids = async (query: string) => ((await t.http.get(`/api/v1/funding/programmes${query}`)).body as FundingProgramme[]).map((p) => p.id);
      expect(await ids('')).not.toContain(programme.id);
      expect(await ids('?includeArchived=true')).toContain(programme.id);
      expect(((await t.http.get('/api/v1/funding/calls')).body as FundingCall[]).map((c) => c.title)).not.toContain('Call of an archived programme');
      expect((await t.http.get('/api/v1/funding/calls.ics')).text).not.toContain('Call of an archived programme');
      expect((await archive(false)).body.archived).toBe(false);
      expect(await ids('')).toContain(programme.id);
    });

    it('answers 404 for a programme that does not exist', async () => {
      const response = await t.http.get('/api/v1/funding/programmes/3f1c2a8e-0000-4000-8000-000000000000');
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('funding_programme_not_found');
    });
  });

  describe('calls', () => {
    it('computes the status from the dates, the closing day included', async () => {
      const programme = await insertFundingProgramme(t.dataSource);
      const post = (opensOn: string, closesOn: string) => withSession(t.http.post('/api/v1/funding/calls'), moderator).send(fundingCallInput(programme.id, { opensOn, closesOn }));
      expect((await post(dayFromToday(-5), dayFromToday(0))).body.status).toBe('open');
      expect((await post(dayFromToday(-9), dayFromToday(-1))).body.status).toBe('closed');
      expect((await post(dayFromToday(1), dayFromToday(9))).body.status).toBe('forthcoming');
    });

    it('refuses a call that closes before it opens, also by an edit, and changes nothing', async () => {
      const programme = await insertFundingProgramme(t.dataSource);
      const refused = await withSession(t.http.post('/api/v1/funding/calls'), moderator).send(fundingCallInput(programme.id, { opensOn: '2030-05-02', closesOn: '2030-05-01' }));
      expect(refused.status).toBe(400);
      const call = await insertFundingCall(t.dataSource, programme.id);
      const edit = await withSession(t.http.patch(`/api/v1/funding/calls/${call.id}`), moderator).send({ closesOn: '2000-01-01' });
      expect(edit.status).toBe(400);
      expect((await t.http.get(`/api/v1/funding/programmes/${programme.id}`)).body.calls[0].closesOn).toBe(call.closesOn);
    });

    it('refuses a date that does not exist and a call of an unknown programme', async () => {
      const programme = await insertFundingProgramme(t.dataSource);
      const badDate = await withSession(t.http.post('/api/v1/funding/calls'), moderator).send(fundingCallInput(programme.id, { closesOn: '2030-02-30' }));
      expect(badDate.status).toBe(400);
      const unknown = await withSession(t.http.post('/api/v1/funding/calls'), moderator).send(fundingCallInput('3f1c2a8e-0000-4000-8000-000000000000'));
      expect(unknown.status).toBe(404);
    });

    it('filters by theme and programme', async () => {
      const heritage = await insertFundingProgramme(t.dataSource, { themes: ['culture_heritage', 'tourism'] });
      await insertFundingCall(t.dataSource, heritage.id, { title: 'Heritage call' });
      const titles = async (query: string) => ((await t.http.get(`/api/v1/funding/calls${query}`)).body as FundingCall[]).map((c) => c.title);
      expect(await titles('?theme=tourism')).toContain('Heritage call');
      expect(await titles('?theme=energy')).not.toContain('Heritage call');
      expect(await titles(`?programmeId=${heritage.id}`)).toEqual(['Heritage call']);
      expect((await t.http.get('/api/v1/funding/calls?theme=space')).status).toBe(400);
    });
  });

  describe('the iCalendar feed', () => {
    it('is valid RFC 5545 that a library reads back: one all-day event per deadline not yet passed, filtered by theme', async () => {
      const programme = await insertFundingProgramme(t.dataSource, { name: 'Ümraniye; Köln, Gênes – a programme whose name is long enough to need folding', themes: ['disaster_resilience'] });
      const open = await insertFundingCall(t.dataSource, programme.id, { title: 'Deprem hazırlığı, ortak tatbikat; Katastrophenschutz\nzweite Zeile', closesOn: dayFromToday(30) });
      const forthcoming = await insertFundingCall(t.dataSource, programme.id, { title: 'Next round', opensOn: dayFromToday(5), closesOn: dayFromToday(50) });
      await insertFundingCall(t.dataSource, programme.id, { title: 'Past round', opensOn: dayFromToday(-60), closesOn: dayFromToday(-30) });

      const host = new URL(t.config.publicUrl).hostname;
      const response = await t.http.get('/api/v1/funding/calls.ics?theme=disaster_resilience');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      const text = response.text;
      // Every line ends in CRLF and holds at most 75 octets; long ones are folded.
      expect(text.endsWith('\r\n')).toBe(true);
      const lines = text.slice(0, -2).split('\r\n');
      expect(lines.every((line) => !line.includes('\n') && Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
      expect(lines.some((line) => line.startsWith(' '))).toBe(true);

      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
      const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      expect(events.map((event) => event.uid).sort()).toEqual([`funding-call-${open.id}@${host}`, `funding-call-${forthcoming.id}@${host}`].sort());
      const byUid = new Map(events.map((event) => [event.uid, event]));
      const deadline = byUid.get(`funding-call-${open.id}@${host}`)!;
      expect(deadline.startDate.isDate).toBe(true);
      expect(deadline.startDate.toString()).toBe(open.closesOn);
      expect(deadline.summary).toBe(`Deadline: Deprem hazırlığı, ortak tatbikat; Katastrophenschutz\nzweite Zeile (${programme.name})`);
      for (const vevent of calendar.getAllSubcomponents('vevent')) expect(vevent.getFirstPropertyValue('dtstamp')).toBeTruthy();

      const otherTheme = new ICAL.Component(ICAL.parse((await t.http.get('/api/v1/funding/calls.ics?theme=mobility')).text));
      expect(otherTheme.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))).not.toContain(`funding-call-${open.id}@${host}`);
    });
  });
});
