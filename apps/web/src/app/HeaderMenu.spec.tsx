import { screen, waitFor, within } from '@testing-library/react';
import { buildMunicipalitySummary, buildNotificationList, buildPage, buildSessionInfo } from '../test/factories';
import { stubFetch } from '../test/fetch-stub';
import { onNarrowScreen } from '../test/narrow-screen';
import { renderApp } from '../test/render';

describe('HeaderMenu (narrow screen)', () => {
  onNarrowScreen();

  beforeEach(() => {
    stubFetch((url) =>
      url.pathname.endsWith('/notifications')
        ? { body: buildNotificationList([]) }
        : { body: buildPage([buildMunicipalitySummary({ nameLocal: 'Köln' })]) },
    );
  });

  it('puts the links behind a menu button that opens them in a dialog, and closes on going to one', async () => {
    const { user, currentLocation } = renderApp('/towns');
    const banner = screen.getByRole('banner');
    expect(within(banner).queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    const menuButton = within(banner).getByRole('button', { name: 'Menu' });
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');

    await user.click(menuButton);

    const menu = screen.getByRole('dialog', { name: 'Menu' });
    expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(menu).toContainElement(document.activeElement as HTMLElement));
    const nav = within(menu).getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Towns' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(within(menu).getByRole('searchbox', { name: 'Search case studies' })).toBeInTheDocument();
    expect(within(menu).getByRole('group', { name: 'Language' })).toBeInTheDocument();

    await user.click(within(nav).getByRole('link', { name: 'Map' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Menu' })).not.toBeInTheDocument());
    expect(currentLocation().pathname).toBe('/map');
    expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes on Escape and hands the focus back to the button', async () => {
    const { user } = renderApp('/towns');
    const menuButton = screen.getByRole('button', { name: 'Menu' });
    await user.click(menuButton);
    await waitFor(() => expect(screen.getByRole('dialog', { name: 'Menu' })).toContainElement(document.activeElement as HTMLElement));

    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Menu' })).not.toBeInTheDocument());
    await waitFor(() => expect(menuButton).toHaveFocus());
  });

  it('closes when a link to the page already shown is chosen', async () => {
    const { user } = renderApp('/towns');
    await user.click(screen.getByRole('button', { name: 'Menu' }));

    await user.click(within(screen.getByRole('dialog', { name: 'Menu' })).getByRole('link', { name: 'Towns' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Menu' })).not.toBeInTheDocument());
  });

  it('keeps the bell beside the button and offers signing out in the menu, named in Turkish and German too', async () => {
    const session = buildSessionInfo({ role: 'admin', municipality: null });
    const { user, i18n } = renderApp('/towns', { session, language: 'tr' });
    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('button', { name: 'Bildirimler' })).toBeInTheDocument();

    await user.click(within(banner).getByRole('button', { name: 'Menü' }));

    const menu = screen.getByRole('dialog', { name: 'Menü' });
    expect(within(menu).getByRole('link', { name: 'Yönetim' })).toHaveAttribute('href', '/admin');
    expect(within(menu).getByRole('button', { name: 'Çıkış yap' })).toBeInTheDocument();
    expect(within(menu).getByRole('button', { name: 'Menüyü kapat' })).toBeInTheDocument();

    await user.click(within(menu).getByRole('button', { name: /Deutsch/ }));

    expect(i18n.language).toBe('de');
    expect(screen.getByRole('dialog', { name: 'Menü' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Menü schließen' })).toBeInTheDocument();
  });
});
