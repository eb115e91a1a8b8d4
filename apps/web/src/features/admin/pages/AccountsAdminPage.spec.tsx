import { screen, waitFor, within } from '@testing-library/react';
import { ApiRoutes, type AdminUser } from '@twinning/contracts';
import { getCsrfToken } from '../../../lib/csrf-token';
import { buildAdminUser, buildApiErrorBody, buildPage, buildSessionInfo } from '../../../test/factories';
import { recordedWrites, requestedUrls, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const moderator = buildSessionInfo({ role: 'moderator', municipality: null, displayName: 'Elif Kaya' });
const admin = buildSessionInfo({ role: 'admin', municipality: null, displayName: 'Can Öztürk' });

/** A tiny in-memory API for the accounts: the list, and the changes the page asks for. */
function serveAccounts(initial: AdminUser[]) {
  let users = [...initial];
  const change = (id: string, patch: Partial<AdminUser>) => {
    users = users.map((user) => (user.id === id ? { ...user, ...patch } : user));
    return { body: users.find((user) => user.id === id) };
  };
  return stubFetch((url, request) => {
    const user = users.find((candidate) => url.pathname.includes(candidate.id));
    if (request.method === 'POST' && user && url.pathname === ApiRoutes.adminVerifyUser(user.id)) {
      return change(user.id, { status: 'active', verifiedAt: '2025-04-11T09:00:00.000Z' });
    }
    if (request.method === 'POST' && user && url.pathname === ApiRoutes.adminSendPasswordReset(user.id)) return { status: 204 };
    if (request.method === 'POST' && user && url.pathname === ApiRoutes.adminDeactivateUser(user.id)) {
      return change(user.id, { status: 'deactivated', deactivatedAt: '2025-04-11T09:00:00.000Z' });
    }
    const status = url.searchParams.get('status');
    return { body: buildPage(users.filter((candidate) => !status || candidate.status === status)) };
  });
}

describe('AccountsAdminPage', () => {
  it('lets a moderator verify a pending account', async () => {
    const mehmet = buildAdminUser({ displayName: 'Mehmet Demir', status: 'pending', verifiedAt: null });
    const zeynep = buildAdminUser({ displayName: 'Zeynep Aksoy', status: 'pending', verifiedAt: null });
    const fetchMock = serveAccounts([mehmet, zeynep]);
    const { user } = renderApp('/admin/accounts?status=pending', { session: moderator });

    expect(await screen.findByRole('heading', { level: 1, name: 'Accounts waiting for verification' })).toBeInTheDocument();
    expect(document.title).toBe('Accounts waiting for verification · Twinning Exchange');
    const accountList = requestedUrls(fetchMock).find((url) => url.pathname === ApiRoutes.adminUsers);
    expect(accountList?.searchParams.get('status')).toBe('pending');
    const row = await screen.findByRole('row', { name: /Mehmet Demir/ });
    // Moderators verify; changing roles and deactivating are for admins.
    expect(within(row).queryByRole('button', { name: /Change role/ })).not.toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /Deactivate/ })).not.toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Verify Mehmet Demir' }));

    expect(await screen.findByText('Mehmet Demir is verified.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('row', { name: /Mehmet Demir/ })).not.toBeInTheDocument());
    expect(screen.getByRole('row', { name: /Zeynep Aksoy/ })).toBeInTheDocument();
    const [verify] = recordedWrites(fetchMock);
    expect(verify.method).toBe('POST');
    expect(verify.url.pathname).toBe(ApiRoutes.adminVerifyUser(mehmet.id));
    expect(verify.headers['x-csrf-token']).toBe(moderator.csrfToken);
  });

  it('shows the moderator whether each address matches its municipality’s e-mail domains', async () => {
    serveAccounts([
      buildAdminUser({ displayName: 'Mehmet Demir', status: 'pending', emailDomainMatches: true }),
      buildAdminUser({ displayName: 'Zeynep Aksoy', status: 'pending', emailDomainMatches: false }),
      buildAdminUser({ displayName: 'Deniz Kaya', status: 'pending', emailDomainMatches: null }),
    ]);
    renderApp('/admin/accounts?status=pending', { session: moderator });
    expect(within(await screen.findByRole('row', { name: /Mehmet Demir/ })).getByText('Address matches the municipality’s e-mail domains')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Zeynep Aksoy/ })).getByText('Address does not match the municipality’s e-mail domains')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Deniz Kaya/ })).getByText('The municipality lists no e-mail domains')).toBeInTheDocument();
  });

  it('lets an admin, not a moderator, send a password reset link', async () => {
    const mehmet = buildAdminUser({ displayName: 'Mehmet Demir', email: 'mehmet@kadikoy.bel.tr' });
    const fetchMock = serveAccounts([mehmet]);
    const asModerator = renderApp('/admin/accounts', { session: moderator });
    expect(within(await screen.findByRole('row', { name: /Mehmet Demir/ })).queryByRole('button', { name: /password reset link/ })).not.toBeInTheDocument();
    asModerator.unmount();

    const { user } = renderApp('/admin/accounts', { session: admin });
    await user.click(within(await screen.findByRole('row', { name: /Mehmet Demir/ })).getByRole('button', { name: 'Send password reset link to Mehmet Demir' }));

    expect(await screen.findByText(/A password reset link went to mehmet@kadikoy\.bel\.tr/)).toBeInTheDocument();
    const [reset] = recordedWrites(fetchMock);
    expect(reset.url.pathname).toBe(ApiRoutes.adminSendPasswordReset(mehmet.id));
    expect(reset.headers['x-csrf-token']).toBe(admin.csrfToken);
  });

  it('says so when no account is waiting', async () => {
    serveAccounts([]);

    renderApp('/admin/accounts?status=pending', { session: moderator });

    expect(await screen.findByText('No account is waiting for verification.')).toBeInTheDocument();
  });

  it('asks an admin to confirm before deactivating, and sends nothing on cancel', async () => {
    const mehmet = buildAdminUser({ displayName: 'Mehmet Demir' });
    const fetchMock = serveAccounts([mehmet]);
    const { user } = renderApp('/admin/accounts', { session: admin });
    const row = await screen.findByRole('row', { name: /Mehmet Demir/ });

    await user.click(within(row).getByRole('button', { name: 'Deactivate Mehmet Demir' }));
    let dialog = screen.getByRole('dialog', { name: 'Deactivate Mehmet Demir?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(recordedWrites(fetchMock)).toEqual([]);

    await user.click(within(row).getByRole('button', { name: 'Deactivate Mehmet Demir' }));
    dialog = screen.getByRole('dialog', { name: 'Deactivate Mehmet Demir?' });
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    expect(await screen.findByText('Mehmet Demir is deactivated.')).toBeInTheDocument();
    expect(recordedWrites(fetchMock).map((request) => request.url.pathname)).toEqual([
      ApiRoutes.adminDeactivateUser(mehmet.id),
    ]);
    expect(await within(screen.getByRole('row', { name: /Mehmet Demir/ })).findByText('Deactivated')).toBeInTheDocument();
  });

  it('offers no action on the admin’s own row', async () => {
    serveAccounts([buildAdminUser({ ...admin.account, deactivatedAt: null, lastSignInAt: null })]);

    renderApp('/admin/accounts', { session: admin });

    const row = await screen.findByRole('row', { name: /Can Öztürk/ });
    expect(within(row).queryAllByRole('button')).toEqual([]);
    expect(within(row).getByText('This is you')).toBeInTheDocument();
  });

  it('shows why a verification was refused', async () => {
    const mehmet = buildAdminUser({ displayName: 'Mehmet Demir', status: 'pending', verifiedAt: null });
    stubFetch((_url, request) =>
      request.method === 'POST'
        ? {
            status: 409,
            body: buildApiErrorBody({ code: 'invalid_account_state', message: 'Cannot verify an account that is active.' }),
          }
        : { body: buildPage([mehmet]) },
    );
    const { user } = renderApp('/admin/accounts?status=pending', { session: moderator });

    await user.click(await screen.findByRole('button', { name: 'Verify Mehmet Demir' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The account has changed in the meantime.');
  });
});

describe('a session that ended on the server', () => {
  it('is forgotten at the first 401, and the page asks to sign in again', async () => {
    stubFetch(() => ({ status: 401, body: buildApiErrorBody({ code: 'not_signed_in', message: 'Sign in to do this.' }) }));

    renderApp('/admin/accounts', { session: moderator });

    expect(await screen.findByRole('heading', { level: 1, name: 'Please sign in' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(getCsrfToken()).toBeNull();
  });
});

describe('admin pages for the wrong people', () => {
  beforeEach(() => {
    stubFetch(() => ({ body: buildPage([]) }));
  });

  it('ask a visitor to sign in, and come back afterwards', () => {
    renderApp('/admin/accounts?status=pending');

    expect(screen.getByRole('heading', { level: 1, name: 'Please sign in' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Fadmin%2Faccounts%3Fstatus%3Dpending',
    );
  });

  it('tell staff they have no access', () => {
    renderApp('/admin/accounts', { session: buildSessionInfo({ role: 'staff' }) });

    expect(screen.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
    expect(document.title).toBe('You do not have access to this page · Twinning Exchange');
  });

  it('keep moderators out of the admins’ pages', () => {
    renderApp('/admin/municipalities', { session: moderator });

    expect(screen.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
  });
});
