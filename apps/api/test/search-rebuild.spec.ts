import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality } from './factories/municipality.factory';
import { rebuildSearchIndex } from '../src/search/search-rebuild';
import { PARTNER_REQUEST_INDEX } from '../src/search/partner-request-document';
import { CASE_STUDY_INDEX } from '../src/search/search-indexer.service';
import { SearchRepository } from '../src/search/search.repository';
import { type TestApp, createTestApp } from './support/test-app';
import { waitUntil } from './support/wait';

describe('rebuilding the search index from PostgreSQL', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('puts a drifted index right while searches keep answering throughout', async () => {
    const town = await insertMunicipality(t.dataSource);
    const ids: string[] = [];
    for (let n = 1; n <= 30; n++) {
      ids.push((await insertCaseStudy(t.dataSource, { municipalityId: town.id, status: 'published', content: completeContent({ title: `Street tree planting, district ${n}` }) })).caseStudy.id);
    }
    const total = async () => (await t.http.get('/api/v1/search?q=tree')).body.total as number;
    await waitUntil('the 30 case studies to be indexed', async () => (await total()) === 30);

    // Drift: documents lost behind PostgreSQL's back.
    const search = t.app.get(SearchRepository);
    await search.writeDocuments(CASE_STUDY_INDEX, [], ids.slice(0, 10));
    await waitUntil('the drift to show', async () => (await total()) === 20);

    let searching = true;
    const answers: number[] = [];
    const searches = (async () => {
      while (searching) {
        const response = await t.http.get('/api/v1/search?q=tree');
        answers.push(response.status === 200 && response.body.total >= 20 ? 1 : 0);
      }
    })();
    const result = await rebuildSearchIndex(t.dataSource, search, t.config, () => undefined);
    searching = false;
    await searches;

    expect(result.documents).toBe(30);
    expect(await total()).toBe(30);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((answered) => answered === 1)).toBe(true);
    // No index the rebuild made is left behind: the case studies' and the partner requests' alone.
    expect((await search.listIndexNames()).sort()).toEqual([`${t.config.searchIndexPrefix}${CASE_STUDY_INDEX}`, `${t.config.searchIndexPrefix}${PARTNER_REQUEST_INDEX}`].sort());
  });
});
