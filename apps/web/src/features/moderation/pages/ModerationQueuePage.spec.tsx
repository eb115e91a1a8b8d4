import { screen, within } from '@testing-library/react';
import { ApiRoutes } from '@twinning/contracts';
import {
  buildMunicipalitySummary,
  buildNotificationList,
  buildPage,
  buildQueueItem,
  buildSessionInfo,
} from '../../../test/factories';
import { requestedUrls, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const admin = buildSessionInfo({ role: 'admin', municipality: null });

describe('ModerationQueuePage', () => {
  // Waiting times are counted from now: a fixed now keeps them the same on every run.
  beforeEach(() => {
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2025-04-13T08:00:00Z'));
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('lists the submissions longest waiting first, each linking to its review', async () => {
    const first = buildQueueItem({ title: 'Brown bins', submittedAt: '2025-04-10T08:00:00Z' });
    const resubmitted = buildQueueItem({
      title: 'Night buses',
      revisionNumber: 3,
      previousRevisionId: '00000000-0000-4000-8000-999999999999',
      municipality: buildMunicipalitySummary({ nameLocal: 'Nantes', country: 'FR' }),
      submittedAt: '2025-04-13T05:00:00Z',
      outcome: 'partial',
      publishAnonymously: true,
    });
    const fetchMock = stubFetch((url) =>
      url.pathname === ApiRoutes.notifications
        ? { body: buildNotificationList([]) }
        : url.pathname === ApiRoutes.translationQueue
          ? { body: buildPage([]) }
          : { body: buildPage([first, resubmitted], { total: 21 }) },
    );

    renderApp('/moderation', { session: admin });

    const table = await screen.findByRole('table', { name: 'Submissions, page 1 of 2' });
    expect(screen.getByText('21 submissions waiting')).toBeInTheDocument();
    const [, firstRow, secondRow] = within(table).getAllByRole('row');
    expect(within(firstRow).getByRole('link', { name: 'Brown bins' })).toHaveAttribute(
      'href',
      `/moderation/case-studies/${first.caseStudyId}/revisions/${first.revisionId}`,
    );
    expect(firstRow).toHaveTextContent('First submission');
    expect(firstRow).toHaveTextContent('Submitted 3 days ago');
    expect(secondRow).toHaveTextContent('Revision 3, after an earlier decision');
    expect(secondRow).toHaveTextContent('Partial success');
    expect(secondRow).toHaveTextContent('France');
    expect(secondRow).toHaveTextContent('Submitted 3 hours ago');
    expect(secondRow).toHaveTextContent('Asks not to be named');
    expect(firstRow).not.toHaveTextContent('Asks not to be named');
    expect(screen.getByRole('navigation', { name: 'Pages of results' })).toBeInTheDocument();
    const queueRequest = requestedUrls(fetchMock).find((url) => url.pathname === ApiRoutes.moderationQueue);
    expect(queueRequest?.search).toBe('?page=1&per_page=20');
  });

  it('says so when nothing waits, in Turkish too', async () => {
    stubFetch((url) =>
      url.pathname === ApiRoutes.notifications ? { body: buildNotificationList([]) } : { body: buildPage([]) },
    );

    renderApp('/moderation', { session: admin, language: 'tr' });

    expect(await screen.findByText('İnceleme bekleyen bir şey yok.')).toBeInTheDocument();
    expect(document.title).toBe('Moderasyon kuyruğu · Twinning Exchange');
  });
});
