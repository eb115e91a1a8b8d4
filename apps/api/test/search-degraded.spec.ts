import { type SearchResponse } from '@twinning/contracts';
import { findFreePort } from '../src/local-services/local-service';
import { completeContent, insertCaseStudy } from './factories/case-study.factory';
import { insertMunicipality, insertPartnership } from './factories/municipality.factory';
import { type TestApp, createTestApp } from './support/test-app';

/** With no Meilisearch to answer, PostgreSQL does: the same filters, facets and languages, marked degraded. */
describe('search while Meilisearch is down', () => {
  let t: TestApp;
  let bursaId: string;

  const search = async (query: string): Promise<SearchResponse> => {
    const response = await t.http.get(`/api/v1/search?${query}`);
    expect(response.status).toBe(200);
    expect(response.body.degraded).toBe(true);
    return response.body as SearchResponse;
  };
  const titles = async (query: string) => (await search(query)).hits.map((hit) => hit.title);

  beforeAll(async () => {
    t = await createTestApp({ MEILI_HOST: `http://127.0.0.1:${await findFreePort()}` });
    const istanbul = await insertMunicipality(t.dataSource, { nameLocal: 'İstanbul', nameEn: 'Istanbul', kind: 'metropolitan', population: 15_000_000 });
    const darmstadt = await insertMunicipality(t.dataSource, { nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE', population: 160_000 });
    const bursa = await insertMunicipality(t.dataSource, { nameLocal: 'Bursa', nameEn: 'Bursa', population: 3_200_000 });
    bursaId = bursa.id;
    await insertPartnership(t.dataSource, bursa, darmstadt);
    const only = (title: string, extra: Parameters<typeof completeContent>[0] = {}) =>
      completeContent({ title, summary: `${title}.`, context: `${title}.`, whatWasDone: `${title}.`, results: `${title}.`, whatWorked: `${title}.`, whatDidNotWork: `${title}.`, whatWeWouldDoDifferently: `${title}.`, preconditions: `${title}.`, tipsForAdopters: `${title}.`, ...extra });
    await insertCaseStudy(t.dataSource, { municipalityId: darmstadt.id, status: 'published', content: only('Separate collection of organic waste', { sdgs: [11, 12], themes: ['water_waste'] }) });
    await insertCaseStudy(t.dataSource, { municipalityId: istanbul.id, status: 'published', content: only('Gençlik meclisi ile katılımcı bütçe', { language: 'tr', sdgs: [16], themes: ['youth'], outcome: 'partial', startDate: '2021-05-01', fundingSources: [{ kind: 'own_budget', programmeId: null, programmeName: null, amount: null }, { kind: 'national', programmeId: null, programmeName: 'Youth fund', amount: null }] }) });
    await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'published', content: only('Protected bicycle lanes on the coast road', { sdgs: [11, 13], themes: ['mobility'] }) });
    await insertCaseStudy(t.dataSource, { municipalityId: bursa.id, status: 'archived', content: only('An archived bicycle scheme') });
  });

  afterAll(() => t.close());

  it('answers from PostgreSQL with the total and highlighted snippets', async () => {
    const all = await search('');
    expect(all.total).toBe(3);
    const [hit] = (await search('q=bicycle')).hits;
    expect(hit.title).toBe('Protected bicycle lanes on the coast road');
    expect(hit.highlight.title).toContain('\uE000bicycle\uE001');
  });

  it('is accent-insensitive, tolerates a typo in a title, and crosses languages through the glossary', async () => {
    expect(await titles('q=genclik')).toEqual(['Gençlik meclisi ile katılımcı bütçe']);
    expect(await titles('q=bicyle%20lanes')).toEqual(['Protected bicycle lanes on the coast road']);
    expect(await titles('q=atık')).toEqual(['Separate collection of organic waste']);
    expect(await titles('q=youth')).toEqual(['Gençlik meclisi ile katılımcı bütçe']);
    expect(await titles('q=Abfall')).toEqual(['Separate collection of organic waste']);
    expect(await titles('q=Jugend')).toEqual(['Gençlik meclisi ile katılımcı bütçe']);
  });

  it('applies the same filters and counts facets without their own filter', async () => {
    expect(await titles('sdg=11&theme=mobility')).toEqual(['Protected bicycle lanes on the coast road']);
    const filtered = await search('sdg=11');
    expect(filtered.total).toBe(2);
    expect(Object.fromEntries(filtered.facets.sdg.map((facet) => [facet.value, facet.count]))).toEqual({ '11': 2, '12': 1, '13': 1, '16': 1 });
    expect(Object.fromEntries(filtered.facets.theme.map((facet) => [facet.value, facet.count]))).toEqual({ water_waste: 1, mobility: 1 });
    expect(await titles(`partners_of=${bursaId}`)).toEqual(['Separate collection of organic waste']);
    expect((await search('country=DE')).total).toBe(1);
  });

  it('filters and counts by funding, start year, outcome and language as Meilisearch does', async () => {
    const all = await search('');
    const counts = (facet: keyof SearchResponse['facets']) => Object.fromEntries(all.facets[facet].map((value) => [value.value, value.count]));
    expect(counts('funding')).toEqual({ eu_programme: 2, own_budget: 1, national: 1 });
    expect(counts('year')).toEqual({ '2019': 2, '2021': 1 });
    expect(counts('outcome')).toEqual({ success: 2, partial: 1 });
    expect(counts('language')).toEqual({ en: 2, tr: 1 });
    expect(await titles('funding=national')).toEqual(['Gençlik meclisi ile katılımcı bütçe']);
    expect((await search('year_from=2020')).total).toBe(1);
    expect((await search('year_to=2020')).total).toBe(2);
    expect(await titles('outcome=partial&language=tr')).toEqual(['Gençlik meclisi ile katılımcı bütçe']);
  });

  it('pages with the total past the last page, keeps the facets without hits, and exports without facets', async () => {
    const newest = await titles('sort=newest&per_page=3');
    expect(newest).toHaveLength(3);
    const [first, second] = [await search('sort=newest&per_page=2'), await search('sort=newest&per_page=2&page=2')];
    expect([first.total, second.total]).toEqual([3, 3]);
    expect([...first.hits, ...second.hits].map((hit) => hit.title)).toEqual(newest);
    const past = await search('per_page=2&page=5');
    expect(past.total).toBe(3);
    expect(past.hits).toEqual([]);
    expect(Object.fromEntries(past.facets.sdg.map((facet) => [facet.value, facet.count]))).toEqual({ '11': 2, '12': 1, '13': 1, '16': 1 });
    const none = await search('q=zzqqxx');
    expect([none.total, none.hits, none.facets.sdg]).toEqual([0, [], []]);
    const exported = await t.http.get('/api/v1/search/export?format=json&sdg=11');
    expect(exported.status).toBe(200);
    expect((exported.body as { title: string }[]).map((record) => record.title).sort()).toEqual(['Protected bicycle lanes on the coast road', 'Separate collection of organic waste']);
  });

  it('finds a word of the story alone, ranks title matches first, newest first after them, and counts a repeated funding kind once', async () => {
    const story = 'Neighbourhood composting hubs';
    // Its title is closer to the word than the story's, but it was published before: a match
    // outside the title and summary is not ranked, it goes by date.
    const older = 'Green roofs for schools';
    await insertCaseStudy(t.dataSource, { municipalityId: bursaId, status: 'published', content: completeContent({ title: older, summary: 'Planted roofs.', context: 'A greenhouse was considered first.' }) });
    await insertCaseStudy(t.dataSource, {
      municipalityId: bursaId,
      status: 'published',
      content: completeContent({ title: story, summary: 'Hubs in every district.', context: 'Started after the greenhouse study.', fundingSources: [{ kind: 'national', programmeId: null, programmeName: 'Fund A', amount: null }, { kind: 'national', programmeId: null, programmeName: 'Fund B', amount: null }] }),
    });
    await insertCaseStudy(t.dataSource, { municipalityId: bursaId, status: 'published', content: completeContent({ title: 'Greenhouse on the town hall roof', summary: 'A greenhouse feeds the canteen.' }) });
    // Found through the index by a word of its context alone, below the case study titled with it.
    expect(await titles('q=greenhouse')).toEqual(['Greenhouse on the town hall roof', story, older]);
    const found = await search(`q=${encodeURIComponent(story)}`);
    expect(Object.fromEntries(found.facets.funding.map((value) => [value.value, value.count]))).toEqual({ national: 1 });
  });
});
