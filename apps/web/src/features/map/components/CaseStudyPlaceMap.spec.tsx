import { screen, waitFor } from '@testing-library/react';
import { ApiRoutes, type CaseStudyDetail } from '@twinning/contracts';
import { buildCaseStudyDetail, buildMunicipalitySummary, buildNotificationList } from '../../../test/factories';
import { requestedUrls, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';
import { publicConfig, twinningMap } from '../test-data';

function serve(detail: CaseStudyDetail) {
  return stubFetch((url) => {
    if (url.pathname === ApiRoutes.caseStudy(detail.id)) return { body: detail };
    if (url.pathname === ApiRoutes.publicConfig) return { body: publicConfig };
    if (url.pathname === ApiRoutes.map) return { body: twinningMap };
    if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([]) };
    if (url.pathname === ApiRoutes.caseStudyQuestions(detail.id)) return { body: [] };
    return { status: 404, body: { code: 'not_found', message: 'Not here.' } };
  });
}

describe('the map of a case study', () => {
  it('shows its town with the town’s partners', async () => {
    const bursa = buildMunicipalitySummary({ id: twinningMap.features[0].id, nameLocal: 'Bursa', nameEn: 'Bursa' });
    const caseStudy = buildCaseStudyDetail({ municipality: bursa, anonymousOrigin: null });
    const fetchMock = serve(caseStudy);
    renderApp(`/case-studies/${caseStudy.id}`);

    const map = await screen.findByRole('region', { name: 'Map of Bursa and its twinning partners.' });
    await waitFor(() => expect(map.querySelectorAll('path.twinning-line')).toHaveLength(2));
    expect(requestedUrls(fetchMock).find((url) => url.pathname === ApiRoutes.map)?.searchParams.get('municipality')).toBe(bursa.id);
  });

  it('shows only the country of an anonymous one, and never asks where its town is', async () => {
    const caseStudy = buildCaseStudyDetail({ municipality: null, anonymousOrigin: { kind: 'district', country: 'TR' }, publishAnonymously: true });
    const fetchMock = serve(caseStudy);
    renderApp(`/case-studies/${caseStudy.id}`);

    const map = await screen.findByRole('region', { name: 'Map showing where this practice comes from: Türkiye.' });
    await waitFor(() => expect(map.querySelectorAll('path.map-area')).toHaveLength(1));
    expect(map.querySelectorAll('.town-marker, path.twinning-line')).toHaveLength(0);
    expect(requestedUrls(fetchMock).map((url) => url.pathname)).not.toContain(ApiRoutes.map);
  });

  it('shows no map when not even the country may be named', async () => {
    const caseStudy = buildCaseStudyDetail({ municipality: null, anonymousOrigin: { kind: null, country: null }, publishAnonymously: true });
    serve(caseStudy);
    renderApp(`/case-studies/${caseStudy.id}`);
    await screen.findByRole('article');
    expect(screen.queryByRole('heading', { name: 'On the map' })).not.toBeInTheDocument();
  });
});
