import { screen, within } from '@testing-library/react';
import { ApiRoutes } from '@twinning/contracts';
import { buildCaseStudySummary, buildPage } from '../../../test/factories';
import { requestedUrls, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

describe('CaseStudiesPage', () => {
  it('lists the published case studies as cards, naming the town or only its kind and country', async () => {
    const named = buildCaseStudySummary({ featured: true });
    const anonymous = buildCaseStudySummary({
      title: 'A bike-sharing scheme that stalled',
      outcome: 'failure',
      sdgs: [11],
      municipality: null,
      anonymousOrigin: { kind: 'town', country: 'DE' },
    });
    const fetchMock = stubFetch(() => ({ body: buildPage([named, anonymous], { total: 45, page: 2 }) }));

    renderApp('/case-studies?page=2');

    expect(screen.getByRole('heading', { level: 1, name: 'Case studies' })).toBeInTheDocument();
    const first = (await screen.findByRole('link', { name: named.title })).closest('li') as HTMLElement;
    expect(first).toHaveTextContent('Featured');
    expect(first).toHaveTextContent('Success');
    expect(within(first).getByRole('link', { name: 'Kadıköy' })).toBeInTheDocument();
    expect(within(first).getByRole('list', { name: 'Sustainable Development Goals' })).toHaveTextContent(
      'SDG 11: Sustainable cities and communities',
    );
    const second = screen.getByRole('link', { name: 'A bike-sharing scheme that stalled' }).closest('li') as HTMLElement;
    expect(second).toHaveTextContent('A town in Germany');
    expect(second).toHaveTextContent('Failure');
    expect(screen.getByText('45 case studies')).toBeInTheDocument();
    const [request] = requestedUrls(fetchMock).filter((url) => url.pathname === ApiRoutes.caseStudies);
    expect(request.search).toBe('?status=published&page=2&per_page=20&lang=en');
  });
});
