import {
  effectiveSort,
  hasActiveFilters,
  parseSearchFilters,
  searchFiltersToParams,
  toggleFacetValue,
  toSearchQuery,
  withoutFilters,
} from './search-filters';

const TOWN_ID = '00000000-0000-4000-8000-000000000042';
const PROGRAMME_ID = '00000000-0000-4000-8000-0000000000f1';
const COLLECTION_ID = '00000000-0000-4000-8000-0000000000c1';

function parse(search: string) {
  return parseSearchFilters(new URLSearchParams(search));
}

describe('search filters in the URL', () => {
  it('reads every filter, keeping the list values in the order given, once each', () => {
    const filters = parse(
      `q=at%C4%B1k&sdg=11&sdg=13&sdg=011&sdg=11&sdg=07&theme=water_waste&outcome=failure&country=de&municipality=${TOWN_ID}` +
        `&language=tr&year_from=2019&year_to=2023&funding=eu_programme&population_band=50k_250k&programme=${PROGRAMME_ID}` +
        `&sdg_target=11.6&sdg_target=6.a&failure_cause=funding&failure_stage=operation` +
        `&collection=${COLLECTION_ID}&collection=not-an-id&partners_of=${TOWN_ID}&sort=most_adapted&page=3`,
    );

    expect(filters).toEqual({
      q: 'atık',
      facets: {
        sdg: ['11', '13', '7'],
        sdg_target: ['11.6', '6.a'],
        theme: ['water_waste'],
        outcome: ['failure'],
        failure_cause: ['funding'],
        failure_stage: ['operation'],
        country: ['DE'],
        municipality: [TOWN_ID],
        language: ['tr'],
        funding: ['eu_programme'],
        population_band: ['50k_250k'],
        programme: [PROGRAMME_ID],
        collection: [COLLECTION_ID],
      },
      yearFrom: 2019,
      yearTo: 2023,
      partnersOf: TOWN_ID,
      sort: 'most_adapted',
      page: 3,
    });
  });

  it('drops what a hand-edited link gets wrong instead of sending it', () => {
    const filters = parse(
      'sdg=0&sdg=18&sdg=1.5&theme=weather&outcome=won&country=Germany&municipality=42&language=xx' +
        '&year_from=19&year_to=3000&funding=lottery&population_band=huge&programme=erasmus&partners_of=me&sort=best&page=-2' +
        '&sdg_target=6.c&sdg_target=11&failure_cause=weather&failure_stage=later',
    );

    expect(filters).toEqual(parse(''));
    expect(hasActiveFilters(filters)).toBe(false);
  });

  it('writes the shortest URL that reads back the same', () => {
    const filters = parse('q=waste&sdg=13&sdg=11&year_to=2022&page=1');
    const params = searchFiltersToParams(filters);

    expect(params.toString()).toBe('q=waste&sdg=13&sdg=11&year_to=2022');
    expect(parseSearchFilters(params)).toEqual(filters);
  });

  it('ticks and unticks a value, and clears every filter but keeps the words and the sort', () => {
    const filters = parse('q=waste&sdg=11&outcome=failure&year_from=2020&sort=newest');

    expect(toggleFacetValue(filters.facets, 'sdg', '13').sdg).toEqual(['11', '13']);
    expect(toggleFacetValue(filters.facets, 'sdg', '11').sdg).toEqual([]);
    expect(toggleFacetValue(filters.facets, 'sdg', '11').outcome).toEqual(['failure']);
    const cleared = { ...filters, ...withoutFilters() };
    expect(searchFiltersToParams(cleared).toString()).toBe('q=waste&sort=newest');
  });
});

describe('toSearchQuery', () => {
  it('sends the SDGs as numbers, the words trimmed, and the default sort for the search', () => {
    const query = toSearchQuery(parse('q=+waste+&sdg=11&sdg=13&page=2'));

    expect(query).toMatchObject({ q: 'waste', sdg: [11, 13], sort: 'relevance', page: 2, per_page: 20 });
    expect(query.year_from).toBeUndefined();
    expect(query.partners_of).toBeUndefined();
  });

  it('shows the newest case studies when nothing is typed, unless another sort was chosen', () => {
    expect(effectiveSort(parse(''))).toBe('newest');
    expect(effectiveSort(parse('q=%20'))).toBe('newest');
    expect(effectiveSort(parse('sort=most_adapted'))).toBe('most_adapted');
    expect(toSearchQuery(parse('')).q).toBeUndefined();
  });
});
