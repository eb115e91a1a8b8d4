import { screen, waitFor, within } from '@testing-library/react';
import { buildApiErrorBody, buildMunicipalitySummary, buildPage } from '../../../test/factories';
import { requestedUrls, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

// The factory's town is Köln (Cologne).
const cologne = buildMunicipalitySummary();
const kadikoy = buildMunicipalitySummary({
  nameLocal: 'Kadıköy',
  nameEn: 'Kadıköy',
  country: 'TR',
  region: 'İstanbul',
  kind: 'district',
  population: 467_919,
});

describe('TownsPage', () => {
  it('lists the towns the API returns, with their total', async () => {
    const fetchMock = stubFetch(() => ({ body: buildPage([cologne, kadikoy]) }));

    renderApp('/towns');

    const table = await screen.findByRole('table');
    const cologneRow = within(table).getByRole('row', { name: /Köln/ });
    expect(within(cologneRow).getByRole('link', { name: 'Köln' })).toHaveAttribute('href', `/towns/${cologne.id}`);
    expect(within(cologneRow).getByText('Cologne')).toBeInTheDocument();
    expect(within(cologneRow).getByText('Germany')).toBeInTheDocument();
    expect(within(cologneRow).getByText('Nordrhein-Westfalen')).toBeInTheDocument();
    expect(within(cologneRow).getByText('Metropolitan municipality')).toBeInTheDocument();
    expect(within(cologneRow).getByText('1,084,831')).toBeInTheDocument();
    // The English name is shown only when it differs from the local one.
    expect(within(table).getAllByText('Kadıköy')).toHaveLength(1);
    expect(screen.getByText('2 towns')).toBeInTheDocument();

    const [url] = requestedUrls(fetchMock);
    expect(url.pathname).toBe('/api/v1/municipalities');
    expect(Object.fromEntries(url.searchParams)).toEqual({ page: '1', per_page: '20' });
    expect(document.title).toBe('Towns · Twinning Exchange');
  });

  it('shows skeletons while the towns load', async () => {
    stubFetch(() => new Promise(() => undefined));

    renderApp('/towns');

    expect(await screen.findByRole('status')).toHaveTextContent('Loading towns…');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says so when no town matches', async () => {
    stubFetch(() => ({ body: buildPage([]) }));

    renderApp('/towns?q=Atlantis');

    expect(await screen.findByText('No towns match “Atlantis”')).toBeInTheDocument();
    expect(screen.getByText('Try another spelling, or remove a filter.')).toBeInTheDocument();
  });

  it('shows an error with a retry that loads the towns again', async () => {
    let available = false;
    stubFetch(() =>
      available
        ? { body: buildPage([cologne]) }
        : { status: 500, body: buildApiErrorBody({ code: 'internal_error', message: 'Boom' }) },
    );
    const { user } = renderApp('/towns');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The towns could not be loaded.');
    expect(alert).toHaveTextContent('Something went wrong on our side.');

    available = true;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('link', { name: 'Köln' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('searches once typing pauses and keeps the search in the URL', async () => {
    const fetchMock = stubFetch((url) => ({
      body: buildPage(url.searchParams.get('q') === 'istanbul' ? [kadikoy] : [cologne, kadikoy]),
    }));
    const { user, currentLocation } = renderApp('/towns');
    await screen.findByRole('link', { name: 'Köln' });

    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'istanbul');

    await waitFor(() => expect(screen.queryByRole('link', { name: 'Köln' })).not.toBeInTheDocument());
    const searches = requestedUrls(fetchMock).map((url) => url.searchParams.get('q'));
    // Debounced: one request for the whole word, not one per key.
    expect(searches).toEqual([null, 'istanbul']);
    expect(currentLocation().search).toBe('?q=istanbul');
    expect(screen.getByText('1 town')).toBeInTheDocument();
  });

  it('sends the filters and page from the URL, and fills the search box from it', async () => {
    const fetchMock = stubFetch(() => ({ body: buildPage([kadikoy], { total: 45, page: 2 }) }));

    renderApp('/towns?q=kad&country=tr&kind=district&page=2');

    await screen.findByRole('link', { name: 'Kadıköy' });
    expect(Object.fromEntries(requestedUrls(fetchMock)[0].searchParams)).toEqual({
      q: 'kad',
      country: 'TR',
      kind: 'district',
      page: '2',
      per_page: '20',
    });
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('kad');
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveValue('District municipality');
  });

  it('clears the search box and the filters together', async () => {
    const fetchMock = stubFetch(() => ({ body: buildPage([cologne]) }));
    const { user, currentLocation } = renderApp('/towns?q=k%C3%B6ln&kind=metropolitan');
    const searchBox = screen.getByRole('searchbox', { name: 'Search by name' });
    expect(searchBox).toHaveValue('köln');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(searchBox).toHaveValue('');
    expect(currentLocation().search).toBe('');
    await waitFor(() =>
      expect(Object.fromEntries(requestedUrls(fetchMock).at(-1)?.searchParams ?? [])).toEqual({
        page: '1',
        per_page: '20',
      }),
    );
  });

  it('filters by country chosen by name', async () => {
    const fetchMock = stubFetch(() => ({ body: buildPage([cologne]) }));
    const { user, currentLocation } = renderApp('/towns?page=3');
    await screen.findByRole('link', { name: 'Köln' });

    await user.click(screen.getByRole('combobox', { name: 'Country' }));
    await user.click(await screen.findByRole('option', { name: 'Germany' }));

    await waitFor(() => expect(requestedUrls(fetchMock).at(-1)?.searchParams.get('country')).toBe('DE'));
    // A new filter starts again from the first page.
    expect(currentLocation().search).toBe('?country=DE');
  });

  it('moves between pages', async () => {
    const fetchMock = stubFetch((url) => ({
      body: buildPage([url.searchParams.get('page') === '2' ? kadikoy : cologne], {
        total: 45,
        page: Number(url.searchParams.get('page')),
      }),
    }));
    const { user, currentLocation } = renderApp('/towns');
    await screen.findByRole('link', { name: 'Köln' });

    const pages = screen.getByRole('navigation', { name: 'Pages of results' });
    await user.click(within(pages).getByRole('button', { name: 'Page 2' }));

    expect(await screen.findByRole('link', { name: 'Kadıköy' })).toBeInTheDocument();
    expect(requestedUrls(fetchMock).at(-1)?.searchParams.get('page')).toBe('2');
    expect(currentLocation().search).toBe('?page=2');
    expect(within(pages).getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  });
});
