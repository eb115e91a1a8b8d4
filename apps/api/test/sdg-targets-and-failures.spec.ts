import { type ApiErrorDetail, type CaseStudyDetail, type ExportRecord, type SearchFacet, type SearchQuery, type SearchResponse, type StatisticsReport } from '@twinning/contracts';
import { SdgTargetsAndFailureFacets1796515691435 } from '../src/database/migrations/1796515691435-sdg-targets-and-failure-facets';
import { PostgresSearchRepository } from '../src/search/postgres-search.repository';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

/**
 * SDG targets and why practices fail, as filters with counts in both search engines, in the
 * statistics and in the export: every count is checked against a count of the stored content.
 */
describe('SDG targets and failure causes', () => {
  let t: TestApp;
  let staff: TestSession;

  const failed = (title: string, extra: Parameters<typeof completeContent>[0]) =>
    completeContent({ title, outcome: 'failure', failureStage: 'operation', failureCauses: [{ cause: 'funding', note: 'The grant ended.' }], ...extra });

  beforeAll(async () => {
    t = await createTestApp();
    const bursa = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa', population: 3_200_000 });
    const darmstadt = await insertMunicipality(t.dataSource, { nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE', population: 160_000 });
    staff = await startSession(t, (await insertUser(t.dataSource, { municipalityId: bursa.id })).id);
    // The factory's content tags 11.2 and 13.2.
    await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', content: completeContent({ title: 'Cycle lanes' }) });
    await insertCaseStudy(t.dataSource, {
      municipalityId: bursa.id,
      status: 'published',
      content: failed('Smart bins', { sdgs: [11, 12], sdgTargets: ['11.6', '12.5'], themes: ['water_waste'], failureCauses: [{ cause: 'funding', note: 'a' }, { cause: 'technical', note: 'b' }], indicators: [] }),
    });
    await insertCaseStudy(t.dataSource, {
      municipalityId: darmstadt.id,
      status: 'published',
      content: failed('Rainwater tanks', { sdgs: [6, 11], sdgTargets: ['6.a', '11.6'], themes: ['water_waste', 'urban_planning'], outcome: 'partial', failureStage: 'design', failureCauses: [{ cause: 'political_change', note: 'a' }, { cause: 'funding', note: 'b' }], indicators: [] }),
    });
    // Neither an archived one nor a draft counts anywhere.
    await insertCaseStudy(t.dataSource, { municipalityId: darmstadt.id, status: 'archived', content: failed('Archived kiosk', { sdgs: [11], sdgTargets: ['11.6'], indicators: [] }) });
    await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'draft', content: failed('Draft kiosk', { sdgs: [11], sdgTargets: ['11.6'], indicators: [] }) });
    await waitUntil('the outbox to drain into Meilisearch', async () => (await t.dataSource.query(`SELECT count(*)::int AS count FROM search_outbox`))[0].count === 0);
  });

  afterAll(() => t.close());

  /** Published, not archived case studies per value, counted from the stored content. */
  async function sqlCounts(valuesSql: string): Promise<Record<string, number>> {
    const rows = (await t.dataSource.query(
      `SELECT value, count(DISTINCT cs.id)::int AS count FROM case_studies cs JOIN case_study_revisions r ON r.id = cs.published_revision_id
       CROSS JOIN LATERAL (${valuesSql}) AS v(value) WHERE cs.status <> 'archived' GROUP BY value`,
    )) as { value: string; count: number }[];
    return Object.fromEntries(rows.map((row) => [row.value, row.count]));
  }
  const TARGETS_SQL = `SELECT jsonb_array_elements_text(r.content->'sdgTargets')`;
  const CAUSES_SQL = `SELECT jsonb_array_elements_text(jsonb_path_query_array(r.content, '$.failureCauses[*].cause'))`;
  const STAGE_SQL = `SELECT r.content->>'failureStage' WHERE r.content->>'failureStage' IS NOT NULL`;

  const meilisearch = async (query: string): Promise<SearchResponse> => {
    const response = await t.http.get(`/api/v1/search?${query}`);
    expect(response.status).toBe(200);
    expect(response.body.degraded).toBe(false);
    return response.body as SearchResponse;
  };
  const meilisearchCounts = (response: SearchResponse, facet: SearchFacet) => Object.fromEntries(response.facets[facet].map((value) => [value.value, value.count]));
  const postgres = (query: SearchQuery) => t.app.get(PostgresSearchRepository).search(query, { page: 1, perPage: 20, offset: 0 }, ['<', '>']);

  it('count targets, failure causes and stages in both engines as the stored content does', async () => {
    const expected = { sdg_target: await sqlCounts(TARGETS_SQL), failure_cause: await sqlCounts(CAUSES_SQL), failure_stage: await sqlCounts(STAGE_SQL) };
    expect(expected.sdg_target).toEqual({ '11.2': 1, '13.2': 1, '11.6': 2, '12.5': 1, '6.a': 1 });
    expect(expected.failure_cause).toEqual({ funding: 2, technical: 1, political_change: 1 });
    const fromMeilisearch = await meilisearch('');
    const fromPostgres = await postgres({});
    for (const facet of ['sdg_target', 'failure_cause', 'failure_stage'] as const) {
      expect(meilisearchCounts(fromMeilisearch, facet)).toEqual(expected[facet]);
      expect(fromPostgres.facets[facet]).toEqual(expected[facet]);
    }
  });

  it('filter by target, cause and stage alike in both engines, each facet counted without its own filter', async () => {
    const cases: [string, SearchQuery, string[]][] = [
      ['sdg_target=11.6', { sdg_target: ['11.6'] }, ['Rainwater tanks', 'Smart bins']],
      ['sdg_target=6.a&sdg_target=13.2', { sdg_target: ['6.a', '13.2'] }, ['Cycle lanes', 'Rainwater tanks']],
      ['failure_cause=political_change', { failure_cause: ['political_change'] }, ['Rainwater tanks']],
      ['failure_stage=operation&sdg_target=11.6', { failure_stage: ['operation'], sdg_target: ['11.6'] }, ['Smart bins']],
    ];
    for (const [query, parsed, titles] of cases) {
      const fromMeilisearch = await meilisearch(query);
      const fromPostgres = await postgres(parsed);
      expect(fromMeilisearch.hits.map((hit) => hit.title).sort()).toEqual(titles);
      expect(fromPostgres.rows.map((row) => row.content.title).sort()).toEqual(titles);
      for (const facet of ['sdg_target', 'failure_cause', 'failure_stage', 'theme'] as const) expect(fromPostgres.facets[facet]).toEqual(meilisearchCounts(fromMeilisearch, facet));
    }
    // A target's own facet keeps the other targets' counts while it filters.
    expect(meilisearchCounts(await meilisearch('sdg_target=11.6'), 'sdg_target')).toEqual(await sqlCounts(TARGETS_SQL));
    const [hit] = (await meilisearch('sdg_target=6.a')).hits;
    expect([hit.sdgTargets, hit.failureCauses, hit.failureStage]).toEqual([['6.a', '11.6'], ['political_change', 'funding'], 'design']);
  });

  it('refuses a target, cause or stage that does not exist', async () => {
    for (const query of ['sdg_target=6.c', 'sdg_target=11', 'failure_cause=weather', 'failure_stage=later']) {
      const response = await t.http.get(`/api/v1/search?${query}`);
      expect(response.status).toBe(400);
      expect((response.body.details as ApiErrorDetail[])[0].field).toBe(query.split('=')[0]);
    }
  });

  it('give the statistics per target, cause and stage, and the causes by theme, country and town size', async () => {
    const report = (await t.http.get('/api/v1/statistics').expect(200)).body as StatisticsReport;
    const asRecord = (counts: { key: string; count: number }[]) => Object.fromEntries(counts.map((count) => [count.key, count.count]));
    expect(asRecord(report.bySdgTarget)).toEqual(await sqlCounts(TARGETS_SQL));
    expect(asRecord(report.byFailureCause)).toEqual(await sqlCounts(CAUSES_SQL));
    expect(asRecord(report.byFailureStage)).toEqual(await sqlCounts(STAGE_SQL));
    expect(report.failureCauses.byTheme).toEqual([
      { cause: 'funding', key: 'water_waste', count: 2 },
      { cause: 'funding', key: 'urban_planning', count: 1 },
      { cause: 'political_change', key: 'urban_planning', count: 1 },
      { cause: 'political_change', key: 'water_waste', count: 1 },
      { cause: 'technical', key: 'water_waste', count: 1 },
    ]);
    expect(report.failureCauses.byCountry).toEqual([
      { cause: 'funding', key: 'DE', count: 1 },
      { cause: 'funding', key: 'TR', count: 1 },
      { cause: 'political_change', key: 'DE', count: 1 },
      { cause: 'technical', key: 'TR', count: 1 },
    ]);
    expect(report.failureCauses.byPopulationBand).toEqual([
      { cause: 'funding', key: '50k_250k', count: 1 },
      { cause: 'funding', key: 'over_1m', count: 1 },
      { cause: 'political_change', key: '50k_250k', count: 1 },
      { cause: 'technical', key: 'over_1m', count: 1 },
    ]);
  });

  it('export the targets, causes and stage of each case study', async () => {
    const records = (await t.http.get('/api/v1/search/export?format=json&failure_cause=technical').expect(200)).body as ExportRecord[];
    expect(records).toHaveLength(1);
    expect(records[0].sdg_targets).toEqual(['11.6', '12.5']);
    expect(records[0].failure_causes.map((entry) => entry.cause)).toEqual(['funding', 'technical']);
    expect(records[0].failure_stage).toBe('operation');
    const [header, row, end] = (await t.http.get('/api/v1/search/export?format=csv&failure_cause=technical').expect(200)).text.split('\r\n');
    expect(header.split(',').indexOf('sdg_targets')).toBeGreaterThan(0);
    expect(row).toContain(',11.6; 12.5,');
    expect(end).toBe('');
  });

  it('are added, empty, to content written before them when the migration runs', async () => {
    const [{ id }] = (await t.dataSource.query(`SELECT r.id FROM case_study_revisions r WHERE r.content->>'title' = 'Cycle lanes'`)) as { id: string }[];
    await t.dataSource.query(
      `UPDATE case_study_revisions SET content = (content - 'sdgTargets') || jsonb_build_object('indicators', jsonb_build_array((content->'indicators'->0) - 'sdgTarget' - 'unIndicator')) WHERE id = $1`,
      [id],
    );
    const runner = t.dataSource.createQueryRunner();
    try {
      await new SdgTargetsAndFailureFacets1796515691435().up(runner);
    } finally {
      await runner.release();
    }
    const [row] = (await t.dataSource.query(`SELECT content, search_facets FROM case_study_revisions WHERE id = $1`, [id])) as { content: { sdgTargets: string[]; indicators: object[] }; search_facets: object }[];
    expect(row.content.sdgTargets).toEqual([]);
    expect(row.content.indicators).toEqual([{ name: 'Daily cycling trips', unit: 'trips', baseline: 800, target: 2000, achieved: 2400, sdgTarget: null, unIndicator: null }]);
    expect(row.search_facets).not.toHaveProperty('sdgTargets');
    expect(row.search_facets).toHaveProperty('sdgs', [11, 13]);
  });

  describe('in the content', () => {
    const create = async (content: object) => withSession(t.http.post('/api/v1/case-studies'), staff).send({ content });
    const refusal = (response: { status: number; body: { details?: ApiErrorDetail[] } }) => {
      expect(response.status).toBe(400);
      return response.body.details!.map((detail) => [detail.field, detail.rule]);
    };

    it('keeps targets and the indicators’ targets and UN indicators', async () => {
      const response = await create(completeContent());
      expect(response.status).toBe(201);
      const content = (response.body as CaseStudyDetail).draft!.content;
      expect([content.sdgTargets, content.indicators[0].sdgTarget, content.indicators[0].unIndicator]).toEqual([['11.2', '13.2'], '11.2', '11.2.1']);
    });

    it('refuses a target without its goal, an indicator’s target not tagged, and a UN indicator of another target, saving nothing', async () => {
      const before = (await t.dataSource.query(`SELECT count(*)::int AS count FROM case_studies`))[0].count as number;
      const indicator = completeContent().indicators[0];
      expect(refusal(await create(completeContent({ sdgs: [13], sdgTargets: ['11.2', '13.2'], indicators: [] })))).toEqual([['sdgTargets[0]', 'target_without_goal']]);
      expect(refusal(await create(completeContent({ indicators: [{ ...indicator, sdgTarget: '11.6', unIndicator: '11.6.1' }] })))).toEqual([['indicators[0].sdgTarget', 'target_not_tagged']]);
      expect(refusal(await create(completeContent({ indicators: [{ ...indicator, unIndicator: '13.2.1' }] })))).toEqual([['indicators[0].unIndicator', 'indicator_not_of_target']]);
      expect(refusal(await create(completeContent({ indicators: [{ ...indicator, unIndicator: 'eleven' }] })))).toEqual([['indicators[0].unIndicator', 'invalid_format']]);
      expect(refusal(await create(completeContent({ sdgTargets: ['11.2', '6.c'] })))).toEqual([['sdgTargets', 'not_allowed_value']]);
      expect((await t.dataSource.query(`SELECT count(*)::int AS count FROM case_studies`))[0].count).toBe(before);
    });

    it('checks the targets again when a save changes only the goals', async () => {
      const detail = (await create(completeContent())).body as CaseStudyDetail;
      const response = await withSession(t.http.patch(`/api/v1/case-studies/${detail.id}`), staff).send({ version: detail.draft!.version, content: { sdgs: [13] } });
      expect(refusal(response)).toEqual([['sdgTargets[0]', 'target_without_goal']]);
    });
  });
});
