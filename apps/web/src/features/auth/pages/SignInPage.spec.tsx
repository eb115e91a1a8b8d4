import { screen, waitFor, within } from '@testing-library/react';
import { ApiRoutes } from '@twinning/contracts';
import { getCsrfToken } from '../../../lib/csrf-token';
import { buildApiErrorBody, buildSessionInfo } from '../../../test/factories';
import { recordedWrites, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const session = buildSessionInfo({ displayName: 'Ayşe Yılmaz', email: 'ayse.yilmaz@kadikoy.bel.tr' });
/** Lands on "My account": a moderator has no town whose work to open. */
const moderatorSession = buildSessionInfo({ role: 'moderator', municipality: null });

async function signIn(user: ReturnType<typeof renderApp>['user'], email: string, password: string) {
  await user.type(screen.getByLabelText('E-mail'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('signs in and goes on to the page the person was going to', async () => {
    const fetchMock = stubFetch((url) => (url.pathname === ApiRoutes.login ? { body: session } : { body: {} }));
    const { user, currentLocation } = renderApp('/sign-in?next=%2Fadmin%2Faccounts%3Fstatus%3Dpending');
    expect(document.title).toBe('Sign in · Twinning Exchange');

    await signIn(user, ' ayse.yilmaz@kadikoy.bel.tr ', 'correct horse battery');

    await waitFor(() =>
      expect(`${currentLocation().pathname}${currentLocation().search}`).toBe('/admin/accounts?status=pending'),
    );
    const [login] = recordedWrites(fetchMock);
    expect(login.url.pathname).toBe(ApiRoutes.login);
    expect(login.body).toEqual({ email: 'ayse.yilmaz@kadikoy.bel.tr', password: 'correct horse battery' });
    // Signed out, so the request had no token; the answer brings one for the writes to come.
    expect(login.headers).not.toHaveProperty('x-csrf-token');
    expect(getCsrfToken()).toBe(session.csrfToken);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('takes a town’s staff to their town’s work when there is no next page, or one on another site', async () => {
    stubFetch((url) => (url.pathname === ApiRoutes.login ? { body: session } : { body: { items: [], total: 0, page: 1, perPage: 100 } }));
    const { user, currentLocation } = renderApp('/sign-in?next=%2F%2Fevil.example%2F');

    await signIn(user, 'ayse.yilmaz@kadikoy.bel.tr', 'correct horse battery');

    await waitFor(() => expect(currentLocation().pathname).toBe('/my-municipality'));
  });

  it('goes to the account page when the account writes no case studies', async () => {
    stubFetch(() => ({ body: moderatorSession }));
    const { user, currentLocation } = renderApp('/sign-in?next=%2F%2Fevil.example%2F');

    await signIn(user, 'ayse.yilmaz@kadikoy.bel.tr', 'correct horse battery');

    expect(await screen.findByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();
    expect(currentLocation().pathname).toBe('/account');
  });

  it('says so when the e-mail or password is wrong, and stays on the page', async () => {
    stubFetch(() => ({
      status: 401,
      body: buildApiErrorBody({ code: 'invalid_credentials', message: 'The e-mail or the password is not right.' }),
    }));
    const { user, currentLocation } = renderApp('/sign-in');

    await signIn(user, 'ayse.yilmaz@kadikoy.bel.tr', 'wrong password');

    expect(await screen.findByRole('alert')).toHaveTextContent('The e-mail or the password is not right.');
    expect(currentLocation().pathname).toBe('/sign-in');
    expect(getCsrfToken()).toBeNull();
  });

  it('tells how many minutes to wait after too many attempts', async () => {
    stubFetch(() => ({
      status: 429,
      headers: { 'Retry-After': '840' },
      body: buildApiErrorBody({ code: 'too_many_attempts', message: 'Too many failed sign-in attempts.' }),
    }));
    const { user } = renderApp('/sign-in');

    await signIn(user, 'ayse.yilmaz@kadikoy.bel.tr', 'wrong password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed attempts. Try again in 14 minutes.');
  });

  it('says it in Turkish too', async () => {
    stubFetch(() => ({
      status: 429,
      headers: { 'Retry-After': '30' },
      body: buildApiErrorBody({ code: 'too_many_attempts', message: 'Too many failed sign-in attempts.' }),
    }));
    const { user } = renderApp('/sign-in', { language: 'tr' });

    await user.type(screen.getByLabelText('E-posta'), 'ayse.yilmaz@kadikoy.bel.tr');
    await user.type(screen.getByLabelText('Parola'), 'yanlış parola');
    await user.click(screen.getByRole('button', { name: 'Giriş yap' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('1 dakika sonra tekrar deneyin.');
  });

  it('checks that both fields are filled before asking the server', async () => {
    const fetchMock = stubFetch(() => ({ body: session }));
    const { user } = renderApp('/sign-in');

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription(expect.stringContaining('Required.'));
    expect(screen.getByLabelText('E-mail')).toHaveFocus();
    expect(recordedWrites(fetchMock)).toEqual([]);
  });

  it('keeps a pasted over-long address and password whole, counts them, and refuses them with the reason', async () => {
    const fetchMock = stubFetch(() => ({ body: session }));
    const { user } = renderApp('/sign-in');
    const email = `${'a'.repeat(250)}@kadikoy.bel.tr`;
    const password = 'p'.repeat(210);
    await user.click(screen.getByLabelText('E-mail'));
    await user.paste(email);
    await user.click(screen.getByLabelText('Password'));
    await user.paste(password);

    expect(screen.getByLabelText('E-mail')).toHaveValue(email);
    expect(screen.getByLabelText('Password')).toHaveValue(password);
    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription(/11 characters too many \(at most 254\)/);
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/10 characters too many \(at most 200\)/);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription(/At most 254 characters\./);
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/At most 200 characters\./);
    expect(screen.getByLabelText('E-mail')).toHaveFocus();
    expect(recordedWrites(fetchMock)).toEqual([]);
  });

  it('sends someone already signed in straight on', () => {
    stubFetch(() => ({ body: {} }));
    const { currentLocation } = renderApp('/sign-in', { session: moderatorSession });

    expect(currentLocation().pathname).toBe('/account');
  });

  describe('with two-factor sign-in', () => {
    const challenge = { secondFactorRequired: true, challengeToken: 'challenge-1' };

    it('asks for the code after the password, then signs in', async () => {
      const fetchMock = stubFetch((url) => (url.pathname === ApiRoutes.login ? { body: challenge } : url.pathname === ApiRoutes.secondFactor ? { body: moderatorSession } : { body: {} }));
      const { user, currentLocation } = renderApp('/sign-in');
      await signIn(user, 'ayse.yilmaz@kadikoy.bel.tr', 'correct horse battery');

      expect(await screen.findByRole('heading', { level: 1, name: 'Enter your code' })).toBeInTheDocument();
      expect(getCsrfToken()).toBeNull();
      const code = screen.getByRole('textbox', { name: 'Code' });
      expect(code).toHaveAttribute('autocomplete', 'one-time-code');
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      expect(code).toHaveAccessibleDescription(expect.stringContaining('Required.'));

      await user.type(code, ' 123456 ');
      await user.click(screen.getByRole('button', { name: 'Sign in' }));

      expect(await screen.findByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();
      expect(currentLocation().pathname).toBe('/account');
      const [, second] = recordedWrites(fetchMock);
      expect(second.url.pathname).toBe(ApiRoutes.secondFactor);
      expect(second.body).toEqual({ challengeToken: 'challenge-1', code: '123456' });
      expect(getCsrfToken()).toBe(moderatorSession.csrfToken);
    });

    it('keeps a pasted over-long code whole and refuses it with the reason', async () => {
      const fetchMock = stubFetch((url) => (url.pathname === ApiRoutes.login ? { body: challenge } : { body: session }));
      const { user } = renderApp('/sign-in');
      await signIn(user, 'ayse.yilmaz@kadikoy.bel.tr', 'correct horse battery');
      const code = await screen.findByRole('textbox', { name: 'Code' });
      await user.click(code);
      await user.paste('k3m9q-x2p7w k3m9q-x2p7w');

      expect(code).toHaveValue('k3m9q-x2p7w k3m9q-x2p7w');
      await user.click(screen.getByRole('button', { name: 'Sign in' }));
      expect(code).toHaveAccessibleDescription(expect.stringContaining('At most 20 characters.'));
      expect(recordedWrites(fetchMock).map((write) => write.url.pathname)).toEqual([ApiRoutes.login]);
    });

    it('says beside the code when it is wrong, keeps it, and lets the person start over', async () => {
      stubFetch((url) =>
        url.pathname === ApiRoutes.login
          ? { body: challenge }
          : { status: 400, body: buildApiErrorBody({ code: 'wrong_code', details: [{ field: 'code', rule: 'wrong_code', reason: 'is not a current code' }] }) },
      );
      const { user } = renderApp('/sign-in', { language: 'tr' });
      await user.type(screen.getByLabelText('E-posta'), 'ayse.yilmaz@kadikoy.bel.tr');
      await user.type(screen.getByLabelText('Parola'), 'correct horse battery');
      await user.click(screen.getByRole('button', { name: 'Giriş yap' }));
      const code = await screen.findByRole('textbox', { name: 'Kod' });
      await user.type(code, '000000');
      await user.click(screen.getByRole('button', { name: 'Giriş yap' }));

      await waitFor(() => expect(code).toHaveAccessibleDescription(expect.stringContaining('Kod doğru değil')));
      expect(code).toHaveValue('000000');
      await user.click(screen.getByRole('button', { name: 'Baştan başla' }));
      expect(screen.getByLabelText('E-posta')).toHaveValue('ayse.yilmaz@kadikoy.bel.tr');
      expect(screen.getByLabelText('Parola')).toHaveValue('');
    });
  });
});
