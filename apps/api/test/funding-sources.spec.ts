import { type CaseStudyDetail, type FundingSource, type SearchResponse, type StatisticsReport } from '@twinning/contracts';
import { FundingSourcesProgrammes1796515599635 } from '../src/database/migrations/1796515599635-funding-sources-programmes';
import { seedFundingProgrammes } from '../src/database/seed/funding-seed';
import { resolveFundingProgrammeNames } from '../src/funding/funding-programme-names';
import { PostgresSearchRepository } from '../src/search/postgres-search.repository';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertFundingProgramme } from './factories/funding.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

const source = (overrides: Partial<FundingSource>): FundingSource => ({ kind: 'eu_programme', programmeId: null, programmeName: null, amount: null, ...overrides });

/** Funding sources that name catalogue programmes, with amounts; the programme facet and filter; money statistics; the migration of free-text names. */
describe('funding sources', () => {
  let t: TestApp;
  let staff: TestSession;
  let bursaId: string;
  let darmstadtId: string;
  let twinning: string;
  let youth: string;

  beforeAll(async () => {
    t = await createTestApp();
    bursaId = (await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa' })).id;
    darmstadtId = (await insertMunicipality(t.dataSource, { nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE' })).id;
    staff = await startSession(t, (await insertUser(t.dataSource, { municipalityId: bursaId })).id);
    twinning = (await insertFundingProgramme(t.dataSource, { name: 'Twinning Fund' })).id;
    youth = (await insertFundingProgramme(t.dataSource, { name: 'Youth Bridge', kind: 'foundation' })).id;
  });

  afterAll(() => t.close());

  const create = (fundingSources: FundingSource[], extra = {}) =>
    withSession(t.http.post('/api/v1/case-studies'), staff).send({ content: completeContent({ partnerMunicipalityIds: [], fundingSources, ...extra }) });

  describe('on the case study', () => {
    it('keeps a catalogue programme and an amount per source, and another programme by name', async () => {
      const created = await create([source({ programmeId: twinning, amount: 120_000 }), source({ kind: 'other', programmeName: 'A local bank', amount: 30_000 })], { continuedAfterFunding: 'partly' });
      expect(created.status).toBe(201);
      const detail = (await withSession(t.http.get(`/api/v1/case-studies/${created.body.id}`), staff)).body as CaseStudyDetail;
      expect(detail.draft!.content.fundingSources).toEqual([source({ programmeId: twinning, amount: 120_000 }), source({ kind: 'other', programmeName: 'A local bank', amount: 30_000 })]);
      expect(detail.draft!.content.continuedAfterFunding).toBe('partly');
    });

    it.each([
      ['a programme the catalogue does not hold', [source({ programmeId: '00000000-0000-4000-8000-000000000000' })], 'fundingSources[0].programmeId', 'unknown_programme'],
      ['a programme id that is not an id', [source({ programmeId: 'erasmus' })], 'fundingSources[0].programmeId', 'not_id'],
      ['a catalogue programme with a name beside it', [source({ programmeId: 'TWINNING', programmeName: 'Twinning' })], 'fundingSources[0].programmeName', 'programme_and_name'],
      ['a negative amount', [source({ amount: -5 })], 'fundingSources[0].amount', 'too_small'],
    ])('refuses %s with a rule, and stores nothing', async (_, fundingSources, field, rule) => {
      const sent = fundingSources.map((entry) => (entry.programmeId === 'TWINNING' ? { ...entry, programmeId: twinning } : entry));
      const before = ((await t.dataSource.query('SELECT count(*)::int AS n FROM case_studies')) as { n: number }[])[0].n;
      const response = await create(sent);
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
      expect(((await t.dataSource.query('SELECT count(*)::int AS n FROM case_studies')) as { n: number }[])[0].n).toBe(before);
    });

    it('refuses an answer to "went on after the funding" outside yes, partly and no', async () => {
      const response = await create([source({ programmeId: twinning })], { continuedAfterFunding: 'maybe' });
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([expect.objectContaining({ field: 'continuedAfterFunding', rule: 'not_allowed_value' })]);
    });

    it('refuses to submit amounts that add up to more than the budget', async () => {
      const created = await create([source({ programmeId: twinning, amount: 200_000 }), source({ kind: 'own_budget', amount: 100_000 })], { budgetAmount: 250_000, budgetCurrency: 'EUR' });
      expect(created.status).toBe(201);
      const submitted = await withSession(t.http.post(`/api/v1/case-studies/${created.body.id}/submit`), staff).send({ version: created.body.draft.version });
      expect(submitted.status).toBe(422);
      expect(submitted.body.details).toEqual([expect.objectContaining({ field: 'fundingSources', rule: 'amounts_above_budget', params: { max: 250_000 } })]);
    });
  });

  describe('in search and statistics', () => {
    const published = async (municipalityId: string, title: string, fundingSources: FundingSource[], extra: Parameters<typeof completeContent>[0] = {}, status: 'published' | 'draft' | 'archived' = 'published', publishAnonymously = false) =>
      insertCaseStudy(t.dataSource, { municipalityId, status, publishAnonymously, content: completeContent({ title, budgetCurrency: 'EUR', fundingSources, ...extra }) });

    /** Counts per programme of the published, not archived case studies, straight from the revisions. */
    const programmeCountsInSql = async () =>
      Object.fromEntries(
        ((await t.dataSource.query(
          `SELECT s->>'programmeId' AS id, count(DISTINCT cs.id)::int AS n FROM case_studies cs JOIN case_study_revisions r ON r.id = cs.published_revision_id
           CROSS JOIN jsonb_array_elements(r.content->'fundingSources') s WHERE cs.status <> 'archived' AND s->>'programmeId' IS NOT NULL GROUP BY 1`,
        )) as { id: string; n: number }[]).map((row) => [row.id, row.n]),
      );
    const counts = (values: { value: string; count: number }[] | Record<string, number>) =>
      Array.isArray(values) ? Object.fromEntries(values.map((entry) => [entry.value, entry.count])) : values;

    beforeAll(async () => {
      await published(bursaId, 'Cargo bikes for the market', [source({ programmeId: twinning, amount: 100_000 })], { startDate: '2019-04-01', continuedAfterFunding: 'yes' });
      await published(darmstadtId, 'Repair cafés in every district', [source({ programmeId: twinning, amount: 50_000 }), source({ kind: 'national', programmeId: youth, amount: 20_000 }), source({ kind: 'own_budget', amount: 30_000 })], { startDate: '2020-02-01', continuedAfterFunding: 'partly' });
      await published(bursaId, 'Youth council exchange', [source({ kind: 'national', programmeId: youth, amount: 1_000_000 })], { startDate: '2020-06-01', budgetCurrency: 'TRY' });
      await published(bursaId, 'A quiet anonymous pilot', [source({ programmeId: twinning, amount: 5_000 })], { startDate: '2021-01-01', continuedAfterFunding: 'no' }, 'published', true);
      await published(bursaId, 'A draft never counted', [source({ programmeId: twinning, amount: 999 })], {}, 'draft');
      await published(bursaId, 'An archived one never counted', [source({ programmeId: twinning, amount: 999 })], {}, 'archived');
      await waitUntil('the outbox to drain into Meilisearch', async () => ((await t.dataSource.query('SELECT count(*)::int AS n FROM search_outbox')) as { n: number }[])[0].n === 0);
    });

    it('counts practices per programme in Meilisearch and in PostgreSQL as SQL counts them, and filters by programme', async () => {
      const expected = await programmeCountsInSql();
      expect(expected).toMatchObject({ [twinning]: 3, [youth]: 2 });

      const meili = (await t.http.get('/api/v1/search')).body as SearchResponse;
      expect(meili.degraded).toBe(false);
      expect(counts(meili.facets.programme)).toEqual(expected);
      expect(meili.facets.programme.find((entry) => entry.value === youth)?.label).toBe('Youth Bridge');
      const filtered = (await t.http.get(`/api/v1/search?programme=${youth}`)).body as SearchResponse;
      expect(filtered.hits.map((hit) => hit.title).sort()).toEqual(['Repair cafés in every district', 'Youth council exchange']);

      const postgres = t.app.get(PostgresSearchRepository);
      const fallback = await postgres.search({}, { page: 1, perPage: 20, offset: 0 }, ['<', '>']);
      expect(counts(fallback.facets.programme)).toEqual(expected);
      const fallbackFiltered = await postgres.search({ programme: [youth] }, { page: 1, perPage: 20, offset: 0 }, ['<', '>']);
      expect(fallbackFiltered.rows.map((row) => row.content.title).sort()).toEqual(['Repair cafés in every district', 'Youth council exchange']);
      // Its own filter leaves the programme's counts as they were; the others narrow them.
      expect(counts(fallbackFiltered.facets.programme)).toEqual(expected);
    });

    it('refuses a programme filter that is not an id', async () => {
      const response = await t.http.get('/api/v1/search?programme=erasmus');
      expect(response.status).toBe(400);
    });

    it('sums outside money per programme, country and year in each currency, as SQL does, and counts who went on after the funding', async () => {
      const { funding } = (await t.http.get('/api/v1/statistics')).body as StatisticsReport;
      const money = (rows: { key: string; currency: string; amount: number }[]) => Object.fromEntries(rows.map((row) => [`${row.key} ${row.currency}`, row.amount]));
      expect(money(funding.byProgramme)).toEqual({ [`${twinning} EUR`]: 155_000, [`${youth} EUR`]: 20_000, [`${youth} TRY`]: 1_000_000 });
      expect(funding.byProgramme.find((row) => row.key === twinning)).toMatchObject({ name: 'Twinning Fund', caseStudies: 3 });
      expect(money(funding.byYear)).toEqual({ '2019 EUR': 100_000, '2020 EUR': 70_000, '2020 TRY': 1_000_000, '2021 EUR': 5_000 });
      // The same sums straight from the revisions: every source but the town's own budget.
      const inSql = (await t.dataSource.query(
        `SELECT left(r.content->>'startDate', 4) || ' ' || (r.content->>'budgetCurrency') AS key, sum((s->>'amount')::numeric)::float8 AS amount
         FROM case_studies cs JOIN case_study_revisions r ON r.id = cs.published_revision_id CROSS JOIN jsonb_array_elements(r.content->'fundingSources') s
         WHERE cs.status <> 'archived' AND s->>'kind' <> 'own_budget' AND s->>'amount' IS NOT NULL GROUP BY 1`,
      )) as { key: string; amount: number }[];
      expect(money(funding.byYear)).toEqual(Object.fromEntries(inSql.map((row) => [row.key, row.amount])));
      expect(money(funding.byCountry)).toMatchObject({ 'DE EUR': 70_000, 'TR TRY': 1_000_000 });
      expect(Object.fromEntries(funding.continuedAfterFunding.map((row) => [row.key, row.count]))).toEqual({ yes: 1, partly: 1, no: 1, unanswered: 1 });
    });
  });

  describe('free-text programme names from before the catalogue', () => {
    /** A case study whose content (working copy and revision) is in the shape stored before programmes and amounts. */
    async function oldShapeCaseStudy(names: { kind: FundingSource['kind']; programmeName: string | null }[]): Promise<string> {
      const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: darmstadtId, status: 'published', content: completeContent({ title: `Old ${names.length} ${Math.random()}` }) });
      for (const table of ['case_studies', 'case_study_revisions']) {
        await t.dataSource.query(`UPDATE ${table} SET content = (content - 'continuedAfterFunding') || jsonb_build_object('fundingSources', $2::jsonb) WHERE ${table === 'case_studies' ? 'id' : 'case_study_id'} = $1`, [caseStudy.id, JSON.stringify(names)]);
      }
      return caseStudy.id;
    }
    const contentOf = async (id: string) =>
      ((await t.dataSource.query(`SELECT r.content FROM case_studies cs JOIN case_study_revisions r ON r.id = cs.published_revision_id WHERE cs.id = $1`, [id])) as { content: { fundingSources: FundingSource[]; continuedAfterFunding?: null } }[])[0].content;
    const migrate = async () => {
      const runner = t.dataSource.createQueryRunner();
      try {
        await new FundingSourcesProgrammes1796515599635().up(runner);
      } finally {
        await runner.release();
      }
    };
    const names = [
      { kind: 'eu_programme' as const, programmeName: 'ipa ii – town twinning between TURKEY and the eu' },
      { kind: 'national' as const, programmeName: 'KALKINMA AJANSI' },
      { kind: 'other' as const, programmeName: 'Uluslararası yardım' },
      { kind: 'own_budget' as const, programmeName: null },
    ];

    it('keeps the names when the catalogue is still empty, and matches them once the seed has filled it', async () => {
      const id = await oldShapeCaseStudy(names);
      await migrate();
      const before = await contentOf(id);
      expect(before.continuedAfterFunding).toBeNull();
      expect(before.fundingSources).toEqual(names.map((name) => ({ ...name, programmeId: null, amount: null })));

      await seedFundingProgrammes(t.dataSource);
      await t.dataSource.query('DELETE FROM search_outbox');
      expect(await resolveFundingProgrammeNames(t.dataSource)).toBeGreaterThanOrEqual(2);
      const ids = Object.fromEntries(((await t.dataSource.query(`SELECT seed_key, id FROM funding_programmes WHERE seed_key IS NOT NULL`)) as { seed_key: string; id: string }[]).map((row) => [row.seed_key, row.id]));
      expect((await contentOf(id)).fundingSources).toEqual([
        source({ programmeId: ids['town-twinning-turkey-eu-ipa-ii'] }),
        source({ kind: 'national', programmeId: ids['kalkinma-ajanslari'] }),
        source({ kind: 'other', programmeName: 'Uluslararası yardım' }),
        source({ kind: 'own_budget' }),
      ]);
      // The search index hears of the change; a second run has nothing left to do.
      expect((await t.dataSource.query('SELECT case_study_id FROM search_outbox')) as unknown[]).toEqual([{ case_study_id: id }]);
      expect(await resolveFundingProgrammeNames(t.dataSource)).toBe(0);
    });

    it('matches them at once when the catalogue is already there', async () => {
      const id = await oldShapeCaseStudy(names);
      await migrate();
      const migrated = (await contentOf(id)).fundingSources;
      expect(migrated.map((entry) => entry.programmeId !== null)).toEqual([true, true, false, false]);
      expect(migrated[2].programmeName).toBe('Uluslararası yardım');
    });
  });
});
