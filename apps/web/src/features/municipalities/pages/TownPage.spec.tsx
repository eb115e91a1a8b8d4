import { screen, within } from '@testing-library/react';
import { type MunicipalityDetail } from '@twinning/contracts';
import {
  buildMunicipalityDetail,
  buildMunicipalityPartner,
  buildMunicipalitySummary,
} from '../../../test/factories';
import { stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const cologne = buildMunicipalitySummary({ nameLocal: 'Köln', nameEn: 'Cologne', country: 'DE' });
const nantes = buildMunicipalitySummary({ nameLocal: 'Nantes', nameEn: 'Nantes', country: 'FR', kind: 'town' });
const istanbul = buildMunicipalityDetail({
  partners: [
    buildMunicipalityPartner({
      sinceYear: 1997,
      status: 'active',
      programme: 'Turkey–EU Town Twinning',
      description: 'Joint work on waste separation.',
      municipality: cologne,
    }),
    buildMunicipalityPartner({
      sinceYear: 2004,
      status: 'ended',
      programme: null,
      description: 'Cultural exchanges between schools.',
      municipality: nantes,
    }),
  ],
});

function serveTowns(...towns: MunicipalityDetail[]) {
  return stubFetch((url) => {
    const town = towns.find((candidate) => url.pathname === `/api/v1/municipalities/${candidate.id}`);
    return town
      ? { body: town }
      : { status: 404, body: { code: 'municipality_not_found', message: 'No such municipality.' } };
  });
}

describe('TownPage', () => {
  it('shows the town and its twinning partners', async () => {
    serveTowns(istanbul);

    renderApp(`/towns/${istanbul.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'İstanbul' })).toBeInTheDocument();
    expect(document.title).toBe('İstanbul · Twinning Exchange');

    const facts = screen.getByRole('region', { name: 'About the town' });
    expect(within(facts).getByText('Istanbul')).toBeInTheDocument();
    expect(within(facts).getByText('Marmara')).toBeInTheDocument();
    expect(within(facts).getByText('Metropolitan municipality')).toBeInTheDocument();
    expect(within(facts).getByText('15,655,924 (in 2023)')).toBeInTheDocument();
    expect(within(facts).getByText(/41\.0082° N, 28\.9784° E/)).toBeInTheDocument();
    expect(within(facts).getByRole('link', { name: 'Show on OpenStreetMap' })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/?mlat=41.0082&mlon=28.9784#map=12/41.0082/28.9784',
    );
    expect(within(facts).getByRole('link', { name: 'https://www.ibb.istanbul/' })).toHaveAttribute(
      'href',
      'https://www.ibb.istanbul/',
    );

    const partners = within(screen.getByRole('region', { name: 'Twinning partners' })).getAllByRole('listitem');
    expect(partners).toHaveLength(2);
    const [first, second] = partners;
    expect(within(first).getByRole('link', { name: 'Köln' })).toHaveAttribute('href', `/towns/${cologne.id}`);
    expect(first).toHaveTextContent('(Cologne)');
    expect(first).toHaveTextContent('Germany');
    expect(first).toHaveTextContent('Since 1997');
    expect(first).toHaveTextContent('Active');
    expect(first).toHaveTextContent('Programme: Turkey–EU Town Twinning');
    expect(first).toHaveTextContent('Joint work on waste separation.');
    expect(within(second).getByRole('link', { name: 'Nantes' })).toHaveAttribute('href', `/towns/${nantes.id}`);
    expect(second).toHaveTextContent('Ended');
    expect(second).not.toHaveTextContent('Programme');
  });

  it('follows a partner link to the partner’s page', async () => {
    const cologneDetail = buildMunicipalityDetail({ ...cologne, partners: [] });
    serveTowns(istanbul, cologneDetail);
    const { user } = renderApp(`/towns/${istanbul.id}`);

    await user.click(await screen.findByRole('link', { name: 'Köln' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Köln' })).toBeInTheDocument();
    expect(screen.getByText('This town has no twinning partners yet.')).toBeInTheDocument();
  });

  it('shows a not-found page for a town that does not exist', async () => {
    serveTowns();

    renderApp('/towns/6f1c2b8e-3d4a-4c5b-9e7f-0a1b2c3d4e5f');

    expect(await screen.findByRole('heading', { level: 1, name: 'Town not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the towns' })).toHaveAttribute('href', '/towns');
    expect(document.title).toBe('Town not found · Twinning Exchange');
  });

  it('explains a malformed id without asking the API', async () => {
    const fetchMock = serveTowns();

    renderApp('/towns/not-a-town');

    expect(await screen.findByRole('heading', { level: 1, name: 'This is not a town address' })).toBeInTheDocument();
    expect(screen.getByText(/“not-a-town” is not a valid town identifier/)).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('treats the API rejecting the id as a malformed id', async () => {
    stubFetch(() => ({
      status: 400,
      body: { code: 'validation_failed', message: 'id must be a UUID', details: [{ field: 'id', reason: 'uuid' }] },
    }));

    renderApp('/towns/6f1c2b8e-3d4a-4c5b-9e7f-0a1b2c3d4e5f');

    expect(await screen.findByRole('heading', { level: 1, name: 'This is not a town address' })).toBeInTheDocument();
  });

  it('shows an error with a retry when the server fails', async () => {
    stubFetch(() => ({ status: 503, body: { code: 'internal_error', message: 'Database down' } }));

    renderApp(`/towns/${istanbul.id}`);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The town could not be loaded.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
