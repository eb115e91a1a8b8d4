import { render, screen } from '@testing-library/react';
import { LANGUAGE_STORAGE_KEY } from '../i18n';
import { buildMunicipalitySummary, buildPage } from '../test/factories';
import { stubFetch } from '../test/fetch-stub';
import { App } from './App';

describe('App', () => {
  it('starts in the language chosen before, on the page in the address bar', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'tr');
    window.history.pushState({}, '', '/towns?q=k%C3%B6ln');
    const fetchMock = stubFetch(() => ({ body: buildPage([buildMunicipalitySummary({ nameLocal: 'Köln' })]) }));

    render(<App />);

    expect(await screen.findByRole('link', { name: 'Köln' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Belediyeler' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('tr');
    expect(String(fetchMock.mock.calls[0][0])).toBe('/api/v1/municipalities?q=k%C3%B6ln&page=1&per_page=20');
  });
});
