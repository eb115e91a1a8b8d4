import { screen, waitFor, within } from '@testing-library/react';
import { ApiRoutes, type ChangePasswordRequest } from '@twinning/contracts';
import { buildApiErrorBody, buildSessionInfo } from '../../../test/factories';
import { recordedWrites, stubFetch, type StubResponse } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

/** Answers the password change with `answer`, anything else with an empty body. */
function serveChangePassword(answer: StubResponse) {
  return stubFetch((url) => (url.pathname === ApiRoutes.changePassword ? answer : { body: {} }));
}

interface TypedPasswords {
  current?: string;
  next?: string;
  /** The new password typed again; the same as `next` unless given. */
  repeated?: string;
}

async function fillInPasswords(
  user: ReturnType<typeof renderApp>['user'],
  { current = 'the old password', next = 'a long enough password', repeated = next }: TypedPasswords = {},
) {
  await user.type(screen.getByLabelText(/^Current password/), current);
  await user.type(screen.getByLabelText(/^New password/), next);
  await user.type(screen.getByLabelText(/^Repeat the new password/), repeated);
}

describe('AccountPage', () => {
  beforeEach(() => {
    stubFetch(() => ({ body: {} }));
  });

  it('shows the account, and explains that a pending one waits for an admin or moderator', () => {
    renderApp('/account', { session: buildSessionInfo({ status: 'pending', verifiedAt: null }) });

    expect(screen.getByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();
    expect(document.title).toBe('My account · Twinning Exchange');
    expect(screen.getByText('Ayşe Yılmaz')).toBeInTheDocument();
    expect(screen.getByText('ayse.yilmaz@kadikoy.bel.tr')).toBeInTheDocument();
    expect(screen.getByText('Municipal staff')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kadıköy' })).toBeInTheDocument();
    expect(screen.getAllByText('Waiting for verification')).not.toHaveLength(0);
    expect(screen.getByText(/An admin or moderator of the programme will check that you work for Kadıköy/)).toBeInTheDocument();
  });

  it('shows a verified admin without a municipality, in Turkish', () => {
    renderApp('/account', { session: buildSessionInfo({ role: 'admin', municipality: null }), language: 'tr' });

    expect(screen.getByRole('heading', { level: 1, name: 'Hesabım' })).toBeInTheDocument();
    expect(screen.getByText('Yönetici')).toBeInTheDocument();
    expect(screen.getByText('Doğrulandı')).toBeInTheDocument();
    expect(screen.queryByText(/Doğrulama bekleniyor/)).not.toBeInTheDocument();
  });

  it('asks a visitor to sign in first', () => {
    renderApp('/account');

    expect(screen.getByRole('heading', { level: 1, name: 'Please sign in' })).toBeInTheDocument();
  });

  describe('changing the password', () => {
    it('sends the current and the new password with the CSRF token, then says the other sessions ended', async () => {
      const fetchMock = serveChangePassword({ status: 204 });
      const session = buildSessionInfo();
      const { user } = renderApp('/account', { session });

      expect(screen.getByRole('heading', { level: 2, name: 'Change password' })).toBeInTheDocument();
      expect(screen.getByLabelText(/^Current password/)).toHaveAttribute('autocomplete', 'current-password');
      expect(screen.getByLabelText(/^New password/)).toHaveAttribute('autocomplete', 'new-password');
      expect(screen.getByLabelText(/^New password/)).toHaveAccessibleDescription(
        'At least 12 characters, and not a commonly used password.',
      );
      await fillInPasswords(user);
      await user.click(screen.getByRole('button', { name: 'Change password' }));

      const section = screen.getByRole('region', { name: 'Change password' });
      expect(await within(section).findByRole('status')).toHaveTextContent(
        'Your password is changed. You were signed out everywhere else.',
      );
      const [change] = recordedWrites(fetchMock);
      expect(change.method).toBe('POST');
      expect(change.url.pathname).toBe(ApiRoutes.changePassword);
      expect(change.body).toEqual<ChangePasswordRequest>({
        currentPassword: 'the old password',
        password: 'a long enough password',
      });
      expect(change.headers['x-csrf-token']).toBe(session.csrfToken);
      expect(screen.getByLabelText(/^Current password/)).toHaveValue('');
      expect(screen.getByLabelText(/^New password/)).toHaveValue('');
      expect(screen.getByLabelText(/^Repeat the new password/)).toHaveValue('');
      // Still signed in here.
      expect(screen.getByRole('heading', { level: 1, name: 'My account' })).toBeInTheDocument();
    });

    it('says beside the current password that it is wrong, and moves there', async () => {
      serveChangePassword({
        status: 400,
        body: buildApiErrorBody({
          code: 'wrong_password',
          message: 'The current password is not right.',
          details: [{ field: 'currentPassword', rule: 'wrong_password', reason: 'is not your current password' }],
        }),
      });
      const { user } = renderApp('/account', { session: buildSessionInfo() });

      await fillInPasswords(user, { current: 'a wrong guess' });
      await user.click(screen.getByRole('button', { name: 'Change password' }));

      await waitFor(() =>
        expect(screen.getByLabelText(/^Current password/)).toHaveAccessibleDescription(
          expect.stringContaining('This is not your current password.'),
        ),
      );
      expect(screen.getByLabelText(/^Current password/)).toHaveAttribute('aria-invalid', 'true');
      await waitFor(() => expect(screen.getByLabelText(/^Current password/)).toHaveFocus());
      expect(screen.getByLabelText(/^New password/)).not.toHaveAttribute('aria-invalid', 'true');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it('explains a common new password next to it', async () => {
      serveChangePassword({
        status: 400,
        body: buildApiErrorBody({
          code: 'password_too_common',
          message: 'The password is too common.',
          details: [{ field: 'password', rule: 'password_too_common', reason: 'is too common' }],
        }),
      });
      const { user } = renderApp('/account', { session: buildSessionInfo() });

      await fillInPasswords(user, { next: 'password1234' });
      await user.click(screen.getByRole('button', { name: 'Change password' }));

      await waitFor(() =>
        expect(screen.getByLabelText(/^New password/)).toHaveAccessibleDescription(
          expect.stringContaining('This password is too common and easy to guess.'),
        ),
      );
    });

    it('tells how many minutes to wait after too many wrong passwords, in Turkish too', async () => {
      serveChangePassword({
        status: 429,
        headers: { 'Retry-After': '61' },
        body: buildApiErrorBody({ code: 'too_many_attempts', message: 'Too many failed attempts.' }),
      });
      const { user } = renderApp('/account', { session: buildSessionInfo(), language: 'tr' });

      await user.type(screen.getByLabelText(/^Şu anki parola/), 'the old password');
      await user.type(screen.getByLabelText(/^Yeni parola\b/), 'a long enough password');
      await user.type(screen.getByLabelText(/^Yeni parolayı tekrar girin/), 'a long enough password');
      await user.click(screen.getByRole('button', { name: 'Parolayı değiştir' }));

      expect(await screen.findByRole('alert')).toHaveTextContent('2 dakika sonra tekrar deneyin.');
    });

    it('keeps a pasted over-long current password whole and refuses it with the reason', async () => {
      const fetchMock = serveChangePassword({ status: 204 });
      const { user } = renderApp('/account', { session: buildSessionInfo() });
      await fillInPasswords(user);
      await user.clear(screen.getByLabelText(/^Current password/));
      await user.click(screen.getByLabelText(/^Current password/));
      await user.paste('p'.repeat(201));

      expect(screen.getByLabelText(/^Current password/)).toHaveValue('p'.repeat(201));
      expect(screen.getByLabelText(/^Current password/)).toHaveAccessibleDescription(/1 character too many \(at most 200\)/);
      await user.click(screen.getByRole('button', { name: 'Change password' }));
      expect(screen.getByLabelText(/^Current password/)).toHaveAccessibleDescription(/At most 200 characters\./);
      expect(screen.getByLabelText(/^Current password/)).toHaveFocus();
      expect(recordedWrites(fetchMock)).toEqual([]);
    });

    it('refuses two different new passwords without asking the server', async () => {
      const fetchMock = serveChangePassword({ status: 204 });
      const { user } = renderApp('/account', { session: buildSessionInfo() });

      await fillInPasswords(user, { repeated: 'a long enough pasword' });
      await user.click(screen.getByRole('button', { name: 'Change password' }));

      expect(screen.getByLabelText(/^Repeat the new password/)).toHaveAccessibleDescription(
        expect.stringContaining('The two new passwords differ.'),
      );
      expect(screen.getByLabelText(/^Repeat the new password/)).toHaveFocus();
      expect(recordedWrites(fetchMock)).toEqual([]);
    });
  });
});
