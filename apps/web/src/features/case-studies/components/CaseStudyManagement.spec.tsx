import { screen, waitFor, within } from '@testing-library/react';
import { ApiRoutes, type CaseStudyDetail } from '@twinning/contracts';
import { buildCaseStudyDetail, buildDraftCaseStudy, buildNotificationList, buildPage, buildSessionInfo } from '../../../test/factories';
import { recordedWrites, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

function serve(detail: CaseStudyDetail) {
  return stubFetch((url, request) => {
    if (request.method === 'DELETE') return { status: 204 };
    if (url.pathname === ApiRoutes.caseStudy(detail.id)) return { body: detail };
    if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([]) };
    if (url.pathname === ApiRoutes.caseStudyQuestions(detail.id)) return { body: [] };
    return { body: buildPage([]) };
  });
}

describe('CaseStudyManagement', () => {
  it('deletes a draft never published only once its staff confirm, then goes back to the town’s case studies', async () => {
    const session = buildSessionInfo();
    const draft = buildDraftCaseStudy({ municipality: session.account.municipality }, { title: 'Night buses' });
    const fetchMock = serve(draft);
    const { user, currentLocation } = renderApp(`/case-studies/${draft.id}`, { session });

    const panel = await screen.findByRole('complementary', { name: 'Status and actions' });
    await user.click(within(panel).getByRole('button', { name: 'Delete draft' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Night buses” for good?' });
    expect(dialog).toHaveTextContent('The draft, its pictures and its documents are deleted. This cannot be undone.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(recordedWrites(fetchMock)).toEqual([]);

    await user.click(within(panel).getByRole('button', { name: 'Delete draft' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete draft' }));

    await waitFor(() => expect(currentLocation().pathname).toBe('/my-municipality'));
    const [deletion] = recordedWrites(fetchMock);
    expect(deletion.method).toBe('DELETE');
    expect(deletion.url.pathname).toBe(ApiRoutes.caseStudy(draft.id));
    expect(deletion.headers['x-csrf-token']).toBe(session.csrfToken);
  });

  it('offers no deletion to its staff once the case study was published, but to an admin', async () => {
    const session = buildSessionInfo();
    const published = buildCaseStudyDetail({
      municipality: session.account.municipality,
      draft: buildDraftCaseStudy().draft,
    });
    serve(published);
    const { unmount } = renderApp(`/case-studies/${published.id}`, { session });
    const panel = await screen.findByRole('complementary', { name: 'Status and actions' });
    expect(within(panel).queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
    unmount();

    renderApp(`/case-studies/${published.id}`, { session: buildSessionInfo({ role: 'admin', municipality: null }) });
    const adminPanel = await screen.findByRole('complementary', { name: 'Status and actions' });
    await within(adminPanel).findByRole('button', { name: 'Delete' });
  });
});
