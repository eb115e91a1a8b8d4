import { screen, waitFor, within } from '@testing-library/react';
import { ApiRoutes, type Account, type SessionInfo } from '@twinning/contracts';
import { getCsrfToken } from '../lib/csrf-token';
import { buildNotificationList, buildPage, buildSessionInfo } from '../test/factories';
import { recordedWrites, stubFetch } from '../test/fetch-stub';
import { renderApp } from '../test/render';

function sessionAs(overrides: Partial<Account>): SessionInfo {
  return buildSessionInfo(overrides);
}

const roles: [string, SessionInfo | null, [string, string][], boolean][] = [
  [
    'a visitor',
    null,
    [
      ['Towns', '/towns'],
      ['Map', '/map'],
      ['Case studies', '/case-studies'],
      ['Funding', '/funding'], ['Statistics', '/statistics'],
      ['Sign in', '/sign-in'],
      ['Register', '/register'],
    ],
    false,
  ],
  [
    'a pending account',
    sessionAs({ role: 'staff', status: 'pending', verifiedAt: null }),
    [['Towns', '/towns'], ['Map', '/map'], ['Case studies', '/case-studies'], ['Funding', '/funding'], ['Statistics', '/statistics'], ['My account', '/account']],
    true,
  ],
  [
    'staff',
    sessionAs({ role: 'staff' }),
    [
      ['Towns', '/towns'],
      ['Map', '/map'],
      ['Case studies', '/case-studies'],
      ['Funding', '/funding'], ['Statistics', '/statistics'],
      ['My municipality', '/my-municipality'],
      ['My account', '/account'],
    ],
    true,
  ],
  [
    'a moderator',
    sessionAs({ role: 'moderator', municipality: null }),
    [
      ['Towns', '/towns'],
      ['Map', '/map'],
      ['Case studies', '/case-studies'],
      ['Funding', '/funding'], ['Statistics', '/statistics'],
      ['Moderation', '/moderation'],
      ['Accounts', '/admin/accounts'],
      ['My account', '/account'],
    ],
    true,
  ],
  [
    'an admin',
    sessionAs({ role: 'admin', municipality: null }),
    [
      ['Towns', '/towns'],
      ['Map', '/map'],
      ['Case studies', '/case-studies'],
      ['Funding', '/funding'], ['Statistics', '/statistics'],
      ['Moderation', '/moderation'],
      ['Admin', '/admin'],
      ['My account', '/account'],
    ],
    true,
  ],
];

/** Every request answers an empty list, and the bell an empty inbox. */
function serveEmpty() {
  return stubFetch((url) =>
    url.pathname === ApiRoutes.notifications ? { body: buildNotificationList([]) } : { body: buildPage([]) },
  );
}

describe('MainNavigation', () => {
  beforeEach(() => {
    serveEmpty();
  });

  it.each(roles)('offers %s exactly what they can use', async (_role, session, links, signedIn) => {
    renderApp('/towns', { session });

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual(links);
    expect(within(nav).queryAllByRole('button').map((button) => button.textContent)).toEqual(
      signedIn ? ['Sign out'] : [],
    );
    // The notifications bell sits in the header beside the navigation, for signed-in people only.
    const banner = screen.getByRole('banner');
    if (signedIn) expect(await within(banner).findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
    else expect(within(banner).queryByRole('button', { name: /Notifications/ })).not.toBeInTheDocument();
  });

  it('marks “Case studies” as the current page on the list of case studies', async () => {
    renderApp('/case-studies');

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Case studies' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Towns' })).not.toHaveAttribute('aria-current');
    expect(await screen.findByText('No case study has been published yet.')).toBeInTheDocument();
  });

  it('is in Turkish too', () => {
    renderApp('/towns', { session: sessionAs({ role: 'admin', municipality: null }), language: 'tr' });

    const nav = screen.getByRole('navigation', { name: 'Ana menü' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Belediyeler',
      'Harita',
      'Vaka çalışmaları',
      'Fonlar',
      'İstatistikler',
      'Moderasyon',
      'Yönetim',
      'Hesabım',
    ]);
    expect(within(nav).getByRole('button', { name: 'Çıkış yap' })).toBeInTheDocument();
  });

  it('signs out with the CSRF token, forgets the session and goes home', async () => {
    const session = sessionAs({ role: 'admin', municipality: null });
    const fetchMock = stubFetch((url) => (url.pathname === ApiRoutes.logout ? { status: 204 } : { body: buildPage([]) }));
    const { user, currentLocation } = renderApp('/account', { session });
    expect(screen.getByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    await waitFor(() => expect(currentLocation().pathname).toBe('/'));
    const [logout] = recordedWrites(fetchMock);
    expect(logout.url.pathname).toBe(ApiRoutes.logout);
    expect(logout.headers['x-csrf-token']).toBe(session.csrfToken);
    expect(getCsrfToken()).toBeNull();
  });
});
