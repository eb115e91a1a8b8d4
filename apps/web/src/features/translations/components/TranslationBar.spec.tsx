import { screen, within } from '@testing-library/react';
import { ApiRoutes, type CaseStudyDetail, type ShownTranslation } from '@twinning/contracts';
import { buildCaseStudyContent, buildCaseStudyDetail, buildMunicipalitySummary, buildNotificationList, buildSessionInfo } from '../../../test/factories';
import { recordedWrites, requestedUrls, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const darmstadt = buildMunicipalitySummary({ nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE' });

/** A Turkish practice as a reader of its German translation gets it. */
function readInGerman(translation: Partial<ShownTranslation> = {}, overrides: Partial<CaseStudyDetail> = {}): CaseStudyDetail {
  const detail = buildCaseStudyDetail(overrides);
  detail.published = {
    ...detail.published!,
    content: buildCaseStudyContent({ title: 'Getrennte Sammlung von Bioabfall', language: 'de' }),
    translation: { translationId: 'tr-1', language: 'de', originalLanguage: 'tr', translator: darmstadt, approvedAt: '2025-05-01T09:00:00.000Z', outdatedSections: [], ...translation },
    versions: [
      { language: 'tr', original: true, outdatedSections: [] },
      { language: 'de', original: false, outdatedSections: translation.outdatedSections ?? [] },
    ],
  };
  return detail;
}

function serve(detail: CaseStudyDetail) {
  return stubFetch((url, request) => {
    if (request.method === 'POST' && url.pathname === ApiRoutes.translationRequests(detail.id)) return { status: 204 };
    if (url.pathname === ApiRoutes.caseStudy(detail.id)) return { body: detail };
    if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([]) };
    if (url.pathname === ApiRoutes.caseStudyQuestions(detail.id) || url.pathname === ApiRoutes.similarCaseStudies(detail.id) || url.pathname === ApiRoutes.caseStudyAdaptations(detail.id)) return { body: [] };
    return { status: 404, body: { code: 'not_found', message: 'Not here.' } };
  });
}

describe('reading a translated case study', () => {
  it('asks for the version picked in the address, and says whose translation it is with the original a click away', async () => {
    const detail = readInGerman();
    const fetchMock = serve(detail);
    renderApp(`/case-studies/${detail.id}?lang=de`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Getrennte Sammlung von Bioabfall' })).toBeInTheDocument();
    const bar = screen.getByRole('region', { name: 'Languages of this case study' });
    expect(bar).toHaveTextContent('Translated from Turkish by Darmstadt — read the original');
    expect(within(bar).getByRole('link', { name: 'read the original' })).toHaveAttribute('href', `/case-studies/${detail.id}?lang=tr`);
    const versions = within(bar).getByRole('group', { name: 'Read in:' });
    expect(within(versions).getByRole('link', { name: 'German' })).toHaveAttribute('aria-current', 'true');
    expect(within(versions).getByRole('link', { name: 'Turkish (original)' })).toHaveAttribute('href', `/case-studies/${detail.id}?lang=tr`);
    const asked = requestedUrls(fetchMock).find((url) => url.pathname === ApiRoutes.caseStudy(detail.id));
    expect(asked?.searchParams.get('lang')).toBe('de');
    // A visitor neither translates nor asks for a translation.
    expect(within(bar).queryByRole('button', { name: 'Ask' })).not.toBeInTheDocument();
  });

  it('asks for the interface’s language when no version is picked', async () => {
    const detail = buildCaseStudyDetail();
    const fetchMock = serve(detail);
    renderApp(`/case-studies/${detail.id}`, { language: 'tr' });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(requestedUrls(fetchMock).find((url) => url.pathname === ApiRoutes.caseStudy(detail.id))?.searchParams.get('lang')).toBe('tr');
  });

  it('names no translator for an anonymous case study, and says which sections of the original changed since', async () => {
    const detail = readInGerman({ translator: null, outdatedSections: ['story', 'lessons'] });
    serve(detail);
    renderApp(`/case-studies/${detail.id}?lang=de`);

    const bar = await screen.findByRole('region', { name: 'Languages of this case study' });
    expect(bar).toHaveTextContent('Translated from Turkish — read the original');
    expect(bar).not.toHaveTextContent('Darmstadt');
    expect(within(bar).getByRole('alert')).toHaveTextContent('Changed in the original: Story, Lessons.');
    expect(within(bar).getByRole('link', { name: 'German (out of date)' })).toBeInTheDocument();
  });

  it('lets staff of a twin town translate it, and staff of any town ask for a translation', async () => {
    const detail = { ...readInGerman(), mayTranslate: true };
    const session = buildSessionInfo({ municipality: darmstadt });
    const fetchMock = serve(detail);
    const { user } = renderApp(`/case-studies/${detail.id}?lang=de`, { session });

    const bar = await screen.findByRole('region', { name: 'Languages of this case study' });
    expect(within(bar).getByRole('link', { name: 'Translate this case study' })).toHaveAttribute('href', `/case-studies/${detail.id}/translate`);
    await user.click(within(bar).getByRole('combobox', { name: 'Ask for a translation into' }));
    const french = await screen.findByRole('option', { name: 'French' });
    // The versions readers already have up to date are not offered.
    expect(screen.queryByRole('option', { name: 'German' })).not.toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Turkish' })).not.toBeInTheDocument();
    await user.click(french);
    await user.click(within(bar).getByRole('button', { name: 'Ask' }));

    expect(await screen.findByText('The town and its partners have been asked for a translation into French.')).toBeInTheDocument();
    const [asked] = recordedWrites(fetchMock);
    expect(asked.url.pathname).toBe(ApiRoutes.translationRequests(detail.id));
    expect(asked.body).toEqual({ language: 'fr' });
  });
});
