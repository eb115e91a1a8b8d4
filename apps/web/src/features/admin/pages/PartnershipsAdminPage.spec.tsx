import { screen, waitFor, within } from '@testing-library/react';
import { ApiRoutes, type PartnershipInput } from '@twinning/contracts';
import {
  buildApiErrorBody,
  buildFundingCall,
  buildFundingProgramme,
  buildMunicipalitySummary,
  buildPage,
  buildPartnership,
  buildSessionInfo,
} from '../../../test/factories';
import { recordedWrites, stubFetch, type StubRequest, type StubResponse } from '../../../test/fetch-stub';
import { pickMunicipality } from '../../../test/pick';
import { renderApp } from '../../../test/render';

const admin = buildSessionInfo({ role: 'admin', municipality: null });
const kadikoy = buildMunicipalitySummary({ nameLocal: 'Kadıköy', nameEn: 'Kadıköy', country: 'TR', kind: 'district' });
const nantes = buildMunicipalitySummary({ nameLocal: 'Nantes', nameEn: 'Nantes', country: 'FR', kind: 'town' });
const programme = buildFundingProgramme();
const closedCall = buildFundingCall({ title: 'Town-Twinning 2024', closesOn: '2024-03-01', status: 'closed' });
const existing = buildPartnership({ municipalities: [kadikoy, buildMunicipalitySummary()] });

function servePartnerships(onWrite: (request: StubRequest) => StubResponse) {
  return stubFetch((url, request) => {
    if (request.method !== 'GET') return onWrite(request);
    if (url.pathname === ApiRoutes.adminPartnerships) return { body: buildPage([existing]) };
    if (url.pathname === ApiRoutes.fundingProgrammes) return { body: [programme] };
    // A partnership may have answered a call that has closed since.
    if (url.pathname === ApiRoutes.fundingCalls) return { body: [closedCall] };
    const q = url.searchParams.get('q') ?? '';
    return { body: buildPage([kadikoy, nantes].filter((town) => town.nameLocal.toLowerCase().startsWith(q))) };
  });
}

describe('PartnershipsAdminPage', () => {
  it('lists the partnerships and creates one between two towns chosen by name', async () => {
    const created = buildPartnership({ municipalities: [kadikoy, nantes], sinceYear: 2008, programme: null });
    const fetchMock = servePartnerships(() => ({ status: 201, body: created }));
    const { user } = renderApp('/admin/partnerships', { session: admin });
    expect(await screen.findByRole('row', { name: /Kadıköy.*Köln/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add a partnership' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a partnership' });
    await pickMunicipality(user, 'First town', 'kad', /Kadıköy/);
    await pickMunicipality(user, 'Second town', 'nan', /Nantes/);
    await user.type(within(dialog).getByRole('textbox', { name: /Twinned since/ }), '2008');
    await user.type(within(dialog).getByRole('textbox', { name: /Description/ }), 'Cycling lanes and school exchanges.');
    await user.click(within(dialog).getByRole('combobox', { name: 'Programme in the funding catalogue' }));
    await user.click(await within(dialog).findByRole('option', { name: programme.name }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Call it answered' }));
    await user.click(await within(dialog).findByRole('option', { name: /Town-Twinning 2024/ }));
    const variants = within(dialog).getByRole('group', { name: 'The description in each language' });
    await user.type(within(variants).getByRole('textbox', { name: 'German' }), 'Radwege und Schulaustausch.');
    await user.click(within(dialog).getByRole('button', { name: 'Add the partnership' }));

    expect(await screen.findByText('The partnership Kadıköy – Nantes is added.')).toBeInTheDocument();
    const [create] = recordedWrites(fetchMock);
    expect(create.body).toEqual<PartnershipInput>({
      municipalityIds: [kadikoy.id, nantes.id],
      sinceYear: 2008,
      status: 'active',
      programme: null,
      fundingProgrammeId: programme.id,
      fundingCallId: closedCall.id,
      description: 'Cycling lanes and school exchanges.',
      descriptionVariants: { de: 'Radwege und Schulaustausch.' },
      kind: 'twinning',
      agreementSignedOn: null,
      agreementUrl: null,
      agreementText: '',
    });
  });

  it('says so, next to the second town, when the two are already twinned', async () => {
    servePartnerships(() => ({
      status: 409,
      body: buildApiErrorBody({ code: 'partnership_exists', message: 'These municipalities are already partners.' }),
    }));
    const { user } = renderApp('/admin/partnerships', { session: admin });

    await user.click(await screen.findByRole('button', { name: 'Add a partnership' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a partnership' });
    await pickMunicipality(user, 'First town', 'kad', /Kadıköy/);
    await pickMunicipality(user, 'Second town', 'nan', /Nantes/);
    await user.type(within(dialog).getByRole('textbox', { name: /Twinned since/ }), '2008');
    await user.click(within(dialog).getByRole('button', { name: 'Add the partnership' }));

    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: /Second town/ })).toHaveAccessibleDescription(
        'These two towns are already twinned.',
      ),
    );
  });

  it('edits and deletes a partnership', async () => {
    const fetchMock = servePartnerships((request) =>
      request.method === 'DELETE' ? { status: 204 } : { body: { ...existing, status: 'ended' } },
    );
    const { user } = renderApp('/admin/partnerships', { session: admin });

    await user.click(await screen.findByRole('button', { name: 'Edit Kadıköy – Köln' }));
    let dialog = screen.getByRole('dialog', { name: 'Edit the partnership' });
    await user.click(within(dialog).getByRole('combobox', { name: /Status/ }));
    await user.click(within(dialog).getByRole('option', { name: 'Ended' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('The partnership Kadıköy – Köln is updated.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete Kadıköy – Köln' }));
    dialog = screen.getByRole('dialog', { name: 'Delete the partnership Kadıköy – Köln?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('The partnership Kadıköy – Köln is deleted.')).toBeInTheDocument();

    expect(recordedWrites(fetchMock).map((request) => [request.method, request.url.pathname, request.body])).toEqual([
      ['PATCH', ApiRoutes.adminPartnership(existing.id), { status: 'ended' }],
      ['DELETE', ApiRoutes.adminPartnership(existing.id), undefined],
    ]);
  });

  it('does not save while the agreement date holds text that is no date, and keeps that text', async () => {
    const fetchMock = servePartnerships(() => ({ body: existing }));
    const { user } = renderApp('/admin/partnerships', { session: admin });

    await user.click(await screen.findByRole('button', { name: 'Edit Kadıköy – Köln' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit the partnership' });
    const signedOn = within(dialog).getByRole('textbox', { name: 'Agreement signed on' });
    await user.clear(signedOn);
    await user.type(signedOn, '31/02/2024');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await within(dialog).findByText(/Write the date as/)).toBeInTheDocument();
    expect(signedOn).toHaveValue('31/02/2024');
    expect(signedOn).toHaveFocus();
    expect(recordedWrites(fetchMock)).toEqual([]);
  });
});
