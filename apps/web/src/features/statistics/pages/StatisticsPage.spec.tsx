import { screen, within } from '@testing-library/react';
import { ApiRoutes } from '@twinning/contracts';
import { buildApiErrorBody, buildCapacityStatistics, buildStatisticsReport } from '../../../test/factories';
import { requestedUrls, stubFetch, type StubResponse } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

/** Answers the statistics with `answer`, and every other request with a 404. */
function serveStatistics(answer: () => StubResponse = () => ({ body: buildStatisticsReport() })) {
  return stubFetch((url) =>
    url.pathname === ApiRoutes.statistics
      ? answer()
      : url.pathname === ApiRoutes.capacityStatistics
        ? { body: buildCapacityStatistics() }
        : { status: 404, body: buildApiErrorBody({ code: 'not_found' }) },
  );
}

/** Each bar of a chart as the words on it: its label, its count and, when stacked, its parts. */
function bars(chart: HTMLElement): string[][] {
  return within(chart)
    .getAllByRole('listitem')
    .map((bar) => within(bar).getAllByText(/./).map((text) => text.textContent ?? ''));
}

/** Every row of a table, header row included, as the texts of its cells. */
function tableRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('StatisticsPage', () => {
  it('draws every breakdown as labelled bars with their counts', async () => {
    const report = buildStatisticsReport();
    const fetchMock = serveStatistics(() => ({ body: report }));

    renderApp('/statistics');

    expect(screen.getByText('Loading the statistics…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Case studies by SDG' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Statistics' })).toBeInTheDocument();
    expect(document.title).toBe('Statistics · Twinning Exchange');
    expect(requestedUrls(fetchMock).filter((url) => url.pathname === ApiRoutes.statistics)).toHaveLength(1);

    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual([
      'Published case studies',
      'Countries',
      'Adaptations started',
    ]);
    expect(screen.getAllByRole('definition').map((value) => value.textContent)).toEqual(['12', '2', '3']);

    expect(bars(screen.getByRole('region', { name: 'Case studies by SDG' }))).toEqual([
      ['SDG 11 · Sustainable cities and communities', '9'],
      ['SDG 13 · Climate action', '4'],
    ]);
    expect(bars(screen.getByRole('region', { name: 'Case studies by theme' }))).toEqual([
      ['Water and waste', '7'],
      ['Mobility', '3'],
    ]);
    // Outcomes in their own order, years as a time line, whatever order the API sent.
    expect(bars(screen.getByRole('region', { name: 'Case studies by outcome' }))).toEqual([
      ['Success', '6'],
      ['Partial success', '4'],
      ['Failure', '2'],
    ]);
    // A year without a case study between two with some shows 0, not a gap.
    expect(bars(screen.getByRole('region', { name: 'Case studies by start year' }))).toEqual([
      ['2021', '7'],
      ['2022', '0'],
      ['2023', '5'],
    ]);
    expect(bars(screen.getByRole('region', { name: 'Case studies by country' }))).toContainEqual(['Germany', '4']);
    // A quiet month stays on the time line, with nothing in it.
    expect(bars(screen.getByRole('region', { name: 'Adaptations over time' }))).toEqual([
      ['Jan 2025', '2', 'Exploring: 2'],
      ['Feb 2025', '0'],
      ['Mar 2025', '3', 'Exploring: 1 · Planning: 2'],
    ]);

    const mostAdapted = screen.getByRole('region', { name: 'Most adapted practices' });
    expect(bars(mostAdapted)).toEqual([['Organic waste collection in the old town', '3']]);
    expect(within(mostAdapted).getByRole('link', { name: 'Organic waste collection in the old town' })).toHaveAttribute(
      'href',
      `/case-studies/${report.mostAdapted[0].caseStudyId}`,
    );
  });

  it('shows the same numbers as a data table on request', async () => {
    const report = buildStatisticsReport();
    serveStatistics(() => ({ body: report }));
    const { user } = renderApp('/statistics');

    const sdgs = await screen.findByRole('region', { name: 'Case studies by SDG' });
    const toggle = within(sdgs).getByRole('switch', { name: 'Show as table' });
    expect(toggle).toHaveAccessibleDescription('Case studies by SDG');
    expect(within(sdgs).queryByRole('table')).not.toBeInTheDocument();

    await user.click(toggle);

    expect(tableRows(within(sdgs).getByRole('table', { name: 'Case studies by SDG' }))).toEqual([
      ['SDG', 'Case studies'],
      ['SDG 11 · Sustainable cities and communities', '9'],
      ['SDG 13 · Climate action', '4'],
    ]);
    expect(within(sdgs).queryByRole('listitem')).not.toBeInTheDocument();

    const overTime = screen.getByRole('region', { name: 'Adaptations over time' });
    await user.click(within(overTime).getByRole('switch', { name: 'Show as table' }));
    expect(tableRows(within(overTime).getByRole('table', { name: 'Adaptations over time' }))).toEqual([
      ['Month', 'Exploring', 'Planning', 'Piloting', 'Implemented', 'Discontinued', 'Total'],
      ['Jan 2025', '2', '0', '0', '0', '0', '2'],
      ['Feb 2025', '0', '0', '0', '0', '0', '0'],
      ['Mar 2025', '1', '2', '0', '0', '0', '3'],
    ]);

    const mostAdapted = screen.getByRole('region', { name: 'Most adapted practices' });
    await user.click(within(mostAdapted).getByRole('switch', { name: 'Show as table' }));
    const table = within(mostAdapted).getByRole('table', { name: 'Most adapted practices' });
    expect(tableRows(table)).toEqual([
      ['Case study', 'Adaptations'],
      ['Organic waste collection in the old town', '3'],
    ]);
    expect(within(table).getByRole('link', { name: 'Organic waste collection in the old town' })).toHaveAttribute(
      'href',
      `/case-studies/${report.mostAdapted[0].caseStudyId}`,
    );
  });

  it('says so when no town has adapted a practice yet', async () => {
    serveStatistics(() => ({ body: buildStatisticsReport({ adaptationsOverTime: [], mostAdapted: [] }) }));

    renderApp('/statistics');

    const overTime = await screen.findByRole('region', { name: 'Adaptations over time' });
    expect(overTime).toHaveTextContent('No town has adapted a practice yet.');
    expect(within(overTime).queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Most adapted practices' })).toHaveTextContent('No town has adapted a practice yet.');
  });

  it('says there is nothing to count before anything is published', async () => {
    serveStatistics(() => ({
      body: buildStatisticsReport({
        publishedCaseStudies: 0,
        bySdg: [],
        byTheme: [],
        byOutcome: [],
        byCountry: [],
        byYear: [],
        adaptationsOverTime: [],
        mostAdapted: [],
      }),
    }));

    renderApp('/statistics');

    expect(await screen.findByText('No case study has been published yet, so there is nothing to count.')).toBeInTheDocument();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the activities of partner towns by year and country, each as a table too, and the towns that went from learner to source', async () => {
    serveStatistics();
    const { user } = renderApp('/statistics', { language: 'de' });

    const byYear = await screen.findByRole('region', { name: 'Aktivitäten nach Jahr' });
    await user.click(within(byYear).getByRole('switch', { name: 'Als Tabelle anzeigen' }));
    expect(tableRows(within(byYear).getByRole('table'))).toEqual([
      ['Jahr', 'Studienbesuch', 'Personalaustausch', 'Fortbildung', 'Gemeinsames Projekt', 'Gesamt'],
      ['2024', '2', '0', '0', '0', '2'],
      ['2025', '1', '1', '0', '0', '2'],
    ]);
    const byCountry = screen.getByRole('region', { name: 'Aktivitäten nach Land' });
    await user.click(within(byCountry).getByRole('switch', { name: 'Als Tabelle anzeigen' }));
    expect(tableRows(within(byCountry).getByRole('table')).map((row) => [row[0], row.at(-1)])).toEqual([
      ['Land', 'Gesamt'],
      ['Deutschland', '2'],
      ['Türkei', '4'],
    ]);
    expect(screen.getByRole('link', { name: 'Kadıköy' })).toHaveAttribute('href', expect.stringMatching(/^\/towns\//));
  });

  it('shows the error with a way to try again', async () => {
    let failing = true;
    serveStatistics(() => (failing ? { status: 500, body: buildApiErrorBody({ code: 'internal_error', message: 'Boom.' }) } : { body: buildStatisticsReport() }));
    const { user } = renderApp('/statistics');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The statistics could not be loaded.');
    failing = false;

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('region', { name: 'Case studies by SDG' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is reached from the main navigation', async () => {
    serveStatistics();

    renderApp('/statistics');

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Statistics' })).toHaveAttribute('aria-current', 'page');
    await screen.findByRole('region', { name: 'Case studies by SDG' });
  });

  it('is in Turkish too', async () => {
    serveStatistics();
    const { user } = renderApp('/statistics', { language: 'tr' });

    const sdgs = await screen.findByRole('region', { name: 'SKA’lara göre vaka çalışmaları' });
    expect(screen.getByRole('heading', { level: 1, name: 'İstatistikler' })).toBeInTheDocument();
    expect(bars(sdgs)[0]).toEqual(['SKA 11 · Sürdürülebilir şehirler ve topluluklar', '9']);
    expect(bars(screen.getByRole('region', { name: 'Ülkelere göre vaka çalışmaları' }))).toContainEqual(['Almanya', '4']);
    expect(bars(screen.getByRole('region', { name: 'Sonuca göre vaka çalışmaları' }))[1]).toEqual(['Kısmen başarılı', '4']);
    expect(bars(screen.getByRole('region', { name: 'Zaman içinde uyarlamalar' }))[2]).toEqual([
      'Mar 2025',
      '3',
      'İnceleniyor: 1 · Planlanıyor: 2',
    ]);

    await user.click(within(sdgs).getByRole('switch', { name: 'Tablo olarak göster' }));
    expect(tableRows(within(sdgs).getByRole('table'))[0]).toEqual(['SKA', 'Vaka çalışmaları']);
  });

  it('shows outside money per programme, country and year in tables, per currency, and whether practices went on after it', async () => {
    const report = buildStatisticsReport();
    serveStatistics(() => ({ body: report }));
    renderApp('/statistics');

    const byProgramme = await screen.findByRole('table', { name: 'Money by programme' });
    expect(tableRows(byProgramme)).toEqual([
      ['Programme', 'Amount', 'Case studies'],
      ['Erasmus+', '€450,000', '3'],
    ]);
    expect(within(byProgramme).getByRole('link', { name: 'Erasmus+' })).toHaveAttribute('href', `/funding/programmes/${report.funding.byProgramme[0].key}`);
    expect(tableRows(screen.getByRole('table', { name: 'Money by country' }))).toEqual([
      ['Country', 'Amount', 'Case studies'],
      ['Türkiye', 'TRY\u00a012,000,000', '4'],
      ['Germany', '€230,000', '2'],
    ]);
    const continued = screen.getByRole('region', { name: 'Did practices go on after the funding ended?' });
    expect(bars(continued)).toEqual([
      ['Yes, in full', '3'],
      ['Partly', '1'],
      ['Not answered', '2'],
    ]);
    expect(continued).toHaveTextContent('Of the 4 practices that answered, 75% went on in full and 25% in part.');
  });
});
