import { fireEvent, screen, within } from '@testing-library/react';
import { ADAPTATION_LIMITS, ApiRoutes, type AdaptationSummary, type CaseStudyDetail } from '@twinning/contracts';
import {
  buildAdaptation,
  buildAdaptationSummary,
  buildApiErrorBody,
  buildCaseStudyDetail,
  buildMunicipalitySummary,
  buildNotificationList,
  buildSessionInfo,
} from '../../../test/factories';
import { recordedWrites, stubFetch, type StubRequest, type StubResponse } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const cologne = buildMunicipalitySummary({ nameLocal: 'Köln', nameEn: 'Cologne', country: 'DE' });

function serve(detail: CaseStudyDetail, adaptations: () => AdaptationSummary[], onWrite: (request: StubRequest) => StubResponse) {
  return stubFetch((url, request) => {
    if (request.method !== 'GET') return onWrite(request);
    if (url.pathname === ApiRoutes.caseStudy(detail.id)) return { body: detail };
    if (url.pathname === ApiRoutes.caseStudyAdaptations(detail.id)) return { body: adaptations() };
    if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([]) };
    return { status: 404, body: { code: 'not_found', message: 'Not here.' } };
  });
}

describe('StartAdaptationPage', () => {
  it('sends the adaptation and opens its page', async () => {
    const caseStudy = buildCaseStudyDetail();
    const session = buildSessionInfo({ municipality: cologne });
    const created = buildAdaptation({
      caseStudy: { id: caseStudy.id, title: 'Organic waste collection in the old town' },
      municipality: cologne,
      localContext: 'Narrow streets.',
      changes: 'Cargo bikes, because trucks cannot pass.',
      plannedSteps: '',
    });
    const fetchMock = serve(caseStudy, () => [], () => ({ status: 201, body: created }));
    const { user, currentLocation } = renderApp(`/case-studies/${caseStudy.id}/adapt`, { session });

    expect(await screen.findByRole('heading', { level: 1, name: 'Adapt “Organic waste collection in the old town”' })).toBeInTheDocument();
    expect(document.title).toBe('Adapt “Organic waste collection in the old town” · Twinning Exchange');
    await user.type(screen.getByRole('textbox', { name: 'Local context' }), '  Narrow streets. ');
    await user.type(screen.getByRole('textbox', { name: 'What you change and why' }), 'Cargo bikes, because trucks cannot pass.');
    await user.click(screen.getByRole('button', { name: 'Start adapting' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Köln adapts “Organic waste collection in the old town”' })).toBeInTheDocument();
    expect(currentLocation().pathname).toBe(`/adaptations/${created.id}`);
    expect(screen.getByText(/Your town now adapts this practice/)).toBeInTheDocument();
    const [start] = recordedWrites(fetchMock);
    expect(start.method).toBe('POST');
    expect(start.url.pathname).toBe(ApiRoutes.caseStudyAdaptations(caseStudy.id));
    expect(start.body).toEqual({ localContext: 'Narrow streets.', changes: 'Cargo bikes, because trucks cannot pass.', plannedSteps: '' });
    expect(start.headers['x-csrf-token']).toBe(session.csrfToken);
  });

  it('asks for the local context and the changes before sending anything', async () => {
    const caseStudy = buildCaseStudyDetail();
    const fetchMock = serve(caseStudy, () => [], () => ({ status: 500 }));
    const { user } = renderApp(`/case-studies/${caseStudy.id}/adapt`, { session: buildSessionInfo({ municipality: cologne }) });

    await user.click(await screen.findByRole('button', { name: 'Start adapting' }));

    const localContext = screen.getByRole('textbox', { name: 'Local context' });
    expect(localContext).toHaveAttribute('aria-invalid', 'true');
    expect(localContext).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'What you change and why' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Planned steps' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(recordedWrites(fetchMock)).toHaveLength(0);
  });

  it('keeps an over-long text whole with a counter, refuses it with the reason, and asks before a link leaves it', async () => {
    const caseStudy = buildCaseStudyDetail();
    const fetchMock = serve(caseStudy, () => [], () => ({ status: 500 }));
    const { user, currentLocation } = renderApp(`/case-studies/${caseStudy.id}/adapt`, {
      session: buildSessionInfo({ municipality: cologne }),
    });
    const changes = await screen.findByRole('textbox', { name: 'What you change and why' });
    const max = ADAPTATION_LIMITS.textMaxLength;

    fireEvent.change(changes, { target: { value: 'x'.repeat(max - 5) } });
    expect(changes).toHaveAccessibleDescription(/5 characters left/);
    fireEvent.change(changes, { target: { value: 'x'.repeat(max + 12) } });
    expect(changes).toHaveValue('x'.repeat(max + 12));
    expect(changes).toHaveAccessibleDescription(/12 characters too many \(at most 10,000\)/);
    await user.type(screen.getByRole('textbox', { name: 'Local context' }), 'Narrow streets.');
    await user.click(screen.getByRole('button', { name: 'Start adapting' }));
    expect(changes).toHaveAttribute('aria-invalid', 'true');
    expect(changes).toHaveFocus();
    expect(screen.getByText('At most 10000 characters.')).toBeInTheDocument();
    expect(changes).toHaveValue('x'.repeat(max + 12));
    expect(recordedWrites(fetchMock)).toHaveLength(0);

    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Towns' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave this page?' });
    expect(dialog).toHaveTextContent('What you typed here is not saved yet.');
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(currentLocation().pathname).toBe(`/case-studies/${caseStudy.id}/adapt`);
    expect(screen.getByRole('textbox', { name: 'Local context' })).toHaveValue('Narrow streets.');
  });

  it('links to the town’s own adaptation when it already adapts the practice', async () => {
    const caseStudy = buildCaseStudyDetail();
    const ours = buildAdaptationSummary({ municipality: cologne, status: 'planning' });
    const theirs = buildAdaptationSummary();
    // The town's adaptation appears once someone else on its staff has started it.
    let adaptations: AdaptationSummary[] = [theirs];
    serve(
      caseStudy,
      () => adaptations,
      () => {
        adaptations = [ours, theirs];
        return { status: 409, body: buildApiErrorBody({ code: 'already_adapting', message: 'Your town already adapts it.' }) };
      },
    );
    const { user } = renderApp(`/case-studies/${caseStudy.id}/adapt`, { session: buildSessionInfo({ municipality: cologne }) });

    await user.type(await screen.findByRole('textbox', { name: 'Local context' }), 'Narrow streets.');
    await user.type(screen.getByRole('textbox', { name: 'What you change and why' }), 'Cargo bikes.');
    await user.click(screen.getByRole('button', { name: 'Start adapting' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your town already adapts this practice.');
    expect(await within(alert).findByRole('link', { name: 'Go to your town’s adaptation' })).toHaveAttribute(
      'href',
      `/adaptations/${ours.id}`,
    );
  });

  it('explains a refusal of the town’s own practice, in Turkish', async () => {
    const caseStudy = buildCaseStudyDetail({ municipality: null, anonymousOrigin: { kind: 'district', country: 'TR' } });
    serve(caseStudy, () => [], () => ({ status: 409, body: buildApiErrorBody({ code: 'own_practice', message: 'Own practice.' }) }));
    const { user } = renderApp(`/case-studies/${caseStudy.id}/adapt`, { session: buildSessionInfo(), language: 'tr' });

    await user.type(await screen.findByRole('textbox', { name: 'Yerel bağlam' }), 'Dar sokaklar.');
    await user.type(screen.getByRole('textbox', { name: 'Neyi neden değiştiriyorsunuz' }), 'Kargo bisikletleri.');
    await user.click(screen.getByRole('button', { name: 'Uyarlamaya başla' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Bu, kendi belediyenizin uygulaması');
  });

  it('is closed to visitors', async () => {
    const caseStudy = buildCaseStudyDetail();
    serve(caseStudy, () => [], () => ({ status: 500 }));

    renderApp(`/case-studies/${caseStudy.id}/adapt`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Please sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start adapting' })).not.toBeInTheDocument();
  });
});
