import { SearchRepository } from '../src/search/search.repository';
import { type TestApp, createTestApp } from './support/test-app';

describe('SearchRepository against the real Meilisearch', () => {
  let t: TestApp;
  let search: SearchRepository;

  beforeAll(async () => {
    t = await createTestApp();
    search = t.app.get(SearchRepository);
  });

  afterAll(() => t.close());

  it('creates an index under this portal’s prefix, once', async () => {
    expect(await search.listIndexNames()).toEqual([]);
    await search.ensureIndex('case_studies', 'id');
    await search.ensureIndex('case_studies', 'id');
    expect(await search.listIndexNames()).toEqual([`${t.config.searchIndexPrefix}case_studies`]);
  });

  it('deletes an index', async () => {
    await search.ensureIndex('scratch', 'id');
    await search.deleteIndex('scratch');
    expect(await search.listIndexNames()).not.toContain(`${t.config.searchIndexPrefix}scratch`);
  });
});
