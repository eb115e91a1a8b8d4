import { screen, within } from '@testing-library/react';
import { ApiRoutes, type ReportedPost } from '@twinning/contracts';
import {
  buildApiErrorBody,
  buildNotificationList,
  buildPage,
  buildReportedPost,
  buildSessionInfo,
} from '../../../test/factories';
import { recordedWrites, requestedUrls, stubFetch, type StubRequest, type StubResponse } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const moderator = buildSessionInfo({ role: 'moderator', municipality: null });

function serveReports(items: () => ReportedPost[], onWrite: (request: StubRequest) => StubResponse = () => ({ status: 204 })) {
  return stubFetch((url, request) => {
    if (request.method !== 'GET') return onWrite(request);
    if (url.pathname === ApiRoutes.moderationReports) return { body: buildPage(items()) };
    if (url.pathname === ApiRoutes.moderationQueue) return { body: buildPage([]) };
    return { body: buildNotificationList([]) };
  });
}

describe('ReportedPostsPage', () => {
  it('lists the reported questions and answers with where they are, what they say and why they were reported', async () => {
    const question = buildReportedPost();
    const answer = buildReportedPost({
      kind: 'answer',
      post: { id: '6f1c2b8e-3d4a-4c5b-9e7f-0a1b2c3d4e5f', body: 'Call me at **0555**.', author: null, hidden: false, createdAt: '2025-05-06T09:00:00.000Z' },
      caseStudy: { id: '0b7d6c5e-4f3a-4b2c-8d1e-9f8a7b6c5d4e', title: 'Night buses' },
      reports: [
        { id: '1a2b3c4d-0000-4000-8000-000000000001', reason: 'Private phone number.', reporter: null, createdAt: '2025-05-07T09:00:00.000Z' },
        {
          id: '1a2b3c4d-0000-4000-8000-000000000002',
          reason: 'Spam.',
          reporter: { id: '1a2b3c4d-0000-4000-8000-000000000003', displayName: 'Jonas Becker' },
          createdAt: '2025-05-08T09:00:00.000Z',
        },
      ],
    });
    const fetchMock = serveReports(() => [question, answer]);

    renderApp('/moderation/reports', { session: moderator });

    expect(screen.getByRole('heading', { level: 1, name: 'Reported questions and answers' })).toBeInTheDocument();
    expect(await screen.findByText('2 reported posts')).toBeInTheDocument();
    const [first, second] = screen.getAllByRole('article');
    expect(first).toHaveAccessibleName('Organic waste collection in the old town');
    expect(within(first).getByRole('link', { name: 'Organic waste collection in the old town' })).toHaveAttribute(
      'href',
      `/case-studies/${question.caseStudy.id}#questions`,
    );
    expect(first).toHaveTextContent('Question');
    expect(first).toHaveTextContent('Written by Max Muster ·');
    expect(first).toHaveTextContent('Buy our bins at a discount!');
    expect(first).toHaveTextContent('Reported once:');
    expect(first).toHaveTextContent('Advertising. — reported by Ayşe Yılmaz on May 4, 2025');
    expect(second).toHaveTextContent('Answer');
    expect(second).toHaveTextContent('Written by Municipal staff');
    expect(within(second).getByText('0555').tagName).toBe('STRONG');
    expect(second).toHaveTextContent('Reported 2 times:');
    expect(second).toHaveTextContent('Private phone number. — reported by Former member on May 7, 2025');
    expect(within(second).getByRole('button', { name: 'Hide' })).toBeInTheDocument();
    expect(within(second).getByRole('button', { name: 'Dismiss reports' })).toBeInTheDocument();
    expect(requestedUrls(fetchMock).find((url) => url.pathname === ApiRoutes.moderationReports)?.search).toBe('?page=1&per_page=20');
  });

  it('dismisses the reports of a post, which then leaves the list', async () => {
    const reported = buildReportedPost();
    let items = [reported];
    const fetchMock = serveReports(
      () => items,
      () => {
        items = [];
        return { status: 204 };
      },
    );
    const { user } = renderApp('/moderation/reports', { session: moderator });

    await user.click(await screen.findByRole('button', { name: 'Dismiss reports' }));

    expect(await screen.findByText('Nothing reported.')).toBeInTheDocument();
    expect(screen.getByText('The reports on the post on “Organic waste collection in the old town” are dismissed; it stays visible.')).toBeInTheDocument();
    const [dismiss] = recordedWrites(fetchMock);
    expect(dismiss.method).toBe('POST');
    expect(dismiss.url.pathname).toBe(ApiRoutes.dismissPostReports(reported.post.id));
    expect(dismiss.headers['x-csrf-token']).toBe(moderator.csrfToken);
  });

  it('hides a post', async () => {
    const reported = buildReportedPost();
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
    expect(hide.url.pathname).toBe(ApiRoutes.postVisibility(reported.post.id));
    expect(hide.body).toEqual({ hidden: true });
  });

  it('explains when another moderator dealt with the post first', async () => {
    let items = [buildReportedPost()];
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
    expect(screen.getByText('This post has no open reports any more; another moderator may have dealt with it.')).toBeInTheDocument();
  });

  it('is reached from the moderation queue, and says so in Turkish when nothing is reported', async () => {
    serveReports(() => []);
    const { user } = renderApp('/moderation', { session: moderator, language: 'tr' });

    await user.click(await screen.findByRole('link', { name: 'Şikâyet edilen sorular ve yanıtlar' }));

    expect(await screen.findByText('Şikâyet edilen bir şey yok.')).toBeInTheDocument();
    expect(document.title).toBe('Şikâyet edilen sorular ve yanıtlar · Twinning Exchange');
  });

  it('is for moderators only', () => {
    serveReports(() => []);

    renderApp('/moderation/reports', { session: buildSessionInfo() });

    expect(screen.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
  });
});
