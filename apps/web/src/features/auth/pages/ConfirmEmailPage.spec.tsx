import { screen } from '@testing-library/react';
import { ApiRoutes } from '@twinning/contracts';
import { buildApiErrorBody, buildSessionInfo } from '../../../test/factories';
import { recordedWrites, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

describe('ConfirmEmailPage', () => {
  it('confirms on a button press, not on opening, then says a moderator comes next', async () => {
    // Confirming asks for the session again: this browser is not signed in.
    const fetchMock = stubFetch((url) => (url.pathname === ApiRoutes.me ? { status: 401, body: buildApiErrorBody({ code: 'not_signed_in' }) } : { status: 204 }));
    const { user } = renderApp('/confirm-email/tok-1');
    expect(document.title).toBe('Confirm your e-mail address · Twinning Exchange');
    expect(recordedWrites(fetchMock)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Confirm my e-mail address' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Your e-mail address is confirmed');
    expect(recordedWrites(fetchMock).map((request) => request.url.pathname)).toEqual([ApiRoutes.confirmEmail('tok-1')]);
  });

  it('says when the link is used or expired, in Turkish too', async () => {
    stubFetch(() => ({ status: 404, body: buildApiErrorBody({ code: 'link_invalid' }) }));
    const { user } = renderApp('/confirm-email/old', { language: 'tr' });
    await user.click(screen.getByRole('button', { name: 'E-posta adresimi doğrula' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bu bağlantı çalışmıyor' })).toBeInTheDocument();
  });
});

describe('the account page of an unconfirmed account', () => {
  const unconfirmed = () => buildSessionInfo({ status: 'unconfirmed', emailConfirmedAt: null, verifiedAt: null, email: 'ayse@kadikoy.bel.tr' });

  it('asks to confirm the address, and sends a new link on request', async () => {
    const fetchMock = stubFetch((_, request) => (request.method === 'GET' ? { body: {} } : { status: 204 }));
    const { user } = renderApp('/account', { session: unconfirmed() });
    expect(screen.getByText(/We sent a link to ayse@kadikoy\.bel\.tr/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send the link again' }));

    expect(await screen.findByText('A new link is on its way to ayse@kadikoy.bel.tr. Earlier links no longer work.')).toBeInTheDocument();
    expect(recordedWrites(fetchMock).map((request) => request.url.pathname)).toEqual([ApiRoutes.resendEmailConfirmation]);
  });

  it('tells how long to wait when enough e-mails went out', async () => {
    stubFetch((_, request) =>
      request.method === 'GET' ? { body: {} } : { status: 429, headers: { 'Retry-After': '1500' }, body: buildApiErrorBody({ code: 'too_many_emails' }) },
    );
    const { user } = renderApp('/account', { session: unconfirmed() });
    await user.click(screen.getByRole('button', { name: 'Send the link again' }));
    expect(await screen.findByText('Enough e-mails for now. Try again in 25 minutes.')).toBeInTheDocument();
  });
});
