import { screen, within } from '@testing-library/react';
import { ApiRoutes } from '@twinning/contracts';
import { buildInvitation, buildMunicipalitySummary, buildPage, buildSessionInfo } from '../../../test/factories';
import { recordedWrites, stubFetch } from '../../../test/fetch-stub';
import { pickMunicipality } from '../../../test/pick';
import { renderApp } from '../../../test/render';

const admin = buildSessionInfo({ role: 'admin', municipality: null });
const kadikoy = buildMunicipalitySummary({ nameLocal: 'Kadıköy', nameEn: 'Kadıköy', country: 'TR', kind: 'district' });

describe('InviteAdminPage', () => {
  it('invites an officer and says where the link goes', async () => {
    const invitation = buildInvitation({ email: 'mehmet.demir@kadikoy.bel.tr', municipality: kadikoy });
    const fetchMock = stubFetch((url) =>
      url.pathname === ApiRoutes.invitations ? { status: 201, body: invitation } : { body: buildPage([kadikoy]) },
    );
    const { user } = renderApp('/admin/accounts/invite', { session: admin });
    expect(document.title).toBe('Invite staff · Twinning Exchange');

    await user.type(screen.getByRole('textbox', { name: 'E-mail' }), 'mehmet.demir@kadikoy.bel.tr');
    await pickMunicipality(user, 'Municipality', 'kad', /Kadıköy/);
    await user.click(screen.getByRole('button', { name: 'Send the invitation' }));

    const sent = await screen.findByRole('status', { name: 'Invitation created' });
    expect(within(sent).getByText(/The invitation for mehmet.demir@kadikoy.bel.tr to join Kadıköy/)).toBeInTheDocument();
    expect(within(sent).getByText(/written to the server log instead/)).toBeInTheDocument();
    const [create] = recordedWrites(fetchMock);
    expect(create.body).toEqual({ email: 'mehmet.demir@kadikoy.bel.tr', municipalityId: kadikoy.id });
    expect(create.headers['x-csrf-token']).toBe(admin.csrfToken);
  });
});
