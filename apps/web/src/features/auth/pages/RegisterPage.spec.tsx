import { screen, waitFor } from '@testing-library/react';
import { ApiRoutes, type RegisterRequest } from '@twinning/contracts';
import {
  buildApiErrorBody,
  buildMunicipalitySummary,
  buildPage,
  buildSessionInfo,
} from '../../../test/factories';
import { recordedWrites, requestedUrls, stubFetch, type StubResponse } from '../../../test/fetch-stub';
import { pickMunicipality } from '../../../test/pick';
import { renderApp } from '../../../test/render';

const kadikoy = buildMunicipalitySummary({ nameLocal: 'Kadıköy', nameEn: 'Kadıköy', country: 'TR', kind: 'district' });
const cologne = buildMunicipalitySummary();

/** Serves the picker's searches, and answers the registration with `registration`. */
function serveRegistration(registration: StubResponse) {
  return stubFetch((url) => {
    if (url.pathname === ApiRoutes.register) return registration;
    const q = url.searchParams.get('q');
    return { body: buildPage(q === 'kad' ? [kadikoy] : [cologne]) };
  });
}

async function fillIn(user: ReturnType<typeof renderApp>['user'], password = 'a long enough password') {
  await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Ayşe Yılmaz');
  await user.type(screen.getByRole('textbox', { name: 'E-mail' }), 'ayse.yilmaz@kadikoy.bel.tr');
  await user.type(screen.getByLabelText(/^Password/), password);
  await pickMunicipality(user, 'Your municipality', 'kad', /Kadıköy/);
}

describe('RegisterPage', () => {
  it('shows the password rules, searches the municipality as one types, registers, and asks to confirm the e-mail', async () => {
    const session = buildSessionInfo({
      status: 'unconfirmed',
      email: 'ayse.yilmaz@kadikoy.bel.tr',
      verifiedAt: null,
      emailConfirmedAt: null,
      municipality: kadikoy,
    });
    const fetchMock = serveRegistration({ status: 201, body: session });
    const { user, currentLocation } = renderApp('/register');
    expect(document.title).toBe('Register · Twinning Exchange');
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription(
      'At least 12 characters, and not a commonly used password.',
    );

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByText(/Confirm your e-mail address with the link we sent/)).toBeInTheDocument();
    expect(screen.getByText(/We sent a link to ayse\.yilmaz@kadikoy\.bel\.tr/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send the link again' })).toBeInTheDocument();
    expect(currentLocation().pathname).toBe('/account');
    const [registration] = recordedWrites(fetchMock);
    expect(registration.body).toEqual<RegisterRequest>({
      displayName: 'Ayşe Yılmaz',
      email: 'ayse.yilmaz@kadikoy.bel.tr',
      password: 'a long enough password',
      municipalityId: kadikoy.id,
    });
    // The picker asked the server, with what was typed.
    expect(requestedUrls(fetchMock).some((url) => url.searchParams.get('q') === 'kad')).toBe(true);
  });

  it('puts the reasons of a 400 next to the fields they name', async () => {
    serveRegistration({
      status: 400,
      body: buildApiErrorBody({
        code: 'validation_failed',
        message: 'Invalid request',
        details: [
          { field: 'email', rule: 'not_email', reason: 'must be an e-mail address' },
          { field: 'password', rule: 'too_short', reason: 'must be at least 12 characters', params: { min: 12 } },
        ],
      }),
    });
    const { user } = renderApp('/register');

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Register' }));

    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveAccessibleDescription(
        expect.stringContaining('must be an e-mail address'),
      ),
    );
    expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription(
      expect.stringContaining('must be at least 12 characters'),
    );
    expect(screen.getByRole('textbox', { name: 'Your name' })).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('explains a common password next to the password', async () => {
    serveRegistration({
      status: 400,
      body: buildApiErrorBody({
        code: 'password_too_common',
        message: 'This password is too common.',
        details: [{ field: 'password', rule: 'password_too_common', reason: 'is too common' }],
      }),
    });
    const { user } = renderApp('/register');

    await fillIn(user, 'password1234');
    await user.click(screen.getByRole('button', { name: 'Register' }));

    await waitFor(() =>
      expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription(
        expect.stringContaining('This password is too common and easy to guess.'),
      ),
    );
  });

  it('says when the e-mail already has an account, and offers to sign in', async () => {
    serveRegistration({
      status: 409,
      body: buildApiErrorBody({ code: 'email_taken', message: 'An account with this e-mail exists.' }),
    });
    const { user } = renderApp('/register');

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Register' }));

    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveAccessibleDescription(
        expect.stringContaining('An account with this e-mail already exists.'),
      ),
    );
    expect(screen.getByRole('link', { name: 'Sign in instead' })).toHaveAttribute('href', '/sign-in');
  });

  it('keeps a pasted over-long name and address whole, counts them, and refuses them with the reason', async () => {
    const fetchMock = serveRegistration({ status: 201, body: buildSessionInfo() });
    const { user } = renderApp('/register');
    const name = 'Ayşe '.repeat(21);
    const email = `${'a'.repeat(250)}@kadikoy.bel.tr`;
    await fillIn(user);
    await user.clear(screen.getByRole('textbox', { name: 'Your name' }));
    await user.click(screen.getByRole('textbox', { name: 'Your name' }));
    await user.paste(name);
    await user.clear(screen.getByRole('textbox', { name: 'E-mail' }));
    await user.click(screen.getByRole('textbox', { name: 'E-mail' }));
    await user.paste(email);

    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveValue(name);
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveAccessibleDescription(/5 characters too many \(at most 100\)/);
    expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveValue(email);
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveAccessibleDescription(/At most 100 characters\./);
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveAccessibleDescription(/At most 254 characters\./);
    expect(recordedWrites(fetchMock)).toEqual([]);
  });

  it('checks the rules before sending anything', async () => {
    const fetchMock = serveRegistration({ status: 201, body: buildSessionInfo() });
    const { user } = renderApp('/register');

    await user.type(screen.getByLabelText(/^Password/), 'too short');
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveAccessibleDescription(expect.stringContaining('Required.'));
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveFocus();
    expect(screen.getByLabelText(/^Password/)).toHaveAccessibleDescription(
      expect.stringContaining('At least 12 characters.'),
    );
    expect(screen.getByText('Choose the municipality you work for.')).toBeInTheDocument();
    expect(recordedWrites(fetchMock)).toEqual([]);
  });
});
