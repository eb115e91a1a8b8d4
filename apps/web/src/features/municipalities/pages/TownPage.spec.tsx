import { screen, within } from '@testing-library/react';
import { ApiRoutes, type CaseStudySummary, type MunicipalityAdaptations, type MunicipalityDetail } from '@twinning/contracts';
import {
  buildAdaptationSummary,
  buildCaseStudySummary,
  buildMunicipalityDetail,
  buildMunicipalityPartner,
  buildMunicipalitySummary,
  buildPage,
} from '../../../test/factories';
import { requestedUrls, stubFetch } from '../../../test/fetch-stub';
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

  it('shows the region and a twinning’s description in the reader’s language where they were written in it', async () => {
    const [cologneTwinning, nantesTwinning] = istanbul.partners;
    serveTowns({
      ...istanbul,
      regionVariants: { en: 'Marmara Region', de: 'Marmararegion' },
      partners: [{ ...cologneTwinning, descriptionVariants: { en: 'Joint work on sorting waste.' } }, { ...nantesTwinning, descriptionVariants: { de: 'Schulaustausch.' } }],
    });

    renderApp(`/towns/${istanbul.id}`);

    const facts = await screen.findByRole('region', { name: 'About the town' });
    expect(within(facts).getByText('Marmara Region')).toBeInTheDocument();
    const [first, second] = within(screen.getByRole('region', { name: 'Twinning partners' })).getAllByRole('listitem');
    expect(first).toHaveTextContent('Joint work on sorting waste.');
    // No English wording: the text as entered.
    expect(second).toHaveTextContent('Cultural exchanges between schools.');
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

  describe('its case studies and how practices travel', () => {
    const noAdaptations: MunicipalityAdaptations = { ofOtherPractices: [], ofItsPractices: [] };

    function serveTownPage(caseStudies: CaseStudySummary[], adaptations: MunicipalityAdaptations) {
      return stubFetch((url) => {
        if (url.pathname === ApiRoutes.municipality(istanbul.id)) return { body: istanbul };
        if (url.pathname === ApiRoutes.caseStudies) return { body: buildPage(caseStudies) };
        if (url.pathname === ApiRoutes.municipalityAdaptations(istanbul.id)) return { body: adaptations };
        return { status: 404, body: { code: 'not_found', message: 'Not here.' } };
      });
    }

    it('lists the town’s published case studies as a visitor sees them, what it adapts and where its practices travelled', async () => {
      const practice = buildCaseStudySummary({ title: 'Night buses for shift workers' });
      const adopted = buildAdaptationSummary({ caseStudy: { id: 'b7a8c6d4-1111-4c5b-9e7f-0a1b2c3d4e5f', title: 'Cargo bikes for the old town' }, municipality: buildMunicipalitySummary({ id: istanbul.id, nameLocal: 'İstanbul' }), status: 'piloting' });
      const travelled = buildAdaptationSummary({ caseStudy: { id: practice.id, title: practice.title }, municipality: cologne, status: 'implemented' });
      const fetchMock = serveTownPage([practice], { ofOtherPractices: [adopted], ofItsPractices: [travelled] });

      renderApp(`/towns/${istanbul.id}`);

      const caseStudies = await screen.findByRole('region', { name: 'Its case studies' });
      expect(await within(caseStudies).findByRole('link', { name: 'Night buses for shift workers' })).toHaveAttribute('href', `/case-studies/${practice.id}`);
      expect(caseStudies).toHaveTextContent('1 published case study');
      const listQuery = requestedUrls(fetchMock).find((url) => url.pathname === ApiRoutes.caseStudies)!.searchParams;
      expect(Object.fromEntries(listQuery)).toMatchObject({ municipality: istanbul.id, status: 'published', public: 'true' });

      const adapting = await screen.findByRole('region', { name: 'Practices İstanbul adapts' });
      const [adoptedRow] = within(adapting).getAllByRole('listitem');
      expect(within(adoptedRow).getByRole('link', { name: 'Cargo bikes for the old town' })).toHaveAttribute('href', `/case-studies/${adopted.caseStudy.id}`);
      expect(within(adoptedRow).getByRole('link', { name: 'View adaptation' })).toHaveAttribute('href', `/adaptations/${adopted.id}`);
      expect(adoptedRow).toHaveTextContent('Piloting');

      const [travelledRow] = within(screen.getByRole('region', { name: 'Where its practices travelled' })).getAllByRole('listitem');
      expect(travelledRow).toHaveTextContent('Night buses for shift workers → adapted by Köln');
      expect(within(travelledRow).getByRole('link', { name: 'Köln' })).toHaveAttribute('href', `/towns/${cologne.id}`);
      expect(travelledRow).toHaveTextContent('Implemented');
    });

    it('says so when the town has no case study and no adaptation yet', async () => {
      serveTownPage([], noAdaptations);

      renderApp(`/towns/${istanbul.id}`);

      expect(await screen.findByText('This town has not published a case study under its name yet.')).toBeInTheDocument();
      expect(await screen.findByText('This town is not adapting another town’s practice yet.')).toBeInTheDocument();
      expect(screen.getByText('No other town is adapting this town’s practices yet.')).toBeInTheDocument();
    });

    it('shows the first few adaptations and the rest on request', async () => {
      const many = Array.from({ length: 7 }, (_, index) => buildAdaptationSummary({ caseStudy: { id: `c0000000-0000-4000-8000-00000000000${index}`, title: `Practice ${index + 1}` } }));
      serveTownPage([], { ofOtherPractices: [], ofItsPractices: many });
      const { user } = renderApp(`/towns/${istanbul.id}`);

      const region = await screen.findByRole('region', { name: 'Where its practices travelled' });
      expect(within(region).getAllByRole('listitem')).toHaveLength(5);
      await user.click(within(region).getByRole('button', { name: 'Show all 7' }));
      expect(within(region).getAllByRole('listitem')).toHaveLength(7);
      expect(within(region).getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
    });
  });
});
