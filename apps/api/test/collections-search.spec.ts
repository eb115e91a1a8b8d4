import { type Collection, type CollectionInput, type SearchQuery, type SearchResponse } from '@twinning/contracts';
import { PostgresSearchRepository } from '../src/search/postgres-search.repository';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { insertUser } from './factories/user.factory';
import { startSession, type TestSession, withSession } from './support/sessions';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

/**
 * Collections as a search filter: the same hits and counts from Meilisearch and from the
 * PostgreSQL fallback as the stored memberships give, kept current through the outbox.
 */
describe('collections in search', () => {
  let t: TestApp;
  let moderator: TestSession;
  const ids: Record<string, string> = {};

  const input = (caseStudyIds: string[], title: string): CollectionInput => ({
    title: { en: title, tr: `${title} (tr)`, de: `${title} (de)` },
    text: { en: 'Why these.', tr: 'Neden bunlar.', de: 'Warum diese.' },
    featured: false,
    caseStudyIds,
  });
  const createCollection = async (caseStudyIds: string[], title: string) => {
    const response = await withSession(t.http.post('/api/v1/collections'), moderator).send(input(caseStudyIds, title));
    expect(response.status).toBe(201);
    return (response.body as Collection).id;
  };
  const outboxDrained = () => waitUntil('the outbox to drain into Meilisearch', async () => (await t.dataSource.query(`SELECT count(*)::int AS count FROM search_outbox`))[0].count === 0);
  const meilisearch = async (query: string): Promise<SearchResponse> => {
    const response = await t.http.get(`/api/v1/search?${query}`);
    expect(response.status).toBe(200);
    expect(response.body.degraded).toBe(false);
    return response.body as SearchResponse;
  };
  const meilisearchCounts = (response: SearchResponse) => Object.fromEntries(response.facets.collection.map((value) => [value.value, value.count]));
  const postgres = (query: SearchQuery) => t.app.get(PostgresSearchRepository).search(query, { page: 1, perPage: 20, offset: 0 }, ['<', '>']);
  /** Published, not archived practices per collection, counted from the stored memberships. */
  const sqlCounts = async () => {
    const rows = (await t.dataSource.query(
      `SELECT cc.collection_id AS value, count(*)::int AS count FROM collection_case_studies cc JOIN case_studies cs ON cs.id = cc.case_study_id
       WHERE cs.published_revision_id IS NOT NULL AND cs.status <> 'archived' GROUP BY cc.collection_id`,
    )) as { value: string; count: number }[];
    return Object.fromEntries(rows.map((row) => [row.value, row.count]));
  };

  beforeAll(async () => {
    t = await createTestApp();
    const town = await insertMunicipality(t.dataSource, { nameLocal: 'Kuşadası', nameEn: 'Kusadasi' });
    moderator = await startSession(t, (await insertUser(t.dataSource, { role: 'moderator' })).id);
    for (const [title, publishAnonymously] of [['Seagrass meadows', false], ['Failed ferry line', true], ['Rain gardens', false], ['Repair cafés', false]] as const) {
      ids[title] = (await insertCaseStudy(t.dataSource, { municipalityId: town.id, status: 'published', publishAnonymously, content: completeContent({ title }) })).caseStudy.id;
    }
    ids.coastal = await createCollection([ids['Seagrass meadows'], ids['Failed ferry line']], 'Coastal towns');
    ids.failures = await createCollection([ids['Failed ferry line']], 'Learning from failures');
    await outboxDrained();
  });

  afterAll(() => t.close());

  it('counts each collection’s practices in both engines as the stored memberships do', async () => {
    const expected = await sqlCounts();
    expect(expected).toEqual({ [ids.coastal]: 2, [ids.failures]: 1 });
    expect(meilisearchCounts(await meilisearch(''))).toEqual(expected);
    expect((await postgres({})).facets.collection).toEqual(expected);
  });

  it('filters by collection alike in both engines, an anonymous practice without its town', async () => {
    const cases: [string, SearchQuery, string[]][] = [
      [`collection=${ids.coastal}`, { collection: [ids.coastal] }, ['Failed ferry line', 'Seagrass meadows']],
      [`collection=${ids.failures}`, { collection: [ids.failures] }, ['Failed ferry line']],
      [`collection=${ids.failures}&collection=${ids.coastal}&q=seagrass`, { collection: [ids.failures, ids.coastal], q: 'seagrass' }, ['Seagrass meadows']],
    ];
    for (const [query, parsed, titles] of cases) {
      const fromMeilisearch = await meilisearch(query);
      const fromPostgres = await postgres(parsed);
      expect(fromMeilisearch.hits.map((hit) => hit.title).sort()).toEqual(titles);
      expect(fromPostgres.rows.map((row) => row.content.title).sort()).toEqual(titles);
      // The collection's own facet keeps the other collections' counts while it filters.
      expect(fromPostgres.facets.collection).toEqual(meilisearchCounts(fromMeilisearch));
    }
    const anonymous = (await meilisearch(`collection=${ids.failures}`)).hits[0];
    expect(anonymous.municipality).toBeNull();
    expect(JSON.stringify(anonymous)).not.toMatch(/Kuşadası|Kusadasi/);
  });

  it('re-indexes the practices that join or leave a collection, and those of a deleted one', async () => {
    const changed = await withSession(t.http.patch(`/api/v1/collections/${ids.coastal}`), moderator).send({ caseStudyIds: [ids['Rain gardens'], ids['Failed ferry line']] });
    expect(changed.status).toBe(200);
    // Queued in the change's own transaction, for the one that joined and the one that left.
    const queued = (await t.dataSource.query(`SELECT case_study_id FROM search_outbox`)) as { case_study_id: string }[];
    expect(queued.map((row) => row.case_study_id)).toEqual(expect.arrayContaining([ids['Rain gardens'], ids['Seagrass meadows']]));
    await outboxDrained();
    expect((await meilisearch(`collection=${ids.coastal}`)).hits.map((hit) => hit.title).sort()).toEqual(['Failed ferry line', 'Rain gardens']);
    expect(meilisearchCounts(await meilisearch(''))).toEqual(await sqlCounts());

    expect((await withSession(t.http.delete(`/api/v1/collections/${ids.failures}`), moderator)).status).toBe(204);
    await outboxDrained();
    expect((await meilisearch(`collection=${ids.failures}`)).total).toBe(0);
    expect(meilisearchCounts(await meilisearch(''))).toEqual({ [ids.coastal]: 2 });
    expect((await postgres({})).facets.collection).toEqual({ [ids.coastal]: 2 });
  });

  it('refuses a collection filter that is not an id', async () => {
    const response = await t.http.get('/api/v1/search?collection=low-cost');
    expect(response.status).toBe(400);
    expect(response.body.details[0].field).toBe('collection');
  });
});
