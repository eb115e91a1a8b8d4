import { screen, waitFor, within } from '@testing-library/react';
import { ApiRoutes, type SessionInfo } from '@twinning/contracts';
import { buildApiErrorBody, buildSessionInfo } from '../../../test/factories';
import { recordedWrites, stubFetch, type StubRequest, type StubResponse } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const SETUP = { secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/Twinning%20Exchange:ayse?secret=JBSWY3DPEHPK3PXP&issuer=Twinning%20Exchange' };
const RECOVERY_CODES = ['abcde-23456', 'fghjk-34567'];

/** GET /me answers `me()`; writes go to `onWrite`. */
function serveTwoFactor(me: () => SessionInfo, onWrite: (request: StubRequest) => StubResponse) {
  return stubFetch((url, request) => {
    if (request.method !== 'GET') return onWrite(request);
    if (url.pathname === ApiRoutes.me) return { body: me() };
    return { body: {} };
  });
}

const section = () => screen.getByRole('region', { name: 'Two-factor sign-in' });

describe('TwoFactorSection', () => {
  it('sets up with the QR code and the key, confirms a code, and shows the recovery codes once', async () => {
    let session = buildSessionInfo();
    const fetchMock = serveTwoFactor(
      () => session,
      (request) => {
        if (request.url.pathname === ApiRoutes.twoFactorSetup) return { body: SETUP };
        if ((request.body as { code: string }).code === '000000') return { status: 400, body: buildApiErrorBody({ code: 'wrong_code' }) };
        session = buildSessionInfo({ ...session.account, twoFactorEnabled: true });
        return { body: { recoveryCodes: RECOVERY_CODES } };
      },
    );
    const { user } = renderApp('/account', { session });
    expect(within(section()).getByText('Two-factor sign-in is off.')).toBeInTheDocument();

    await user.click(within(section()).getByRole('button', { name: 'Turn on two-factor sign-in' }));

    expect(await within(section()).findByRole('img', { name: 'QR code for your authenticator app' })).toHaveAttribute('src', expect.stringMatching(/^data:image\/svg\+xml/));
    expect(within(section()).getByText(SETUP.secret)).toBeInTheDocument();
    const code = within(section()).getByRole('textbox', { name: /Six-digit code from the app/ });
    await user.type(code, '000000');
    await user.click(within(section()).getByRole('button', { name: 'Confirm and turn on' }));
    await waitFor(() => expect(code).toHaveAccessibleDescription(expect.stringContaining('The code is not right')));
    expect(code).toHaveValue('000000');

    await user.clear(code);
    await user.type(code, '123456');
    await user.click(within(section()).getByRole('button', { name: 'Confirm and turn on' }));

    const codes = await within(section()).findByRole('list', { name: 'Recovery codes' });
    expect(within(codes).getAllByRole('listitem').map((item) => item.textContent)).toEqual(RECOVERY_CODES);
    // The session now says it is on; the codes stay until the person says they saved them.
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => String(url) === ApiRoutes.me)).toBe(true));
    expect(within(section()).getByRole('list', { name: 'Recovery codes' })).toBeInTheDocument();
    await user.click(within(section()).getByRole('button', { name: 'I have saved them' }));
    expect(within(section()).queryByText('abcde-23456')).not.toBeInTheDocument();
    expect(within(section()).getByRole('button', { name: 'Turn off' })).toBeInTheDocument();
    expect(recordedWrites(fetchMock).map((request) => request.body)).toEqual([undefined, { code: '000000' }, { code: '123456' }]);
  });

  it('turns off with the password and a code, and says which one is wrong', async () => {
    let session = buildSessionInfo({ twoFactorEnabled: true });
    const fetchMock = serveTwoFactor(
      () => session,
      (request) => {
        const body = request.body as { password: string; code: string };
        if (body.password !== 'my password') return { status: 400, body: buildApiErrorBody({ code: 'wrong_password' }) };
        session = buildSessionInfo({ ...session.account, twoFactorEnabled: false });
        return { status: 204 };
      },
    );
    const { user } = renderApp('/account', { session });
    await user.click(within(section()).getByRole('button', { name: 'Turn off' }));
    expect(within(section()).getByLabelText(/^Your password/)).toHaveAccessibleDescription(expect.stringContaining('Required.'));

    await user.type(within(section()).getByLabelText(/^Your password/), 'a wrong one');
    await user.type(within(section()).getByRole('textbox', { name: /Code from the app/ }), 'abcde-23456');
    await user.click(within(section()).getByRole('button', { name: 'Turn off' }));
    await waitFor(() => expect(within(section()).getByLabelText(/^Your password/)).toHaveAccessibleDescription(expect.stringContaining('The password is not right.')));

    await user.clear(within(section()).getByLabelText(/^Your password/));
    await user.type(within(section()).getByLabelText(/^Your password/), 'my password');
    await user.click(within(section()).getByRole('button', { name: 'Turn off' }));
    expect(await within(section()).findByRole('button', { name: 'Turn on two-factor sign-in' })).toBeInTheDocument();
    expect(recordedWrites(fetchMock).at(-1)?.body).toEqual({ password: 'my password', code: 'abcde-23456' });
  });

  it('sends an admin who must use two factors to the account page, and says so there', async () => {
    stubFetch(() => ({ body: {} }));
    const { currentLocation } = renderApp('/admin/accounts', { session: buildSessionInfo({ role: 'admin', municipality: null, twoFactorSetupRequired: true }) });
    expect(await screen.findByText('Turn on two-factor sign-in first')).toBeInTheDocument();
    expect(currentLocation().pathname).toBe('/account');
  });

  it('asks for the session again when the API says two factors must be set up first, and follows it there', async () => {
    const before = buildSessionInfo({ role: 'admin', municipality: null });
    const after = buildSessionInfo({ ...before.account, twoFactorSetupRequired: true });
    stubFetch((url) => {
      if (url.pathname === ApiRoutes.me) return { body: after };
      if (url.pathname === ApiRoutes.adminUsers) return { status: 403, body: buildApiErrorBody({ code: 'two_factor_setup_required' }) };
      return { body: {} };
    });
    const { currentLocation } = renderApp('/admin/accounts', { session: before });
    expect(await screen.findByText('Turn on two-factor sign-in first')).toBeInTheDocument();
    expect(currentLocation().pathname).toBe('/account');
  });
});
