import { screen, waitFor, within } from '@testing-library/react';
import {
  ApiRoutes,
  EXPORT_COLUMNS,
  HIGHLIGHT_END as END,
  HIGHLIGHT_START as START,
  type SearchResponse,
} from '@twinning/contracts';
import {
  buildApiErrorBody,
  buildCaseStudyDetail,
  buildCollectionSummary,
  buildMunicipalitySummary,
  buildSearchHit,
  buildSearchResponse,
  buildSessionInfo,
} from '../../../test/factories';
import { requestedUrls, stubFetch, type StubResponse } from '../../../test/fetch-stub';
import { onNarrowScreen } from '../../../test/narrow-screen';
import { renderApp } from '../../../test/render';

const SDG_11 = 'SDG 11 · Sustainable cities and communities';
const SDG_13 = 'SDG 13 · Climate action';

const facets: Partial<SearchResponse['facets']> = {
  sdg: [
    { value: '13', count: 4 },
    { value: '11', count: 12 },
  ],
  theme: [{ value: 'water_waste', count: 9 }],
  outcome: [
    { value: 'failure', count: 3 },
    { value: 'success', count: 10 },
  ],
  country: [{ value: 'DE', count: 5 }],
  language: [{ value: 'tr', count: 7 }],
  year: [
    { value: '2019', count: 2 },
    { value: '2023', count: 6 },
  ],
  funding: [{ value: 'eu_programme', count: 8 }],
  population_band: [{ value: '50k_250k', count: 6 }],
};

/** Answers the search with `answer`, and every other request (the bell, towns) with a 404. */
function serveSearch(answer: (url: URL) => StubResponse = () => ({ body: buildSearchResponse([buildSearchHit()], { facets }) })) {
  return stubFetch((url) =>
    url.pathname === ApiRoutes.search ? answer(url) : { status: 404, body: buildApiErrorBody({ code: 'not_found' }) },
  );
}

function searchRequests(fetchMock: jest.Mock): URL[] {
  return requestedUrls(fetchMock).filter((url) => url.pathname === ApiRoutes.search);
}

function lastSearch(fetchMock: jest.Mock): URL {
  const requests = searchRequests(fetchMock);
  return requests[requests.length - 1];
}

describe('SearchPage', () => {
  it('sends the search of the URL, list filters as repeated parameters, and shows what it found', async () => {
    const hit = buildSearchHit({
      title: 'Organic waste collection in the old town',
      featured: true,
      outcome: 'partial',
      sdgs: [11, 13],
      adaptationCount: 3,
      highlight: {
        title: `${START}Organic${END} ${START}waste${END} collection in the old town`,
        summary: `Households separate ${START}organic${END} waste.`,
        lessons: `Door-to-door visits about ${START}waste${END} worked.`,
      },
    });
    const fetchMock = serveSearch(() => ({
      body: buildSearchResponse([hit], { total: 123, tookMs: 4, page: 2, facets }),
    }));

    renderApp('/search?q=organic+waste&sdg=11&sdg=13&theme=water_waste&country=de&year_from=2019&sort=most_adapted&page=2&sdg=99');

    const card = (await screen.findByRole('link', { name: 'Organic waste collection in the old town' })).closest('li') as HTMLElement;
    const request = lastSearch(fetchMock);
    expect(request.searchParams.get('q')).toBe('organic waste');
    expect(request.searchParams.getAll('sdg')).toEqual(['11', '13']);
    expect(request.searchParams.getAll('theme')).toEqual(['water_waste']);
    expect(request.searchParams.getAll('country')).toEqual(['DE']);
    expect(request.searchParams.get('year_from')).toBe('2019');
    expect(request.searchParams.get('year_to')).toBeNull();
    expect(request.searchParams.get('sort')).toBe('most_adapted');
    expect(request.searchParams.get('page')).toBe('2');
    expect(request.searchParams.get('per_page')).toBe('20');

    expect(screen.getByText('123 results in 4 ms')).toBeInTheDocument();
    expect([...card.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Organic', 'waste', 'organic', 'waste']);
    expect(card).toHaveTextContent('Households separate organic waste.');
    expect(card).toHaveTextContent('From the lessons: Door-to-door visits about waste worked.');
    expect(card).toHaveTextContent('Featured');
    expect(card).toHaveTextContent('Partial success');
    expect(card).toHaveTextContent('Adapted 3 times');
    expect(within(card).getByRole('link', { name: 'Kadıköy' })).toBeInTheDocument();
    expect(within(card).getByRole('list', { name: 'Sustainable Development Goals' })).toHaveTextContent('SDG 11');

    // What the URL asked for is what the sidebar and the chips show.
    expect(screen.getByRole('searchbox', { name: 'Search case studies' })).toHaveValue('organic waste');
    expect(screen.getByRole('checkbox', { name: SDG_11 })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: SDG_13 })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Water and waste' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Germany' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Failure' })).not.toBeChecked();
    expect(screen.getByRole('spinbutton', { name: 'From' })).toHaveValue(2019);
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('most_adapted');
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(within(chips).getAllByRole('button').map((button) => button.getAttribute('aria-label') ?? button.textContent)).toEqual([
      `Remove filter: ${SDG_11}`,
      `Remove filter: ${SDG_13}`,
      'Remove filter: Water and waste',
      'Remove filter: Germany',
      'Remove filter: From 2019',
      'Clear all filters',
    ]);
    expect(document.title).toBe('“organic waste” · Search · Twinning Exchange');
  });

  it('opens a result with a way back to the same search, words and filters kept', async () => {
    const detail = buildCaseStudyDetail();
    const hit = buildSearchHit({ id: detail.id, title: 'Brown bins' });
    stubFetch((url) => {
      if (url.pathname === ApiRoutes.search) return { body: buildSearchResponse([hit], { facets }) };
      if (url.pathname === ApiRoutes.caseStudy(detail.id)) return { body: detail };
      if (url.pathname === ApiRoutes.caseStudyAdaptations(detail.id) || url.pathname === ApiRoutes.similarCaseStudies(detail.id)) return { body: [] };
      if (url.pathname === ApiRoutes.caseStudyQuestions(detail.id)) return { body: [] };
      return { status: 404, body: buildApiErrorBody({ code: 'not_found' }) };
    });
    const { user, currentLocation } = renderApp('/search?q=waste&outcome=failure');

    await user.click(await screen.findByRole('link', { name: 'Brown bins' }));
    await user.click(await screen.findByRole('link', { name: /Back to the search results/ }));

    expect(currentLocation().pathname).toBe('/search');
    expect(currentLocation().search).toBe('?q=waste&outcome=failure');
  });

  it('offers every facet as a group of checkboxes named by their labels, with the counts beside them', async () => {
    serveSearch();

    const { user } = renderApp('/search');

    await screen.findByRole('checkbox', { name: SDG_11 });
    const sdgs = screen.getByRole('region', { name: 'SDGs' });
    // The goals keep their numbers' order; the count is a description, not part of the name.
    const sdg11 = within(sdgs).getByRole('checkbox', { name: SDG_11 });
    expect(sdg11).toHaveAccessibleDescription('12 case studies');
    expect(within(sdg11.closest('li') as HTMLElement).getByText('12')).toHaveAttribute('aria-hidden', 'true');
    expect(within(sdgs).getAllByRole<HTMLInputElement>('checkbox').map((box) => box.labels?.[0]?.textContent)).toEqual([SDG_11, SDG_13]);
    for (const heading of ['SDGs', 'Themes', 'Outcome', 'Country', 'Municipality', 'Language', 'Year', 'Funding', 'Town size']) {
      expect(screen.getByRole('heading', { level: 3, name: heading })).toBeInTheDocument();
    }
    expect(screen.getByRole('checkbox', { name: 'Success' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Turkish' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'EU programme' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: '50,000–250,000' })).toBeInTheDocument();
    const years = screen.getByRole('region', { name: 'Year' });
    expect(within(years).getByRole('spinbutton', { name: 'From' })).toHaveAttribute('min', '2019');
    expect(within(years).getByRole('spinbutton', { name: 'To' })).toHaveAttribute('max', '2023');

    // Folding a group hides its values; unfolding shows them again.
    const toggle = within(screen.getByRole('heading', { level: 3, name: 'SDGs' })).getByRole('button');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows the newest case studies when nothing is typed yet', async () => {
    const fetchMock = serveSearch();

    renderApp('/search');

    expect(await screen.findByRole('heading', { level: 2, name: 'Newest case studies' })).toBeInTheDocument();
    const request = lastSearch(fetchMock);
    expect(request.searchParams.has('q')).toBe(false);
    expect(request.searchParams.get('sort')).toBe('newest');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('newest');
    expect(screen.queryByRole('list', { name: 'Active filters' })).not.toBeInTheDocument();
  });

  it('searches what is typed on Enter, ranked by relevance, and keeps it in the URL', async () => {
    const fetchMock = serveSearch();
    const { user, currentLocation } = renderApp('/search?sdg=11');
    await screen.findByRole('checkbox', { name: SDG_11 });

    await user.type(screen.getByRole('searchbox', { name: 'Search case studies' }), 'atık ayrıştırma{Enter}');

    await waitFor(() => expect(currentLocation().search).toBe('?q=at%C4%B1k+ayr%C4%B1%C5%9Ft%C4%B1rma&sdg=11'));
    await waitFor(() => expect(lastSearch(fetchMock).searchParams.get('q')).toBe('atık ayrıştırma'));
    expect(lastSearch(fetchMock).searchParams.get('sort')).toBe('relevance');
    expect(lastSearch(fetchMock).searchParams.getAll('sdg')).toEqual(['11']);
  });

  it('adds a ticked facet value to the URL and the request, and starts again from the first page', async () => {
    const fetchMock = serveSearch();
    const { user, currentLocation } = renderApp('/search?q=waste&sdg=11&page=3');

    await user.click(await screen.findByRole('checkbox', { name: SDG_13 }));

    await waitFor(() => expect(currentLocation().search).toBe('?q=waste&sdg=11&sdg=13'));
    await waitFor(() => expect(lastSearch(fetchMock).searchParams.getAll('sdg')).toEqual(['11', '13']));
    expect(lastSearch(fetchMock).searchParams.get('page')).toBe('1');
    expect(screen.getByRole('button', { name: `Remove filter: ${SDG_13}` })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Failure' }));

    await waitFor(() => expect(currentLocation().search).toBe('?q=waste&sdg=11&sdg=13&outcome=failure'));
  });

  it('removes a filter with its chip, and hands the focus to the next chip', async () => {
    const fetchMock = serveSearch();
    const { user, currentLocation } = renderApp('/search?sdg=11&sdg=13&outcome=failure');

    await user.click(await screen.findByRole('button', { name: `Remove filter: ${SDG_11}` }));

    await waitFor(() => expect(currentLocation().search).toBe('?sdg=13&outcome=failure'));
    await waitFor(() => expect(lastSearch(fetchMock).searchParams.getAll('sdg')).toEqual(['13']));
    expect(screen.getByRole('checkbox', { name: SDG_11 })).not.toBeChecked();
    expect(screen.getByRole('button', { name: `Remove filter: ${SDG_13}` })).toHaveFocus();
  });

  it('applies a year when its field is left or on Enter, and refuses a range that ends before it starts', async () => {
    const fetchMock = serveSearch();
    const { user, currentLocation } = renderApp('/search');
    const from = await screen.findByRole('spinbutton', { name: 'From' });
    const to = screen.getByRole('spinbutton', { name: 'To' });

    await user.type(from, '2024');
    await user.type(to, '2020{Enter}');

    // Leaving "From" applied it; the range that ends before it starts is not applied.
    expect(await screen.findByText('The first year must not be after the last.')).toBeInTheDocument();
    expect(currentLocation().search).toBe('?year_from=2024');

    await user.clear(to);
    await user.type(to, '2025{Enter}');

    await waitFor(() => expect(currentLocation().search).toBe('?year_from=2024&year_to=2025'));
    await waitFor(() => expect(lastSearch(fetchMock).searchParams.get('year_to')).toBe('2025'));
    expect(screen.getByRole('button', { name: 'Remove filter: Until 2025' })).toBeInTheDocument();
  });

  it('sorts as chosen', async () => {
    const fetchMock = serveSearch();
    const { user, currentLocation } = renderApp('/search?q=waste');
    await screen.findByText('1 result in 4 ms');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('relevance');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Most adapted');

    await waitFor(() => expect(currentLocation().search).toBe('?q=waste&sort=most_adapted'));
    await waitFor(() => expect(lastSearch(fetchMock).searchParams.get('sort')).toBe('most_adapted'));
  });

  it('pages through the results in the URL', async () => {
    const fetchMock = serveSearch((url) => ({
      body: buildSearchResponse([buildSearchHit()], { total: 45, page: Number(url.searchParams.get('page')), facets }),
    }));
    const { user, currentLocation } = renderApp('/search?q=waste');

    await user.click(await screen.findByRole('button', { name: 'Page 2' }));

    await waitFor(() => expect(currentLocation().search).toBe('?q=waste&page=2'));
    await waitFor(() => expect(lastSearch(fetchMock).searchParams.get('page')).toBe('2'));
    expect(screen.getByRole('button', { name: 'Page 3' })).toBeInTheDocument();
  });

  it('says quietly when the search runs in its simpler mode', async () => {
    serveSearch(() => ({ body: buildSearchResponse([buildSearchHit()], { degraded: true, facets }) }));

    renderApp('/search?q=waste');

    expect(
      await screen.findByText('Search is running in a simpler mode for the moment; results may be less precise.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('suggests removing the filters when nothing matches, and clears them but keeps the words', async () => {
    const fetchMock = serveSearch((url) =>
      url.searchParams.has('sdg')
        ? { body: buildSearchResponse([], { facets: {} }) }
        : { body: buildSearchResponse([buildSearchHit()], { facets }) },
    );
    const { user, currentLocation } = renderApp('/search?q=waste&sdg=14&outcome=failure');

    expect(await screen.findByRole('heading', { name: 'No case study matches “waste”' })).toBeInTheDocument();
    expect(screen.getByText('Remove some filters to see more.')).toBeInTheDocument();
    // A value the answer no longer counts can still be unticked.
    expect(screen.getByRole('checkbox', { name: 'SDG 14 · Life below water' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));

    await waitFor(() => expect(currentLocation().search).toBe('?q=waste'));
    await waitFor(() => expect(lastSearch(fetchMock).searchParams.has('sdg')).toBe(false));
    expect(await screen.findByText('1 result in 4 ms')).toBeInTheDocument();
  });

  it('suggests other words when a search without filters finds nothing', async () => {
    serveSearch(() => ({ body: buildSearchResponse([]) }));

    renderApp('/search?q=zzzz');

    expect(await screen.findByRole('heading', { name: 'No case study matches “zzzz”' })).toBeInTheDocument();
    expect(screen.getByText('Try other words or another spelling.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).not.toBeInTheDocument();
  });

  it('shows the error with a way to try again', async () => {
    let failing = true;
    serveSearch(() =>
      failing
        ? { status: 400, body: buildApiErrorBody({ code: 'validation_failed', message: 'Invalid.', details: [{ field: 'year_to', rule: 'too_small', reason: 'must not be less than 2019', params: { min: 2019 } }] }) }
        : { body: buildSearchResponse([buildSearchHit()], { facets }) },
    );
    const { user } = renderApp('/search?q=waste');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The search could not be run.');
    expect(alert).toHaveTextContent('year_to: must be at least 2019');
    failing = false;

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('1 result in 4 ms')).toBeInTheDocument();
  });

  it('names ticked towns by the facet, or by their page when the answer no longer mentions them', async () => {
    const kadikoy = buildMunicipalitySummary({ nameLocal: 'Kadıköy' });
    const cologne = buildMunicipalitySummary({ nameLocal: 'Köln' });
    const fetchMock = stubFetch((url) => {
      if (url.pathname === ApiRoutes.search) {
        return { body: buildSearchResponse([], { facets: { municipality: [{ value: kadikoy.id, count: 2, label: 'Kadıköy' }] } }) };
      }
      if (url.pathname === ApiRoutes.municipality(cologne.id)) return { body: { ...cologne, partners: [] } };
      return { status: 404, body: buildApiErrorBody() };
    });

    renderApp(`/search?municipality=${kadikoy.id}&municipality=${cologne.id}`);

    expect(await screen.findByRole('checkbox', { name: 'Kadıköy' })).toBeChecked();
    expect(await screen.findByRole('button', { name: 'Remove filter: Köln' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Köln' })).toBeChecked();
    expect(requestedUrls(fetchMock).some((url) => url.pathname === ApiRoutes.municipality(kadikoy.id))).toBe(false);
  });

  it('filters by a collection, named by its title in the reader’s language', async () => {
    const coastal = buildCollectionSummary();
    const fetchMock = stubFetch((url) => {
      if (url.pathname === ApiRoutes.search) return { body: buildSearchResponse([buildSearchHit()], { facets: { collection: [{ value: coastal.id, count: 3 }] } }) };
      if (url.pathname === ApiRoutes.collections) return { body: [coastal] };
      return { status: 404, body: buildApiErrorBody() };
    });

    renderApp(`/search?collection=${coastal.id}`, { language: 'tr' });

    expect(await screen.findByRole('checkbox', { name: 'Kıyı kentleri ve iklim' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Filtreyi kaldır: Kıyı kentleri ve iklim' })).toBeInTheDocument();
    expect(lastSearch(fetchMock).searchParams.getAll('collection')).toEqual([coastal.id]);
  });

  it('lets verified staff keep to their partner towns', async () => {
    const town = buildMunicipalitySummary({ nameLocal: 'Kadıköy' });
    const fetchMock = stubFetch((url) =>
      url.pathname === ApiRoutes.search
        ? { body: buildSearchResponse([buildSearchHit()], { facets }) }
        : { status: 404, body: buildApiErrorBody() },
    );
    const { user, currentLocation } = renderApp('/search?q=waste', { session: buildSessionInfo({ role: 'staff', municipality: town }) });

    const partnersOnly = await screen.findByRole('switch', { name: 'Only my partner towns' });
    expect(partnersOnly).not.toBeChecked();
    await user.click(partnersOnly);

    await waitFor(() => expect(currentLocation().search).toBe(`?q=waste&partners_of=${town.id}`));
    await waitFor(() => expect(lastSearch(fetchMock).searchParams.get('partners_of')).toBe(town.id));
    expect(screen.getByRole('switch', { name: 'Only my partner towns' })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Only my partner towns' })).toHaveAccessibleDescription(
      'Case studies of the towns Kadıköy is twinned with.',
    );
    expect(screen.getByRole('button', { name: 'Remove filter: Only my partner towns' })).toBeInTheDocument();
  });

  it('offers no partner switch to visitors or moderators', async () => {
    serveSearch();

    renderApp('/search', { session: buildSessionInfo({ role: 'moderator', municipality: null }) });

    await screen.findByText('1 result in 4 ms');
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });

  it('offers the matches as CSV and JSON files, with the search’s own parameters but no page', async () => {
    const fetchMock = serveSearch(() => ({ body: buildSearchResponse([buildSearchHit()], { total: 45, page: 2, facets }) }));
    const { user } = renderApp('/search?q=organic+waste&sdg=11&sdg=13&theme=water_waste&country=de&year_from=2019&sort=most_adapted&page=2');

    const csv = await screen.findByRole('link', { name: 'Download CSV' });
    const json = screen.getByRole('link', { name: 'Download JSON' });
    const searched = new URLSearchParams(lastSearch(fetchMock).searchParams);
    searched.delete('page');
    searched.delete('per_page');
    // The reader's language picks which version a hit shows; the export's records are the originals.
    searched.delete('lang');
    for (const [link, format] of [
      [csv, 'csv'],
      [json, 'json'],
    ] as const) {
      expect(link).toHaveAttribute('download');
      const href = new URL(link.getAttribute('href') ?? '', window.location.origin);
      expect(href.pathname).toBe(ApiRoutes.searchExport);
      expect(href.searchParams.get('format')).toBe(format);
      href.searchParams.delete('format');
      expect(href.searchParams.toString()).toBe(searched.toString());
    }
    const exported = new URL(csv.getAttribute('href') ?? '', window.location.origin).searchParams;
    expect(exported.get('q')).toBe('organic waste');
    expect(exported.getAll('sdg')).toEqual(['11', '13']);
    expect(exported.getAll('theme')).toEqual(['water_waste']);
    expect(exported.getAll('country')).toEqual(['DE']);
    expect(exported.get('year_from')).toBe('2019');
    expect(exported.get('sort')).toBe('most_adapted');
    expect(exported.has('page')).toBe(false);
    expect(exported.has('per_page')).toBe(false);

    const section = screen.getByRole('region', { name: 'Download as open data' });
    expect(section).toHaveTextContent('at most 10,000 of them');
    const columns = within(section).getByRole('button', { name: 'What’s in the file' });
    expect(columns).toHaveAttribute('aria-expanded', 'false');
    await user.click(columns);
    expect(columns).toHaveAttribute('aria-expanded', 'true');
    expect((await within(section).findAllByRole('term')).map((term) => term.textContent)).toEqual([...EXPORT_COLUMNS]);
  });

  it('follows the filters into the export links when they change', async () => {
    serveSearch();
    const { user } = renderApp('/search?q=waste');
    await screen.findByRole('link', { name: 'Download CSV' });

    await user.click(await screen.findByRole('checkbox', { name: SDG_11 }));

    await waitFor(() =>
      expect(new URL(screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href') ?? '', window.location.origin).searchParams.getAll('sdg')).toEqual(['11']),
    );
  });

  it('offers no export while the search runs in its simpler mode, or when nothing matches', async () => {
    serveSearch(() => ({ body: buildSearchResponse([buildSearchHit()], { degraded: true, facets }) }));
    const { unmount } = renderApp('/search?q=waste');
    await screen.findByText('1 result in 4 ms');
    expect(screen.queryByRole('link', { name: 'Download CSV' })).not.toBeInTheDocument();
    unmount();

    serveSearch(() => ({ body: buildSearchResponse([]) }));
    renderApp('/search?q=zzzz');
    await screen.findByRole('heading', { name: 'No case study matches “zzzz”' });
    expect(screen.queryByRole('link', { name: 'Download CSV' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Download JSON' })).not.toBeInTheDocument();
  });

  it('is in Turkish too', async () => {
    serveSearch(() => ({ body: buildSearchResponse([buildSearchHit()], { total: 2, tookMs: 3, facets }) }));

    renderApp('/search?sdg=11', { language: 'tr' });

    expect(await screen.findByText('2 sonuç, 3 ms')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Arama' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Vaka çalışmalarında ara' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Belediye büyüklüğü' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'SKA 11 · Sürdürülebilir şehirler ve topluluklar' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Filtreyi kaldır: SKA 11 · Sürdürülebilir şehirler ve topluluklar' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Almanya' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sıralama' })).toHaveDisplayValue('En yeni');
    expect(screen.getByRole('link', { name: 'CSV indir' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'JSON indir' })).toBeInTheDocument();
  });
});

describe('SearchPage on a narrow screen', () => {
  onNarrowScreen();

  it('shows the results first, with the filters behind a button that counts them and opens them in a drawer', async () => {
    serveSearch(() => ({ body: buildSearchResponse([buildSearchHit({ title: 'Rainwater gardens' })], { facets }) }));
    const { user, currentLocation } = renderApp('/search?q=water&sdg=11');

    await screen.findByRole('link', { name: 'Rainwater gardens' });
    expect(screen.queryByRole('complementary', { name: 'Filters' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: SDG_13 })).not.toBeInTheDocument();
    const filtersButton = screen.getByRole('button', { name: 'Filters (1)' });
    // The button, then the filters in force, then what was found.
    expect(screen.getByRole('button', { name: `Remove filter: ${SDG_11}` })).toBeInTheDocument();
    expect(filtersButton.compareDocumentPosition(screen.getByRole('link', { name: 'Rainwater gardens' }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );

    await user.click(filtersButton);
    const drawer = screen.getByRole('dialog', { name: 'Filters' });
    // Folded at first on a phone, so the drawer shows every group at a glance.
    await user.click(within(drawer).getByRole('button', { name: 'SDGs' }));
    await user.click(within(drawer).getByRole('checkbox', { name: SDG_13 }));

    await waitFor(() => expect(currentLocation().search).toBe('?q=water&sdg=11&sdg=13'));
    await user.click(within(drawer).getByRole('button', { name: 'Show results' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Filters' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Filters (2)' })).toHaveFocus();
    expect(screen.getByRole('button', { name: `Remove filter: ${SDG_13}` })).toBeInTheDocument();
  });
});
