import { screen, waitFor, within } from '@testing-library/react';
import { ApiRoutes, type Adaptation } from '@twinning/contracts';
import {
  buildAdaptation,
  buildApiErrorBody,
  buildCheckIn,
  buildDraftCaseStudy,
  buildMunicipalitySummary,
  buildNotificationList,
  buildSessionInfo,
} from '../../../test/factories';
import { recordedWrites, requestedUrls, stubFetch, type StubRequest, type StubResponse } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const cologne = buildMunicipalitySummary({ nameLocal: 'Köln', nameEn: 'Cologne', country: 'DE' });

function serveAdaptation(adaptation: () => Adaptation, onWrite: (request: StubRequest) => StubResponse = () => ({ status: 500 })) {
  return stubFetch((url, request) => {
    if (request.method !== 'GET') return onWrite(request);
    if (url.pathname === ApiRoutes.adaptation(adaptation().id)) return { body: adaptation() };
    if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([]) };
    return { status: 404, body: { code: 'not_found', message: 'Not here.' } };
  });
}

function statusOptions() {
  return within(screen.getByRole('combobox', { name: 'Status' }))
    .getAllByRole('option')
    .map((option) => option.textContent);
}

describe('AdaptationPage', () => {
  it('shows the original practice, the town, what it changes and the timeline, oldest first', async () => {
    const adaptation = buildAdaptation({
      municipality: cologne,
      status: 'planning',
      checkIns: [
        buildCheckIn({ status: 'exploring', note: 'We visited the composting site.', createdAt: '2025-05-10T12:00:00.000Z' }),
        buildCheckIn({
          status: 'planning',
          note: 'The council approved a pilot.',
          results: 'Two streets chosen.',
          author: null,
          createdAt: '2025-06-20T12:00:00.000Z',
        }),
      ],
    });
    serveAdaptation(() => adaptation);

    renderApp(`/adaptations/${adaptation.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Köln adapts “Organic waste collection in the old town”' })).toBeInTheDocument();
    expect(document.title).toBe('Köln adapts “Organic waste collection in the old town” · Twinning Exchange');
    expect(screen.getByRole('link', { name: 'Organic waste collection in the old town' })).toHaveAttribute(
      'href',
      `/case-studies/${adaptation.caseStudy.id}`,
    );
    expect(screen.getByRole('link', { name: 'Köln' })).toHaveAttribute('href', `/towns/${cologne.id}`);
    expect(screen.getByRole('region', { name: 'Local context' })).toHaveTextContent(adaptation.localContext);
    expect(screen.getByRole('region', { name: 'What changes, and why' })).toHaveTextContent(adaptation.changes);
    expect(screen.getByRole('region', { name: 'Planned steps' })).toHaveTextContent(adaptation.plannedSteps);

    const timeline = within(screen.getByRole('region', { name: 'Timeline' })).getByRole('list', { name: 'Check-ins, oldest first' });
    expect(timeline.tagName).toBe('OL');
    const entries = within(timeline).getAllByRole('listitem');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent('May 10, 2025');
    expect(entries[0]).toHaveTextContent('Exploring');
    expect(entries[0]).toHaveTextContent('We visited the composting site.');
    expect(entries[0]).toHaveTextContent('Recorded by Jonas Becker');
    expect(entries[1]).toHaveTextContent('Jun 20, 2025');
    expect(entries[1]).toHaveTextContent('Planning');
    expect(entries[1]).toHaveTextContent('ResultsTwo streets chosen.');
    expect(entries[1]).toHaveTextContent('Recorded by a former member of staff');
    // Visitors read; only the adapting town checks in.
    expect(screen.queryByRole('button', { name: 'Record check-in' })).not.toBeInTheDocument();
  });

  it('shows no check-in form to the staff of another town', async () => {
    const adaptation = buildAdaptation({ status: 'piloting' });
    serveAdaptation(() => adaptation);

    renderApp(`/adaptations/${adaptation.id}`, { session: buildSessionInfo() });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Köln adapts');
    expect(screen.getByText('No check-ins yet.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Status' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record check-in' })).not.toBeInTheDocument();
  });

  it('lets the adapting town’s staff record a check-in, offering only the allowed statuses', async () => {
    const session = buildSessionInfo({ municipality: cologne });
    let adaptation = buildAdaptation({ municipality: cologne, status: 'piloting' });
    const fetchMock = serveAdaptation(
      () => adaptation,
      (request) => {
        const body = request.body as { status: 'discontinued'; note: string; results: string };
        adaptation = {
          ...adaptation,
          status: body.status,
          discontinuedReason: body.note,
          checkIns: [buildCheckIn({ ...body, author: { id: session.account.id, displayName: 'Ayşe Yılmaz' } })],
        };
        return { status: 201, body: adaptation };
      },
    );
    const { user } = renderApp(`/adaptations/${adaptation.id}`, { session });

    await screen.findByRole('button', { name: 'Record check-in' });
    expect(statusOptions()).toEqual(['Piloting', 'Implemented', 'Discontinued']);
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('piloting');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'discontinued');
    // Discontinuing asks for the reason.
    expect(screen.queryByRole('textbox', { name: 'Note' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'The council cut the budget.');
    await user.type(screen.getByRole('textbox', { name: 'Results' }), 'Ten tonnes in the pilot.');
    await user.click(screen.getByRole('button', { name: 'Record check-in' }));

    expect(await screen.findByText('The check-in is recorded.')).toBeInTheDocument();
    const [checkIn] = recordedWrites(fetchMock);
    expect(checkIn.method).toBe('POST');
    expect(checkIn.url.pathname).toBe(ApiRoutes.adaptationCheckIns(adaptation.id));
    expect(checkIn.body).toEqual({ status: 'discontinued', note: 'The council cut the budget.', results: 'Ten tonnes in the pilot.' });
    expect(checkIn.headers['x-csrf-token']).toBe(session.csrfToken);
    // Discontinued is final: no more statuses to offer.
    expect(screen.getByText('Why it was discontinued: The council cut the budget.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Status' })).not.toBeInTheDocument();
    expect(screen.getByText(/This adaptation is finished: it was discontinued/)).toBeInTheDocument();
  });

  it('asks for a note before sending a check-in', async () => {
    const adaptation = buildAdaptation({ municipality: cologne, status: 'exploring' });
    const fetchMock = serveAdaptation(() => adaptation);
    const { user } = renderApp(`/adaptations/${adaptation.id}`, { session: buildSessionInfo({ municipality: cologne }) });

    await user.click(await screen.findByRole('button', { name: 'Record check-in' }));

    expect(statusOptions()).toEqual(['Exploring', 'Planning', 'Discontinued']);
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveFocus();
    expect(recordedWrites(fetchMock)).toHaveLength(0);
  });

  it('explains a refused transition and loads the adaptation again', async () => {
    let adaptation = buildAdaptation({ municipality: cologne, status: 'planning' });
    const fetchMock = serveAdaptation(
      () => adaptation,
      () => {
        // Someone else moved it on in the meantime.
        adaptation = { ...adaptation, status: 'piloting', checkIns: [buildCheckIn({ status: 'piloting', note: 'Pilot started.' })] };
        return {
          status: 409,
          body: buildApiErrorBody({ code: 'invalid_adaptation_transition', message: 'An adaptation that is piloting cannot move to piloting.' }),
        };
      },
    );
    const { user } = renderApp(`/adaptations/${adaptation.id}`, { session: buildSessionInfo({ municipality: cologne }) });

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Status' }), 'piloting');
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'The pilot starts.');
    await user.click(screen.getByRole('button', { name: 'Record check-in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The status of this adaptation changed in the meantime');
    await waitFor(() => expect(statusOptions()).toEqual(['Piloting', 'Implemented', 'Discontinued']));
    expect(screen.getByText('Pilot started.')).toBeInTheDocument();
    expect(requestedUrls(fetchMock).filter((url) => url.pathname === ApiRoutes.adaptation(adaptation.id)).length).toBe(2);
  });

  describe('writing it up as a case study', () => {
    it('offers the adapting town’s staff to write up an implemented adaptation, then opens the draft', async () => {
      const session = buildSessionInfo({ municipality: cologne });
      const adaptation = buildAdaptation({ municipality: cologne, status: 'implemented' });
      const draft = buildDraftCaseStudy({ municipality: cologne }, { title: 'Organic waste collection in Köln' });
      const fetchMock = stubFetch((url, request) => {
        if (request.method === 'POST') return { status: 201, body: draft };
        if (url.pathname === ApiRoutes.adaptation(adaptation.id)) return { body: adaptation };
        if (url.pathname === ApiRoutes.caseStudy(draft.id)) return { body: draft };
        if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([]) };
        return { status: 404, body: { code: 'not_found', message: 'Not here.' } };
      });
      const { user, currentLocation } = renderApp(`/adaptations/${adaptation.id}`, { session });

      await user.click(await screen.findByRole('button', { name: 'Write it up as a case study' }));

      await waitFor(() => expect(currentLocation().pathname).toBe(`/case-studies/${draft.id}/edit`));
      const [writeUp] = recordedWrites(fetchMock);
      expect(writeUp.method).toBe('POST');
      expect(writeUp.url.pathname).toBe(ApiRoutes.adaptationWriteUp(adaptation.id));
      expect(writeUp.headers['x-csrf-token']).toBe(session.csrfToken);
    });

    it('is not offered before the adaptation is finished, nor to anyone but the adapting town’s staff', async () => {
      const piloting = buildAdaptation({ municipality: cologne, status: 'piloting' });
      serveAdaptation(() => piloting);
      const { unmount } = renderApp(`/adaptations/${piloting.id}`, { session: buildSessionInfo({ municipality: cologne }) });
      await screen.findByRole('button', { name: 'Record check-in' });
      expect(screen.queryByRole('button', { name: 'Write it up as a case study' })).not.toBeInTheDocument();
      unmount();

      const implemented = buildAdaptation({ status: 'implemented' });
      serveAdaptation(() => implemented);
      renderApp(`/adaptations/${implemented.id}`, { session: buildSessionInfo() });
      expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Köln adapts');
      expect(screen.queryByRole('button', { name: 'Write it up as a case study' })).not.toBeInTheDocument();
    });

    it('explains a refusal', async () => {
      const adaptation = buildAdaptation({ municipality: cologne, status: 'discontinued', discontinuedReason: 'No budget.' });
      serveAdaptation(
        () => adaptation,
        () => ({ status: 409, body: buildApiErrorBody({ code: 'adaptation_not_finished', message: 'Not finished.' }) }),
      );
      const { user } = renderApp(`/adaptations/${adaptation.id}`, { session: buildSessionInfo({ municipality: cologne }) });

      await user.click(await screen.findByRole('button', { name: 'Write it up as a case study' }));

      const refusal = await screen.findByText('Only a finished adaptation (implemented or discontinued) can be written up.');
      expect(refusal.closest('[role="alert"]')).not.toBeNull();
    });

    it('links to the write-up: its staff continue a draft, everyone else reads it', async () => {
      const session = buildSessionInfo({ municipality: cologne });
      const drafting = buildAdaptation({
        municipality: cologne,
        status: 'implemented',
        writeUp: { caseStudyId: '6f1c2b8e-3d4a-4c5b-9e7f-0a1b2c3d4e5f', status: 'changes_requested' },
      });
      serveAdaptation(() => drafting);
      const { unmount } = renderApp(`/adaptations/${drafting.id}`, { session });
      expect(await screen.findByRole('link', { name: 'Continue the case study' })).toHaveAttribute(
        'href',
        '/case-studies/6f1c2b8e-3d4a-4c5b-9e7f-0a1b2c3d4e5f/edit',
      );
      expect(screen.queryByRole('button', { name: 'Write it up as a case study' })).not.toBeInTheDocument();
      unmount();

      const published = { ...drafting, writeUp: { caseStudyId: '6f1c2b8e-3d4a-4c5b-9e7f-0a1b2c3d4e5f', status: 'published' as const } };
      serveAdaptation(() => published);
      renderApp(`/adaptations/${published.id}`);
      expect(await screen.findByRole('link', { name: 'Read the case study' })).toHaveAttribute(
        'href',
        '/case-studies/6f1c2b8e-3d4a-4c5b-9e7f-0a1b2c3d4e5f',
      );
    });
  });

  it('says so for an adaptation that does not exist, in Turkish', async () => {
    stubFetch(() => ({ status: 404, body: buildApiErrorBody({ code: 'adaptation_not_found', message: 'No such adaptation.' }) }));

    renderApp('/adaptations/6f1c2b8e-3d4a-4c5b-9e7f-0a1b2c3d4e5f', { language: 'tr' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Uyarlama bulunamadı' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Uyarlama bulunamadı · Twinning Exchange'));
  });
});
