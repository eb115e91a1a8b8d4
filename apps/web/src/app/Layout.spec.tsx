import { screen, within } from '@testing-library/react';
import { LANGUAGE_STORAGE_KEY } from '../i18n';
import { buildMunicipalitySummary, buildPage } from '../test/factories';
import { stubFetch } from '../test/fetch-stub';
import { renderApp } from '../test/render';

const cologne = buildMunicipalitySummary({ nameLocal: 'Köln', nameEn: 'Cologne', population: 1_084_831 });

describe('Layout', () => {
  beforeEach(() => {
    stubFetch(() => ({ body: buildPage([cologne]) }));
  });

  it('has a banner with the portal name, navigation and a main region', async () => {
    renderApp('/towns');

    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('link', { name: 'Twinning Exchange, home' })).toHaveAttribute('href', '/');
    const nav = within(banner).getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Towns' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('main')).toBeInTheDocument();
    await screen.findByRole('link', { name: 'Köln' });
  });

  it('switches the visible strings, number format, page title and <html lang> to Turkish', async () => {
    const { user } = renderApp('/towns');
    await screen.findByRole('link', { name: 'Köln' });
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByRole('button', { name: /Türkçe/ }));

    expect(screen.getByRole('heading', { level: 1, name: 'Belediyeler' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Belediyeler' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Ada göre ara' })).toBeInTheDocument();
    const row = within(screen.getByRole('table')).getByRole('row', { name: /Köln/ });
    expect(within(row).getByText('Almanya')).toBeInTheDocument();
    expect(within(row).getByText('Büyükşehir belediyesi')).toBeInTheDocument();
    expect(within(row).getByText('1.084.831')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Türkçe/ })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('tr');
    expect(document.title).toBe('Belediyeler · Twinning Exchange');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('tr');

    await user.click(screen.getByRole('button', { name: /English/ }));

    expect(screen.getByRole('heading', { level: 1, name: 'Towns' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches the visible strings, number format, page title and <html lang> to German', async () => {
    const { user } = renderApp('/towns');
    await screen.findByRole('link', { name: 'Köln' });

    await user.click(screen.getByRole('button', { name: /Deutsch/ }));

    expect(screen.getByRole('heading', { level: 1, name: 'Kommunen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Praxisbeispiele' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Nach Namen suchen' })).toBeInTheDocument();
    const row = within(screen.getByRole('table')).getByRole('row', { name: /Köln/ });
    expect(within(row).getByText('Deutschland')).toBeInTheDocument();
    expect(within(row).getByText('Großstadtkommune')).toBeInTheDocument();
    expect(within(row).getByText('1.084.831')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Deutsch/ })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('de');
    expect(document.title).toBe('Kommunen · Twinning Exchange');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
  });

  it('links the accessibility statement from the footer, and moves focus to the new page after a link', async () => {
    const { user } = renderApp('/towns', { language: 'de' });
    await screen.findByRole('link', { name: 'Köln' });

    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Erklärung zur Barrierefreiheit' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
    expect(document.title).toBe('Erklärung zur Barrierefreiheit · Twinning Exchange');
  });

  it('shows a not-found page for an unknown address', () => {
    renderApp('/no/such/page', { language: 'tr' });

    expect(screen.getByRole('heading', { level: 1, name: 'Sayfa bulunamadı' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Belediyelere git' })).toHaveAttribute('href', '/towns');
    expect(document.title).toBe('Sayfa bulunamadı · Twinning Exchange');
  });
});
