import { render, screen, within } from '@testing-library/react';
import { ApiRoutes } from '@twinning/contracts';
import { LANGUAGE_STORAGE_KEY, loadI18n } from '../i18n';
import { getCsrfToken } from '../lib/csrf-token';
import { buildMunicipalitySummary, buildPage, buildSessionInfo } from '../test/factories';
import { requestedUrls, stubFetch } from '../test/fetch-stub';
import { App } from './App';

/** What GET /me answers for a visitor. */
const notSignedIn = { body: null };

describe('App', () => {
  it('starts in the language chosen before, on the page in the address bar', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'tr');
    window.history.pushState({}, '', '/towns?q=k%C3%B6ln');
    const fetchMock = stubFetch((url) =>
      url.pathname === ApiRoutes.me ? notSignedIn : { body: buildPage([buildMunicipalitySummary({ nameLocal: 'Köln' })]) },
    );

    render(<App i18n={await loadI18n()} />);

    expect(await screen.findByRole('link', { name: 'Köln' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Belediyeler' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('tr');
    const townSearch = requestedUrls(fetchMock).find((url) => url.pathname === ApiRoutes.municipalities);
    expect(`${townSearch?.pathname}${townSearch?.search}`).toBe('/api/v1/municipalities?q=k%C3%B6ln&page=1&per_page=20');
  });

  it('asks the API who is signed in, and treats null as a visitor, not an error', async () => {
    window.history.pushState({}, '', '/towns');
    stubFetch((url) => (url.pathname === ApiRoutes.me ? notSignedIn : { body: buildPage([]) }));

    render(<App i18n={await loadI18n()} />);

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(getCsrfToken()).toBeNull();
  });

  it('remembers the CSRF token of the session GET /me returns', async () => {
    window.history.pushState({}, '', '/towns');
    const session = buildSessionInfo();
    stubFetch((url) => (url.pathname === ApiRoutes.me ? { body: session } : { body: buildPage([]) }));

    render(<App i18n={await loadI18n()} />);

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'My account' })).toBeInTheDocument();
    expect(getCsrfToken()).toBe(session.csrfToken);
  });
});
