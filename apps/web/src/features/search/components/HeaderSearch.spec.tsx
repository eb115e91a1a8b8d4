import { screen, waitFor, within } from '@testing-library/react';
import { ApiRoutes } from '@twinning/contracts';
import { buildPage, buildSearchHit, buildSearchResponse } from '../../../test/factories';
import { requestedUrls, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

function serveAll() {
  return stubFetch((url) =>
    url.pathname === ApiRoutes.search ? { body: buildSearchResponse([buildSearchHit()]) } : { body: buildPage([]) },
  );
}

describe('HeaderSearch', () => {
  it('opens the search page with the words typed when Enter is pressed', async () => {
    const fetchMock = serveAll();
    const { user, currentLocation } = renderApp('/towns');
    const banner = screen.getByRole('banner');
    const box = within(banner).getByRole('searchbox', { name: 'Search case studies' });

    await user.click(box);
    await user.keyboard('  çöp ayrıştırma {Enter}');

    await waitFor(() => expect(currentLocation().pathname).toBe('/search'));
    expect(currentLocation().search).toBe('?q=%C3%A7%C3%B6p+ayr%C4%B1%C5%9Ft%C4%B1rma');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    // The page's own box takes over, so there is one box of that name.
    expect(screen.getByRole('searchbox', { name: 'Search case studies' })).toHaveValue('çöp ayrıştırma');
    expect(within(banner).queryByRole('searchbox')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(requestedUrls(fetchMock).find((url) => url.pathname === ApiRoutes.search)?.searchParams.get('q')).toBe('çöp ayrıştırma'),
    );
  });

  it('opens the search page without words when nothing is typed, and is reached with the keyboard', async () => {
    serveAll();
    const { user, currentLocation } = renderApp('/case-studies');

    // Skip link, home link, then the navigation's links, then the search box.
    const box = within(screen.getByRole('banner')).getByRole('searchbox', { name: 'Search case studies' });
    while (document.activeElement !== box) await user.tab();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(currentLocation().pathname).toBe('/search'));
    expect(currentLocation().search).toBe('');
  });

  it('is in Turkish too', () => {
    serveAll();

    renderApp('/towns', { language: 'tr' });

    expect(within(screen.getByRole('banner')).getByRole('searchbox', { name: 'Vaka çalışmalarında ara' })).toHaveAttribute(
      'placeholder',
      'Vaka çalışmalarında ara…',
    );
  });
});
