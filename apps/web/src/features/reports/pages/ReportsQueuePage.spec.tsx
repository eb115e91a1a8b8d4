import { screen, within } from '@testing-library/react';
import { ApiRoutes, type ReportedContent } from '@twinning/contracts';
import { buildApiErrorBody, buildNotificationList, buildPage, buildReportedContent, buildSessionInfo } from '../../../test/factories';
import { recordedWrites, requestedUrls, stubFetch, type StubRequest, type StubResponse } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const moderator = buildSessionInfo({ role: 'moderator', municipality: null });

function serveReports(items: () => ReportedContent[], onWrite: (request: StubRequest) => StubResponse = () => ({ status: 204 })) {
  return stubFetch((url, request) => {
    if (request.method !== 'GET') return onWrite(request);
    if (url.pathname === ApiRoutes.moderationReports) return { body: buildPage(items()) };
    if (url.pathname === ApiRoutes.moderationQueue) return { body: buildPage([]) };
    return { body: buildNotificationList([]) };
  });
}

describe('ReportsQueuePage', () => {
  it('lists every kind of reported content with where it is, what it says and why it was reported', async () => {
    const question = buildReportedContent();
    const checkIn = buildReportedContent({
      targetKind: 'check_in',
      targetId: '6f1c2b8e-3d4a-4c5b-9e7f-0a1b2c3d4e5f',
      adaptationId: '7a1c2b8e-3d4a-4c5b-9e7f-0a1b2c3d4e5f',
      questionId: null,
      excerpt: 'Call me at 0555.',
      caseStudy: { id: '0b7d6c5e-4f3a-4b2c-8d1e-9f8a7b6c5d4e', title: 'Night buses' },
      reports: [
        { id: '1a2b3c4d-0000-4000-8000-000000000001', reason: 'Private phone number.', reporter: null, createdAt: '2025-05-07T09:00:00.000Z' },
        { id: '1a2b3c4d-0000-4000-8000-000000000002', reason: 'Spam.', reporter: { id: '1a2b3c4d-0000-4000-8000-000000000003', displayName: 'Jonas Becker' }, createdAt: '2025-05-08T09:00:00.000Z' },
      ],
    });
    const fetchMock = serveReports(() => [question, checkIn]);

    renderApp('/moderation/reports', { session: moderator });

    expect(screen.getByRole('heading', { level: 1, name: 'Reports' })).toBeInTheDocument();
    expect(await screen.findByText('2 reported items')).toBeInTheDocument();
    const [first, second] = screen.getAllByRole('article');
    expect(within(first).getByRole('link', { name: 'Organic waste collection in the old town' })).toHaveAttribute('href', `/case-studies/${question.caseStudy.id}#questions`);
    expect(first).toHaveTextContent('Question or answer');
    expect(first).toHaveTextContent('Buy our bins at a discount!');
    expect(first).toHaveTextContent('Advertising. — reported by Ayşe Yılmaz on May 4, 2025');
    expect(within(first).getByRole('button', { name: 'Hide' })).toBeInTheDocument();
    expect(within(second).getByRole('link', { name: 'Night buses' })).toHaveAttribute('href', `/adaptations/${checkIn.adaptationId}`);
    expect(second).toHaveTextContent('Check-in');
    expect(second).toHaveTextContent('Reported 2 times:');
    expect(second).toHaveTextContent('Private phone number. — reported by Former member on May 7, 2025');
    // Only a question or an answer is hidden from here; anything else is resolved or dismissed.
    expect(within(second).queryByRole('button', { name: 'Hide' })).not.toBeInTheDocument();
    expect(within(second).getByRole('button', { name: 'Resolve reports' })).toBeInTheDocument();
    expect(requestedUrls(fetchMock).find((url) => url.pathname === ApiRoutes.moderationReports)?.search).toBe('?page=1&per_page=20');
  });

  it('resolves the reports of a thing with a note for the audit log, and it leaves the list', async () => {
    const reported = buildReportedContent({ targetKind: 'case_study', questionId: null, excerpt: 'Community gardens.' });
    let items = [reported];
    const fetchMock = serveReports(
      () => items,
      () => {
        items = [];
        return { status: 204 };
      },
    );
    const { user } = renderApp('/moderation/reports', { session: moderator });

    await user.type(await screen.findByRole('textbox', { name: /Note for the audit log/ }), 'Archived it with the town.');
    await user.click(screen.getByRole('button', { name: 'Resolve reports' }));

    expect(await screen.findByText('Nothing reported.')).toBeInTheDocument();
    expect(screen.getByText('The reports on “Organic waste collection in the old town” are resolved.')).toBeInTheDocument();
    const [resolve] = recordedWrites(fetchMock);
    expect(resolve.url.pathname).toBe(ApiRoutes.resolveReports);
    expect(resolve.body).toEqual({ targetKind: 'case_study', targetId: reported.targetId, decision: 'resolved', comment: 'Archived it with the town.' });
    expect(resolve.headers['x-csrf-token']).toBe(moderator.csrfToken);
  });

  it('hides a question or an answer', async () => {
    const reported = buildReportedContent();
    let items = [reported];
    const fetchMock = serveReports(
      () => items,
      () => {
        items = [];
        return { status: 204 };
      },
    );
    const { user } = renderApp('/moderation/reports', { session: moderator });

    await user.click(await screen.findByRole('button', { name: 'Hide' }));

    expect(await screen.findByText('The post on “Organic waste collection in the old town” is hidden.')).toBeInTheDocument();
    const [hide] = recordedWrites(fetchMock);
    expect(hide.url.pathname).toBe(ApiRoutes.postVisibility(reported.targetId));
    expect(hide.body).toEqual({ hidden: true });
  });

  it('explains when another moderator dealt with it first', async () => {
    let items = [buildReportedContent()];
    serveReports(
      () => items,
      () => {
        items = [];
        return { status: 409, body: buildApiErrorBody({ code: 'no_open_reports', message: 'This has no open reports.' }) };
      },
    );
    const { user } = renderApp('/moderation/reports', { session: moderator });

    await user.click(await screen.findByRole('button', { name: 'Dismiss reports' }));

    expect(await screen.findByText('Nothing reported.')).toBeInTheDocument();
    expect(screen.getByText('This has no open reports any more; another moderator may have dealt with it.')).toBeInTheDocument();
  });

  it('is reached from the moderation queue, and says so in Turkish when nothing is reported', async () => {
    serveReports(() => []);
    const { user } = renderApp('/moderation', { session: moderator, language: 'tr' });

    await user.click(await screen.findByRole('link', { name: 'Şikâyet edilen içerikler' }));

    expect(await screen.findByText('Şikâyet edilen bir şey yok.')).toBeInTheDocument();
    expect(document.title).toBe('Şikâyetler · Twinning Exchange');
  });

  it('is for moderators only', () => {
    serveReports(() => []);

    renderApp('/moderation/reports', { session: buildSessionInfo() });

    expect(screen.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
  });
});
