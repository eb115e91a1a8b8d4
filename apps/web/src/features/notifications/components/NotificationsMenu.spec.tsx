import { screen, waitFor } from '@testing-library/react';
import { ApiRoutes } from '@twinning/contracts';
import {
  buildAdaptation,
  buildCaseStudyDetail,
  buildNotification,
  buildNotificationList,
  buildPage,
  buildSessionInfo,
} from '../../../test/factories';
import { recordedWrites, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

describe('NotificationsMenu', () => {
  it('shows the unread count, and marks a notification read when it is opened', async () => {
    const caseStudy = buildCaseStudyDetail();
    const unread = buildNotification({ caseStudyId: caseStudy.id, decision: 'request_changes', title: 'Night buses' });
    const read = buildNotification({ decision: 'approve', title: 'Brown bins', readAt: '2025-04-12T10:00:00Z' });
    const session = buildSessionInfo();
    const fetchMock = stubFetch((url, request) => {
      if (request.method === 'POST') return { status: 204 };
      if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([unread, read]) };
      if (url.pathname === ApiRoutes.caseStudy(caseStudy.id)) return { body: caseStudy };
      if (url.pathname === ApiRoutes.similarCaseStudies(caseStudy.id)) return { body: [] };
      if (url.pathname === ApiRoutes.caseStudyAdaptations(caseStudy.id)) return { body: [] };
      if (url.pathname === ApiRoutes.caseStudyQuestions(caseStudy.id)) return { body: [] };
      return { body: buildPage([]) };
    });
    const { user, currentLocation } = renderApp('/towns', { session });

    const bell = await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    await user.click(bell);
    expect(screen.getByRole('menuitem', { name: /Brown bins/ })).toHaveTextContent('“Brown bins” was approved and published.');
    await user.click(screen.getByRole('menuitem', { name: /Night buses/ }));

    await waitFor(() => expect(currentLocation().pathname).toBe(`/case-studies/${caseStudy.id}`));
    const [markRead] = recordedWrites(fetchMock);
    expect(markRead.url.pathname).toBe(ApiRoutes.readNotification(unread.id));
    expect(markRead.headers['x-csrf-token']).toBe(session.csrfToken);
  });

  it('opens the adaptation of an adaptation notification', async () => {
    const adaptation = buildAdaptation();
    const started = buildNotification({
      kind: 'adaptation_started',
      decision: null,
      adaptationId: adaptation.id,
      caseStudyId: adaptation.caseStudy.id,
      title: 'Brown bins',
    });
    const checkedIn = buildNotification({
      kind: 'adaptation_check_in',
      decision: null,
      adaptationId: adaptation.id,
      title: 'Night buses',
      readAt: '2025-04-12T10:00:00Z',
    });
    stubFetch((url, request) => {
      if (request.method === 'POST') return { status: 204 };
      if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([started, checkedIn]) };
      if (url.pathname === ApiRoutes.adaptation(adaptation.id)) return { body: adaptation };
      return { body: buildPage([]) };
    });
    const { user, currentLocation } = renderApp('/towns', { session: buildSessionInfo() });

    await user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    expect(screen.getByRole('menuitem', { name: /Night buses/ })).toHaveTextContent('A town adapting “Night buses” recorded a check-in.');
    await user.click(screen.getByRole('menuitem', { name: /Brown bins/ }));

    await waitFor(() => expect(currentLocation().pathname).toBe(`/adaptations/${adaptation.id}`));
    expect(await screen.findByRole('heading', { level: 1, name: /Köln adapts/ })).toBeInTheDocument();
  });

  it('opens the questions of the case study for a question asked or answered', async () => {
    const caseStudy = buildCaseStudyDetail();
    const asked = buildNotification({ kind: 'question_asked', decision: null, caseStudyId: caseStudy.id, questionId: caseStudy.id, title: 'Brown bins' });
    const answered = buildNotification({
      kind: 'question_answered',
      decision: null,
      questionId: caseStudy.id,
      title: 'Night buses',
      readAt: '2025-04-12T10:00:00Z',
    });
    stubFetch((url, request) => {
      if (request.method === 'POST') return { status: 204 };
      if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([asked, answered]) };
      if (url.pathname === ApiRoutes.caseStudy(caseStudy.id)) return { body: caseStudy };
      if (url.pathname === ApiRoutes.caseStudyQuestions(caseStudy.id)) return { body: [] };
      if (url.pathname === ApiRoutes.similarCaseStudies(caseStudy.id)) return { body: [] };
      if (url.pathname === ApiRoutes.caseStudyAdaptations(caseStudy.id)) return { body: [] };
      return { body: buildPage([]) };
    });
    const { user, currentLocation } = renderApp('/towns', { session: buildSessionInfo() });

    await user.click(await screen.findByRole('button', { name: 'Notifications, 1 unread' }));
    expect(screen.getByRole('menuitem', { name: /Night buses/ })).toHaveTextContent('Your question on “Night buses” was answered');
    await user.click(screen.getByRole('menuitem', { name: /New question on “Brown bins”/ }));

    await waitFor(() => expect(currentLocation().pathname).toBe(`/case-studies/${caseStudy.id}`));
    expect(currentLocation().hash).toBe('#questions');
    expect(await screen.findByRole('region', { name: 'Questions and answers' })).toBeInTheDocument();
  });

  it('is not there for visitors', () => {
    stubFetch(() => ({ body: buildPage([]) }));

    renderApp('/towns');

    expect(screen.queryByRole('button', { name: /Notifications/ })).not.toBeInTheDocument();
  });
});
