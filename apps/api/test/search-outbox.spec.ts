import { insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { MAX_INDEX_ATTEMPTS, SearchOutboxRepository } from '../src/search/search-outbox.repository';
import { type TestApp, createTestApp } from './support/test-app';
import { findFreePort } from '../src/local-services/local-service';

/** The outbox's bookkeeping, against a portal whose Meilisearch never answers (so nothing drains it meanwhile). */
describe('the search outbox', () => {
  let t: TestApp;
  let outbox: SearchOutboxRepository;

  beforeAll(async () => {
    t = await createTestApp({ MEILI_HOST: `http://127.0.0.1:${await findFreePort()}` });
    outbox = t.app.get(SearchOutboxRepository);
  });

  afterAll(() => t.close());

  it('backs off a failing row, parks it after the last try, and says so in /api/health', async () => {
    const town = await insertMunicipality(t.dataSource);
    const { caseStudy } = await insertCaseStudy(t.dataSource, { municipalityId: town.id, status: 'published' });
    const [row] = (await t.dataSource.query(`SELECT id FROM search_outbox WHERE case_study_id = $1`, [caseStudy.id])) as { id: string }[];

    for (let attempt = 1; attempt <= MAX_INDEX_ATTEMPTS; attempt++) {
      await t.dataSource.transaction((manager) => outbox.fail(manager, [row.id], `attempt ${attempt} failed`));
      const [state] = await t.dataSource.query(
        `SELECT attempts, last_error, parked_at IS NOT NULL AS parked, round(extract(epoch FROM next_attempt_at - now()))::int AS wait FROM search_outbox WHERE id = $1`,
        [row.id],
      );
      expect(state).toMatchObject({ attempts: attempt, last_error: `attempt ${attempt} failed`, parked: attempt === MAX_INDEX_ATTEMPTS });
      expect(state.wait).toBeGreaterThanOrEqual(Math.min(300, 2 ** attempt) - 1);
      expect(state.wait).toBeLessThanOrEqual(Math.min(300, 2 ** attempt));
    }
    const health = (await t.http.get('/api/health')).body;
    expect(health.status).toBe('degraded');
    expect(health.searchOutbox).toMatchObject({ parked: 1, pending: 0 });
  });

  it('hands a due row to one claimant only, while another transaction holds it', async () => {
    const town = await insertMunicipality(t.dataSource);
    await insertCaseStudy(t.dataSource, { municipalityId: town.id, status: 'published' });
    const runner = t.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      const first = await outbox.claimDue(runner.manager, 100);
      expect(first.length).toBeGreaterThan(0);
      const second = await t.dataSource.transaction((manager) => outbox.claimDue(manager, 100));
      expect(second.map((row) => row.id)).not.toEqual(expect.arrayContaining(first.map((row) => row.id)));
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
