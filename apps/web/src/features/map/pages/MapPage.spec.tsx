import { screen, waitFor, within } from '@testing-library/react';
import { ApiRoutes, type MapFeatureCollection } from '@twinning/contracts';
import { requestedUrls, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';
import { bursa, darmstadt, izmir, publicConfig, twinningMap } from '../test-data';

function serveMap(collection: MapFeatureCollection = twinningMap) {
  return stubFetch((url) => {
    if (url.pathname === ApiRoutes.publicConfig) return { body: publicConfig };
    if (url.pathname === ApiRoutes.map) return { body: collection, headers: { 'content-type': 'application/geo+json' } };
    return { status: 404, body: { code: 'not_found', message: 'Not here.' } };
  });
}

describe('MapPage', () => {
  it('draws the twinnings as lines and the towns as markers, with the server’s tiles', async () => {
    serveMap();
    renderApp('/map');

    expect(await screen.findByRole('heading', { level: 1, name: 'Map of twinnings' })).toBeInTheDocument();
    const map = await screen.findByRole('region', { name: /Map of the towns and their twinnings/ });
    await waitFor(() => expect(map.querySelectorAll('path.twinning-line')).toHaveLength(2));
    expect(map.querySelectorAll('path.twinning-line--ended')).toHaveLength(1);
    await waitFor(() => expect(map.querySelector('img.leaflet-tile')?.getAttribute('src')).toMatch(/^https:\/\/tiles\.example\.org\/\d+\/\d+\/\d+\.png$/));
    expect(map).toHaveTextContent('Test tiles');
  });

  it('lists the same towns with their partners, for keyboard and screen-reader users', async () => {
    serveMap();
    renderApp('/map');

    const table = await screen.findByRole('table', { name: '3 towns with their twinning partners' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['BursaTürkiye', 'DarmstadtGermany', 'İzmirTürkiye']);
    const [bursaRow, darmstadtRow] = rows;
    expect(within(bursaRow).getByRole('link', { name: 'Darmstadt' })).toHaveAttribute('href', '/towns/22222222-2222-4222-8222-222222222222');
    expect(bursaRow).toHaveTextContent('(Germany, since 1971)');
    expect(bursaRow).toHaveTextContent(/2$/);
    expect(darmstadtRow).toHaveTextContent('İzmir (Türkiye, since 2005) · Ended');
    expect(screen.getByText('3 towns and 2 twinnings.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to the list of towns' })).toHaveAttribute('href', '#town-network-list');
    expect(screen.getByRole('link', { name: 'download as GeoJSON' })).toHaveAttribute('href', '/api/v1/map');
  });

  it('filters the map and the list by country and theme, in the URL', async () => {
    const fetchMock = serveMap();
    const { user, currentLocation } = renderApp('/map');
    await screen.findByRole('table');

    await user.click(screen.getByRole('combobox', { name: 'Country' }));
    await user.click(await screen.findByRole('option', { name: 'Germany' }));
    await user.click(screen.getByRole('combobox', { name: /Theme/ }));
    await user.click(await screen.findByRole('option', { name: 'Mobility' }));

    await waitFor(() => expect(currentLocation().search).toBe('?country=DE&theme=mobility'));
    const last = requestedUrls(fetchMock).filter((url) => url.pathname === ApiRoutes.map).at(-1)!;
    expect(Object.fromEntries(last.searchParams)).toEqual({ country: 'DE', theme: 'mobility' });
    expect(screen.getByRole('link', { name: 'download as GeoJSON' })).toHaveAttribute('href', '/api/v1/map?country=DE&theme=mobility');
  });

  it('lists only the towns the filters picked, not the partners shown with them', async () => {
    // Darmstadt answers the filter; Bursa and İzmir are there as its partners.
    serveMap({
      ...twinningMap,
      features: [darmstadt, { ...bursa, properties: { ...bursa.properties, matched: false } }, { ...izmir, properties: { ...izmir.properties, matched: false } }, ...twinningMap.features.slice(3)],
    });
    renderApp('/map?country=DE');
    const table = await screen.findByRole('table', { name: '1 town with its twinning partners' });
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['DarmstadtGermany']);
  });
});
