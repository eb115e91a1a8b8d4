import { act, screen, waitFor, within } from '@testing-library/react';
import { ApiRoutes } from '@twinning/contracts';
import {
  buildApiErrorBody,
  buildCaseStudySummary,
  buildCollectionSummary,
  buildPage,
  buildSearchHit,
  buildSearchResponse,
  buildSessionInfo,
  buildStatisticsSummary,
} from '../../../test/factories';
import { requestedUrls, stubFetch, type StubResponse } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';
import { publicConfig, twinningMap } from '../../map/test-data';

const featured = buildCaseStudySummary({
  title: 'Zero-waste markets',
  featured: true,
  cover: { id: 'cover-1', altText: 'Stalls at a market with reusable crates' },
});
const success = buildSearchHit({ title: 'Bicycle lanes on the coast', outcome: 'success' });
const failure = buildSearchHit({ title: 'Solar roofs on schools', outcome: 'failure' });

interface Answers {
  featured?: () => StubResponse | Promise<StubResponse>;
  search?: (outcomes: string[]) => StubResponse;
  statistics?: () => StubResponse;
  collections?: () => StubResponse;
}

/** The home page's sources: featured case studies, the newest by outcome, the statistics' summary, collections, the map. */
function serveHome(answers: Answers = {}) {
  return stubFetch((url) => {
    if (url.pathname === ApiRoutes.caseStudies) return answers.featured?.() ?? { body: buildPage([featured]) };
    if (url.pathname === ApiRoutes.search) {
      const outcomes = url.searchParams.getAll('outcome');
      return answers.search?.(outcomes) ?? { body: buildSearchResponse(outcomes.includes('success') ? [success] : [failure]) };
    }
    if (url.pathname === ApiRoutes.statisticsSummary) return answers.statistics?.() ?? { body: buildStatisticsSummary() };
    if (url.pathname === ApiRoutes.collections) return answers.collections?.() ?? { body: [] };
    if (url.pathname === ApiRoutes.map) return { body: twinningMap };
    if (url.pathname === ApiRoutes.publicConfig) return { body: publicConfig };
    return { status: 404, body: buildApiErrorBody({ code: 'not_found' }) };
  });
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('HomePage', () => {
  it('says what the portal is for and shows featured practices, recent lessons and the numbers', async () => {
    const fetchMock = serveHome();
    renderApp('/');

    expect(screen.getByRole('heading', { level: 1, name: 'Learn from towns that tried it first' })).toBeInTheDocument();
    expect(document.title).toBe('Twinning Exchange');
    // The towns have their own page now; the home page is not it.
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Towns' })).not.toHaveAttribute('aria-current');
    expect(await screen.findByRole('link', { name: 'Zero-waste markets' })).toHaveAttribute('href', `/case-studies/${featured.id}`);
    expect(within(section('Featured practices')).getByRole('img', { name: 'Stalls at a market with reusable crates' })).toBeInTheDocument();
    expect(await within(section('Recent successes')).findByRole('link', { name: 'Bicycle lanes on the coast' })).toBeInTheDocument();
    expect(await within(section('Recent failures and partial successes')).findByRole('link', { name: 'Solar roofs on schools' })).toBeInTheDocument();
    const figures = await within(section('The portal in numbers')).findByText('137');
    expect(figures.closest('dd')?.previousElementSibling).toHaveTextContent('Towns');
    expect(within(section('The portal in numbers')).getByText('41')).toBeInTheDocument();
    expect(within(section('The portal in numbers')).getByText('9').closest('dd')?.previousElementSibling).toHaveTextContent('Adaptations');

    const urls = requestedUrls(fetchMock);
    // The summary, not the whole report: a first visit downloads only the figures it shows.
    expect(urls.map((url) => url.pathname)).not.toContain(ApiRoutes.statistics);
    const featuredQuery = urls.find((url) => url.pathname === ApiRoutes.caseStudies)!;
    expect(featuredQuery.searchParams.get('featured')).toBe('true');
    const searches = urls.filter((url) => url.pathname === ApiRoutes.search).map((url) => [url.searchParams.getAll('outcome'), url.searchParams.get('sort'), url.searchParams.get('facets')]);
    expect(searches).toEqual(expect.arrayContaining([[['success'], 'newest', 'false'], [['failure', 'partial'], 'newest', 'false']]));
    expect(within(section('Recent successes')).getByRole('link', { name: 'More: Recent successes' })).toHaveAttribute('href', '/search?outcome=success&sort=newest');
  });

  it('keeps its headings in order: one h1, sections as h2, cards as h3', async () => {
    serveHome();
    renderApp('/');
    await screen.findByRole('link', { name: 'Zero-waste markets' });
    const levels = screen.getAllByRole('heading').map((heading) => Number(heading.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, index) => expect(level - levels[index]).toBeLessThanOrEqual(1));
  });

  it('searches from its own box, and the header box steps aside', async () => {
    serveHome();
    const { user, currentLocation } = renderApp('/');
    expect(screen.getAllByRole('search')).toHaveLength(1);

    await user.type(screen.getByRole('searchbox', { name: 'Search case studies' }), 'compost{Enter}');

    await waitFor(() => expect(`${currentLocation().pathname}${currentLocation().search}`).toBe('/search?q=compost'));
  });

  it('says so when nothing is featured or published yet', async () => {
    serveHome({ featured: () => ({ body: buildPage([]) }), search: () => ({ body: buildSearchResponse([]) }) });
    renderApp('/');

    expect(await screen.findByText('No practice is featured yet.')).toBeInTheDocument();
    expect(await screen.findAllByText('None published yet.')).toHaveLength(2);
  });

  it('shows what is loading, and a failed part with a way to try again while the rest stays', async () => {
    let failFeatured = true;
    serveHome({
      featured: () => (failFeatured ? { status: 500, body: buildApiErrorBody({ code: 'internal_error' }) } : { body: buildPage([featured]) }),
    });
    const { user } = renderApp('/');
    expect(screen.getByText('Loading the featured practices…')).toBeInTheDocument();

    const alert = await within(section('Featured practices')).findByRole('alert');
    expect(alert).toHaveTextContent('The featured practices could not be loaded.');
    expect(await within(section('Recent successes')).findByRole('link', { name: 'Bicycle lanes on the coast' })).toBeInTheDocument();
    failFeatured = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Zero-waste markets' })).toBeInTheDocument();
  });

  it('asks visitors to sign in or register, and offers staff to publish', async () => {
    serveHome();
    const visitor = renderApp('/');
    const nextStep = section('Your next step');
    expect(within(nextStep).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(within(nextStep).getByRole('link', { name: 'Register' })).toHaveAttribute('href', '/register');
    visitor.unmount();

    renderApp('/', { session: buildSessionInfo() });
    expect(within(section('Your next step')).getByRole('link', { name: 'Publish your town’s practice' })).toHaveAttribute('href', '/case-studies/new');
  });

  describe('the map of towns and twinnings', () => {
    /** jsdom has no IntersectionObserver; this one reports what the test scrolls into view. */
    let scrollIntoView: (visible: boolean) => void = () => undefined;
    beforeEach(() => {
      window.IntersectionObserver = class {
        constructor(callback: IntersectionObserverCallback) {
          scrollIntoView = (visible) => callback([{ isIntersecting: visible } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
        }
        observe() {}
        disconnect() {}
      } as unknown as typeof IntersectionObserver;
    });
    afterEach(() => {
      delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
    });

    it('asks for the towns and Leaflet only once scrolled into view, and links to the full map', async () => {
      const fetchMock = serveHome();
      renderApp('/');

      const map = await screen.findByRole('region', { name: 'Towns and their twinnings' });
      expect(within(map).getByRole('link', { name: 'Full map' })).toHaveAttribute('href', '/map');
      await screen.findByRole('link', { name: 'Zero-waste markets' });
      expect(requestedUrls(fetchMock).map((url) => url.pathname)).not.toContain(ApiRoutes.map);
      expect(within(map).queryByTestId('twinning-map')).not.toBeInTheDocument();

      act(() => scrollIntoView(true));
      await waitFor(() => expect(requestedUrls(fetchMock).map((url) => url.pathname)).toContain(ApiRoutes.map));
      expect(await within(map).findByTestId('twinning-map')).toBeInTheDocument();
      // Scrolled away and back, it stays.
      act(() => scrollIntoView(false));
      expect(within(map).getByTestId('twinning-map')).toBeInTheDocument();
    });
  });
  it('shows the featured collections with a showcase of their practices, in the reader’s language', async () => {
    const practice = buildCaseStudySummary({ title: 'Rain gardens on every square' });
    const collection = buildCollectionSummary({ showcase: [practice], caseStudyCount: 4 });
    const fetchMock = serveHome({ collections: () => ({ body: [collection] }) });
    renderApp('/', { language: 'de' });

    const collections = await screen.findByRole('region', { name: 'Sammlungen' });
    expect(await within(collections).findByRole('link', { name: 'Küstenorte und Klima' })).toHaveAttribute('href', `/collections/${collection.id}`);
    expect(collections).toHaveTextContent('4 Praxisbeispiele');
    expect(within(collections).getByRole('link', { name: 'Rain gardens on every square' })).toHaveAttribute('href', `/case-studies/${practice.id}`);
    expect(requestedUrls(fetchMock).find((url) => url.pathname === ApiRoutes.collections)?.search).toBe('?featured=true');
  });

  it('leaves the collections out when there are none', async () => {
    serveHome();
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Zero-waste markets' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Collections' })).not.toBeInTheDocument();
  });
});
