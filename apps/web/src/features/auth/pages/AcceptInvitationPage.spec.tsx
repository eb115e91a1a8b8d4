import { screen, waitFor } from '@testing-library/react';
import { ApiRoutes } from '@twinning/contracts';
import { getCsrfToken } from '../../../lib/csrf-token';
import { buildApiErrorBody, buildInvitationPreview, buildSessionInfo } from '../../../test/factories';
import { recordedWrites, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const TOKEN = 'k3Jd8s-invitation-token';
const invalid = { status: 404, body: buildApiErrorBody({ code: 'invitation_invalid', message: 'Unknown or expired.' }) };

describe('AcceptInvitationPage', () => {
  it('shows whom the invitation is for, and creates the account', async () => {
    const preview = buildInvitationPreview();
    const session = buildSessionInfo({ email: preview.email, displayName: 'Mehmet Demir', municipality: preview.municipality });
    const fetchMock = stubFetch((url) =>
      url.pathname === ApiRoutes.acceptInvitation(TOKEN) ? { status: 201, body: session } : { body: preview },
    );
    const { user, currentLocation } = renderApp(`/invitations/${TOKEN}`);

    expect(await screen.findByText('mehmet.demir@kadikoy.bel.tr')).toBeInTheDocument();
    expect(screen.getByText('Kadıköy')).toBeInTheDocument();
    expect(document.title).toBe('Accept your invitation · Twinning Exchange');

    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Mehmet Demir');
    await user.type(screen.getByLabelText(/^Password/), 'a long enough password');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    expect(await screen.findByText('Your account is ready: you are verified staff of Kadıköy.')).toBeInTheDocument();
    expect(currentLocation().pathname).toBe('/account');
    expect(recordedWrites(fetchMock)[0].body).toEqual({ displayName: 'Mehmet Demir', password: 'a long enough password' });
    expect(getCsrfToken()).toBe(session.csrfToken);
  });

  it('explains a link that is unknown, used or expired', async () => {
    stubFetch(() => invalid);

    renderApp(`/invitations/${TOKEN}`, { language: 'tr' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Bu davet bağlantısı çalışmıyor' })).toBeInTheDocument();
    expect(screen.getByText(/daha önce kullanılmış ya da süresi dolmuş/)).toBeInTheDocument();
  });

  it('explains it too when the link stops working before the form is sent', async () => {
    stubFetch((_url, request) => (request.method === 'POST' ? invalid : { body: buildInvitationPreview() }));
    const { user } = renderApp(`/invitations/${TOKEN}`);

    await user.type(await screen.findByRole('textbox', { name: 'Your name' }), 'Mehmet Demir');
    await user.type(screen.getByLabelText(/^Password/), 'a long enough password');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'This invitation link does not work' })).toBeInTheDocument(),
    );
  });
});
