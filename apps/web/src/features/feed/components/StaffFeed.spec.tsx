import { screen, within } from '@testing-library/react';
import { ApiRoutes, type StaffFeed } from '@twinning/contracts';
import {
  buildAdaptationSummary,
  buildCaseStudySummary,
  buildMunicipalitySummary,
  buildNotificationList,
  buildPage,
  buildSessionInfo,
  buildStaffFeed,
} from '../../../test/factories';
import { stubFetch, type StubResponse } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const darmstadt = buildMunicipalitySummary({ nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE', kind: 'town', population: 160_000 });

function serveFeed(feed: () => StubResponse) {
  return stubFetch((url) => {
    if (url.pathname === ApiRoutes.feed) return feed();
    if (url.pathname === ApiRoutes.caseStudies) return { body: buildPage([]) };
    return { body: buildNotificationList([]) };
  });
}

function feedOf(overrides: Partial<StaffFeed>) {
  return () => ({ body: buildStaffFeed(overrides) });
}

describe('The staff feed on the My municipality page', () => {
  it('shows what partner towns publish and adapt, and practices of towns like yours with why they match', async () => {
    const bikeLanes = buildCaseStudySummary({ title: 'Protected bike lanes', municipality: darmstadt });
    const adapting = buildAdaptationSummary({
      municipality: darmstadt,
      caseStudy: { id: bikeLanes.id, title: 'Organic waste collection' },
      status: 'piloting',
    });
    const likeYours = buildCaseStudySummary({ title: 'Night buses for shift workers', outcome: 'partial' });
    serveFeed(
      feedOf({
        partnerCaseStudies: [bikeLanes],
        partnerAdaptations: [adapting],
        townsLikeYours: { kind: 'district', populationBand: '250k_1m', themes: ['mobility', 'water_waste'], caseStudies: [likeYours] },
      }),
    );

    renderApp('/my-municipality', { session: buildSessionInfo() });

    const partners = await screen.findByRole('region', { name: 'From your partner towns' });
    expect(within(partners).getByRole('heading', { level: 3, name: 'Protected bike lanes' })).toBeInTheDocument();
    expect(within(partners).getByRole('link', { name: 'Protected bike lanes' })).toHaveAttribute('href', `/case-studies/${bikeLanes.id}`);
    const adaptations = within(partners).getByRole('list', { name: 'What they are adapting' });
    expect(within(adaptations).getByRole('link', { name: 'Darmstadt is adapting “Organic waste collection” — Piloting' })).toHaveAttribute(
      'href',
      `/adaptations/${adapting.id}`,
    );

    const similar = screen.getByRole('region', { name: 'From towns like yours' });
    expect(similar).toHaveTextContent(
      'Case studies of other municipalities of the same kind (District municipality) and size (250,000–1 million inhabitants), ' +
        'on the themes your town works on: Mobility, Water and waste.',
    );
    expect(within(similar).getByRole('link', { name: 'Night buses for shift workers' })).toHaveAttribute('href', `/case-studies/${likeYours.id}`);
    expect(similar).toHaveTextContent('Partial success');
  });

  it('says so where there is nothing yet', async () => {
    serveFeed(feedOf({ townsLikeYours: { kind: 'town', populationBand: 'under_10k', themes: [], caseStudies: [] } }));

    renderApp('/my-municipality', { session: buildSessionInfo() });

    const partners = await screen.findByRole('region', { name: 'From your partner towns' });
    expect(partners).toHaveTextContent('Your partner towns have not published anything yet.');
    expect(partners).toHaveTextContent('Your partner towns are not adapting any practice yet.');
    const similar = screen.getByRole('region', { name: 'From towns like yours' });
    expect(similar).toHaveTextContent('(Town) and size (Under 10,000 inhabitants), on any theme until your town publishes or adapts a practice.');
    expect(similar).toHaveTextContent('No town like yours has published a case study on these themes yet.');
  });

  it('says so, in Turkish too, when the feed cannot be loaded, and lets the reader try again', async () => {
    let failing = true;
    serveFeed(() => (failing ? { status: 500, body: { code: 'internal_error', message: 'Boom.' } } : { body: buildStaffFeed() }));

    const { user } = renderApp('/my-municipality', { session: buildSessionInfo(), language: 'tr' });

    expect(await screen.findByText('Diğer belediyelerden haberler yüklenemedi.')).toBeInTheDocument();
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Tekrar dene' }));
    expect(await screen.findByRole('region', { name: 'Kardeş belediyelerinizden' })).toHaveTextContent(
      'Kardeş belediyeleriniz henüz bir şey yayımlamadı.',
    );
  });
});
