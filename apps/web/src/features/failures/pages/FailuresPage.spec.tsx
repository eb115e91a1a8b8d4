import { screen, within } from '@testing-library/react';
import { ApiRoutes } from '@twinning/contracts';
import { buildApiErrorBody, buildStatisticsReport } from '../../../test/factories';
import { stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

function serveStatistics(report = buildStatisticsReport()) {
  return stubFetch((url) => (url.pathname === ApiRoutes.statistics ? { body: report } : { status: 404, body: buildApiErrorBody({ code: 'not_found' }) }));
}

/** Each link of an element as its words and where it leads. */
const links = (element: HTMLElement) => within(element).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);

describe('FailuresPage', () => {
  it('shows each cause, most named first, by theme, country and town size, every count linking to its stories', async () => {
    serveStatistics();
    renderApp('/failures');

    const funding = await screen.findByRole('region', { name: 'Funding' });
    expect(document.title).toBe('Why practices fail · Twinning Exchange');
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['When they fell short', 'Funding', 'Political change']);
    expect(links(funding)).toEqual([
      ['All 4 stories about Funding', '/search?failure_cause=funding'],
      ['Water and waste (3)', '/search?failure_cause=funding&theme=water_waste'],
      ['Mobility (1)', '/search?failure_cause=funding&theme=mobility'],
      ['Türkiye (3)', '/search?failure_cause=funding&country=TR'],
      ['Germany (1)', '/search?failure_cause=funding&country=DE'],
      ['250,000–1 million (4)', '/search?failure_cause=funding&population_band=250k_1m'],
    ]);
    const stages = screen.getByRole('region', { name: 'When they fell short' });
    expect(links(stages)).toEqual([
      ['Design and planning (1)', '/search?failure_stage=design'],
      ['Operation after launch (3)', '/search?failure_stage=operation'],
    ]);
    // A stage no story names is there, without a link to nothing.
    expect(within(stages).getByText('Procurement (0)')).toBeInTheDocument();
  });

  it('says so when no story names a cause yet', async () => {
    serveStatistics(buildStatisticsReport({ byFailureCause: [], byFailureStage: [], failureCauses: { byTheme: [], byCountry: [], byPopulationBand: [] } }));
    renderApp('/failures');

    expect(await screen.findByText('No published partial success or failure names a cause yet.')).toBeInTheDocument();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});
