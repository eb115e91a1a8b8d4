import { screen, waitFor, within } from '@testing-library/react';
import { ApiRoutes } from '@twinning/contracts';
import {
  buildApiErrorBody,
  buildMunicipalityDetail,
  buildMunicipalitySummary,
  buildPage,
  buildSessionInfo,
} from '../../../test/factories';
import { recordedWrites, stubFetch, type StubRequest, type StubResponse } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const admin = buildSessionInfo({ role: 'admin', municipality: null });
const istanbul = buildMunicipalityDetail();
const cologne = buildMunicipalitySummary();

/** Lists Köln and İstanbul, serves İstanbul's details, and answers writes with `onWrite`. */
function serveTowns(onWrite: (request: StubRequest) => StubResponse) {
  return stubFetch((url, request) => {
    if (request.method !== 'GET') return onWrite(request);
    if (url.pathname === ApiRoutes.municipality(istanbul.id)) return { body: istanbul };
    return { body: buildPage([cologne, istanbul]) };
  });
}

describe('MunicipalitiesAdminPage', () => {
  it('shows the server’s reasons next to the fields they name', async () => {
    const fetchMock = serveTowns(() => ({
      status: 400,
      body: buildApiErrorBody({
        code: 'validation_failed',
        message: 'Invalid request',
        details: [
          { field: 'nameEn', rule: 'required', reason: 'should not be empty' },
          { field: 'website', rule: 'not_url', reason: 'must be an http(s) URL or null' },
        ],
      }),
    }));
    const { user } = renderApp('/admin/municipalities', { session: admin });
    expect(document.title).toBe('Municipalities · Twinning Exchange');
    await screen.findByRole('row', { name: /Köln/ });

    await user.click(screen.getByRole('button', { name: 'Add a municipality' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a municipality' });
    const field = (name: string | RegExp) => within(dialog).getByRole('textbox', { name });
    await user.type(field(/Name in its own language/), 'Üsküdar');
    await user.type(field(/English name/), 'Üsküdar');
    await user.type(field(/Country code/), 'tr');
    await user.type(field(/Region/), 'İstanbul');
    await user.click(within(dialog).getByRole('combobox', { name: /Kind/ }));
    await user.click(within(dialog).getByRole('option', { name: 'District municipality' }));
    await user.type(field(/^Population/), '524452');
    await user.type(field(/Year of the population figure/), '2023');
    await user.type(field(/Latitude/), '41.0226');
    await user.type(field(/Longitude/), '29.0150');
    await user.type(field(/Website/), 'https://www.uskudar.bel.tr');
    await user.type(field(/E-mail domains/), '@USK.TR');
    await user.click(within(dialog).getByRole('button', { name: 'Add the municipality' }));

    await waitFor(() =>
      expect(field(/English name/)).toHaveAccessibleDescription(expect.stringContaining('is required')),
    );
    expect(field(/Website/)).toHaveAccessibleDescription(expect.stringContaining('must be a web address starting with http:// or https://'));
    expect(field(/Region/)).not.toHaveAttribute('aria-invalid', 'true');
    const [create] = recordedWrites(fetchMock);
    expect(create.method).toBe('POST');
    expect(create.url.pathname).toBe(ApiRoutes.adminMunicipalities);
    expect(create.headers['x-csrf-token']).toBe(admin.csrfToken);
    expect(create.body).toEqual({
      nameLocal: 'Üsküdar',
      nameEn: 'Üsküdar',
      country: 'TR',
      region: 'İstanbul',
      regionVariants: {},
      population: 524452,
      populationYear: 2023,
      kind: 'district',
      latitude: 41.0226,
      longitude: 29.015,
      website: 'https://www.uskudar.bel.tr',
      emailDomains: ['usk.tr'],
    });
  });

  it('checks the fields before sending them', async () => {
    const fetchMock = serveTowns(() => ({ status: 201, body: {} }));
    const { user } = renderApp('/admin/municipalities', { session: admin });

    await user.click(await screen.findByRole('button', { name: 'Add a municipality' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a municipality' });
    await user.type(within(dialog).getByRole('textbox', { name: /Latitude/ }), '95');
    // Nothing typed is dropped or changed: the minus sign and the decimals stay, and the form says why.
    await user.type(within(dialog).getByRole('textbox', { name: /^Population/ }), '-500');
    await user.type(within(dialog).getByRole('textbox', { name: /Year of the population figure/ }), '2023.5');
    await user.type(within(dialog).getByRole('textbox', { name: /Country code/ }), 'deu');
    await user.click(within(dialog).getByRole('button', { name: 'Add the municipality' }));
    expect(within(dialog).getByRole('textbox', { name: /^Population/ })).toHaveValue('-500');
    expect(within(dialog).getByRole('textbox', { name: /^Population/ })).toHaveAccessibleDescription(expect.stringContaining('Between'));
    expect(within(dialog).getByRole('textbox', { name: /Year of the population figure/ })).toHaveValue('2023.5');
    expect(within(dialog).getByRole('textbox', { name: /Year of the population figure/ })).toHaveAccessibleDescription(
      expect.stringContaining('A whole number, please.'),
    );
    expect(within(dialog).getByRole('textbox', { name: /Country code/ })).toHaveValue('DEU');

    expect(within(dialog).getByRole('textbox', { name: /Name in its own language/ })).toHaveFocus();
    expect(within(dialog).getByRole('textbox', { name: /Latitude/ })).toHaveAccessibleDescription(
      expect.stringContaining('Between -90 and 90.'),
    );
    expect(recordedWrites(fetchMock)).toEqual([]);
  });

  it('asks before closing the dialog throws typed text away', async () => {
    serveTowns(() => ({ status: 500 }));
    const { user } = renderApp('/admin/municipalities', { session: admin });
    await user.click(await screen.findByRole('button', { name: 'Add a municipality' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a municipality' });
    await user.type(within(dialog).getByRole('textbox', { name: /Name in its own language/ }), 'Üsküdar');

    await user.keyboard('{Escape}');
    const question = await screen.findByRole('dialog', { name: 'Discard your changes?' });
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).not.toBeInTheDocument());
    expect(within(dialog).getByRole('textbox', { name: /Name in its own language/ })).toHaveValue('Üsküdar');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Discard your changes?' })).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add a municipality' })).not.toBeInTheDocument());

    // Nothing typed: it closes at once.
    await user.click(screen.getByRole('button', { name: 'Add a municipality' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add a municipality' })).not.toBeInTheDocument());
    expect(screen.queryByRole('dialog', { name: 'Discard your changes?' })).not.toBeInTheDocument();
  });

  it('edits a town, sending only what changed', async () => {
    const fetchMock = serveTowns(() => ({ body: { ...istanbul, population: 15_700_000 } }));
    const { user } = renderApp('/admin/municipalities', { session: admin });

    await user.click(await screen.findByRole('button', { name: 'Edit İstanbul' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit İstanbul' });
    const population = await within(dialog).findByRole('textbox', { name: /^Population/ });
    await user.clear(population);
    await user.type(population, '15700000');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('İstanbul is updated.')).toBeInTheDocument();
    const [update] = recordedWrites(fetchMock);
    expect(update.method).toBe('PATCH');
    expect(update.url.pathname).toBe(ApiRoutes.adminMunicipality(istanbul.id));
    expect(update.body).toEqual({ population: 15_700_000 });
  });

  it('explains why a town with accounts cannot be deleted', async () => {
    serveTowns(() => ({
      status: 409,
      body: buildApiErrorBody({
        code: 'municipality_in_use',
        message: '3 account(s) belong to this municipality; move or deactivate them first.',
      }),
    }));
    const { user } = renderApp('/admin/municipalities', { session: admin });

    await user.click(await screen.findByRole('button', { name: 'Delete Köln' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Köln?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Accounts still belong to this municipality, so it cannot be deleted.',
    );
  });
});
