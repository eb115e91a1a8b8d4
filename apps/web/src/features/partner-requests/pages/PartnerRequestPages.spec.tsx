import { screen } from '@testing-library/react';
import { ApiRoutes, type PartnerRequestSearchResponse } from '@twinning/contracts';
import { buildApiErrorBody, buildMunicipalitySummary, buildSessionInfo } from '../../../test/factories';
import { recordedWrites, requestedUrls, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const staff = buildSessionInfo();

const emptyFacets = { theme: [], sdg: [], country: [], language: [], programme: [], partner_population_band: [], status: [] };

function serve(onPost: () => { status: number; body: unknown }) {
  return stubFetch((url, request) => {
    if (request.method === 'POST') return onPost();
    if (url.pathname === ApiRoutes.partnerRequests) {
      const body: PartnerRequestSearchResponse = {
        items: [
          {
            id: 'a1b2c3d4-0000-4000-8000-000000000001',
            title: 'Partners for youth councils on climate action',
            municipality: buildMunicipalitySummary({ nameLocal: 'Bursa', country: 'TR' }),
            themes: ['youth'],
            sdgs: [13],
            deadline: '2030-01-31',
            status: 'open',
            fundingProgramme: null,
            fundingCall: null,
            languages: ['en'],
            partnerCountries: [],
            partnerPopulationBands: [],
            answerCount: 2,
            createdAt: '2026-12-01T10:00:00.000Z',
          },
        ],
        total: 1,
        page: 1,
        perPage: 20,
        facets: { ...emptyFacets, theme: [{ value: 'youth', count: 1 }, { value: 'mobility', count: 3 }], status: [{ value: 'open', count: 1 }] },
        degraded: false,
      };
      return { body };
    }
    return { body: [] };
  });
}

describe('partner request pages', () => {
  beforeEach(() => window.localStorage.clear());

  it('lists requests with a count beside each filter value, and filters through the address', async () => {
    const fetchMock = serve(() => ({ status: 500, body: buildApiErrorBody() }));
    const { user } = renderApp('/partner-requests');
    expect(await screen.findByRole('link', { name: 'Partners for youth councils on climate action' })).toBeInTheDocument();
    expect(screen.getByText('2 answers', { exact: false })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Mobility (3)' }));
    await screen.findByRole('checkbox', { name: 'Mobility (3)', checked: true });
    expect(requestedUrls(fetchMock).some((url) => url.pathname === ApiRoutes.partnerRequests && url.searchParams.getAll('theme').includes('mobility'))).toBe(true);
  });

  it('keeps what was typed when the form refuses it, and across a reload', async () => {
    const fetchMock = serve(() => ({ status: 500, body: buildApiErrorBody() }));
    const first = renderApp('/partner-requests/new', { session: staff });
    const title = await screen.findByRole('textbox', { name: /What do you want to do/ });
    // Pasted rather than typed key by key: the same change, quicker on a loaded machine.
    await first.user.click(title);
    await first.user.paste('A joint flood map');
    await first.user.click(screen.getByRole('button', { name: 'Post the request' }));
    expect((await screen.findAllByText('Required.')).length).toBeGreaterThan(0);
    expect(recordedWrites(fetchMock)).toHaveLength(0);
    first.unmount();

    const second = renderApp('/partner-requests/new', { session: staff });
    expect(await screen.findByRole('textbox', { name: /What do you want to do/ })).toHaveValue('A joint flood map');
    second.unmount();
  });
});
