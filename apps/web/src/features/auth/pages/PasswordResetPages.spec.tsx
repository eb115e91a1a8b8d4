import { screen, waitFor, within } from '@testing-library/react';
import { ApiRoutes } from '@twinning/contracts';
import { buildApiErrorBody, buildSessionInfo } from '../../../test/factories';
import { recordedWrites, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const SAME_ANSWER = { message: 'If an account has this address, a link to set a new password is on its way.' };

describe('ForgotPasswordPage', () => {
  it('is reached from the sign-in page, checks the address, then says a link is on its way if there is an account', async () => {
    const fetchMock = stubFetch(() => ({ status: 202, body: SAME_ANSWER }));
    const { user, currentLocation } = renderApp('/sign-in');
    await user.click(screen.getByRole('link', { name: 'Forgot your password?' }));
    expect(currentLocation().pathname).toBe('/forgot-password');
    expect(document.title).toBe('Forgot your password? · Twinning Exchange');

    await user.type(screen.getByRole('textbox', { name: 'E-mail' }), 'not an address');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveAccessibleDescription(/An e-mail address/);
    expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveValue('not an address');
    expect(recordedWrites(fetchMock)).toEqual([]);

    await user.clear(screen.getByRole('textbox', { name: 'E-mail' }));
    await user.type(screen.getByRole('textbox', { name: 'E-mail' }), ' ayse@kadikoy.bel.tr ');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByRole('status')).toHaveTextContent('If an account has the address ayse@kadikoy.bel.tr, a link');
    const [request] = recordedWrites(fetchMock);
    expect(request.url.pathname).toBe(ApiRoutes.requestPasswordReset);
    expect(request.body).toEqual({ email: 'ayse@kadikoy.bel.tr' });
  });

  it('speaks Turkish', () => {
    stubFetch(() => ({ status: 202, body: SAME_ANSWER }));
    renderApp('/forgot-password', { language: 'tr' });
    expect(screen.getByRole('heading', { level: 1, name: 'Parolanızı mı unuttunuz?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bağlantıyı gönder' })).toBeInTheDocument();
  });
});

describe('ResetPasswordPage', () => {
  const fill = async (user: ReturnType<typeof renderApp>['user'], password: string, repeated = password) => {
    await user.type(screen.getByLabelText(/^New password/), password);
    await user.type(screen.getByLabelText(/^Repeat the new password/), repeated);
    await user.click(screen.getByRole('button', { name: 'Set the password' }));
  };

  it('sets the new password with the link’s token, signs this browser out, and offers to sign in', async () => {
    const fetchMock = stubFetch((_, request) => (request.method === 'GET' ? { body: {} } : { status: 204 }));
    const { user, queryClient } = renderApp('/reset-password/tok-123', { session: buildSessionInfo() });
    await fill(user, 'a long enough password', 'a different password');
    expect(screen.getByLabelText(/^Repeat the new password/)).toHaveAttribute('aria-invalid', 'true');
    expect(recordedWrites(fetchMock)).toEqual([]);

    await user.clear(screen.getByLabelText(/^Repeat the new password/));
    await user.type(screen.getByLabelText(/^Repeat the new password/), 'a long enough password');
    await user.click(screen.getByRole('button', { name: 'Set the password' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your password is set');
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    const [reset] = recordedWrites(fetchMock);
    expect(reset.url.pathname).toBe(ApiRoutes.completePasswordReset('tok-123'));
    expect(reset.body).toEqual({ password: 'a long enough password' });
    expect(queryClient.getQueryData(['session'])).toBeNull();
  });

  it('keeps what was typed and says why when the password is too common', async () => {
    stubFetch(() => ({ status: 400, body: buildApiErrorBody({ code: 'password_too_common', details: [{ field: 'password', rule: 'password_too_common', reason: 'is too common' }] }) }));
    const { user } = renderApp('/reset-password/tok-123');
    await fill(user, 'password1234');
    await waitFor(() => expect(screen.getByLabelText(/^New password/)).toHaveAccessibleDescription(expect.stringContaining('too common')));
    expect(screen.getByLabelText(/^New password/)).toHaveValue('password1234');
  });

  it('says a used or expired link does not work, and offers a new one', async () => {
    stubFetch(() => ({ status: 404, body: buildApiErrorBody({ code: 'link_invalid', message: 'Unknown, used or expired.' }) }));
    const { user } = renderApp('/reset-password/old');
    await fill(user, 'a long enough password');
    expect(await screen.findByRole('heading', { level: 1, name: 'This link does not work' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
  });
});
