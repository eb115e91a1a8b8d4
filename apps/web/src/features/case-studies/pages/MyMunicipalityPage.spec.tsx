import { screen, within } from '@testing-library/react';
import { ApiRoutes } from '@twinning/contracts';
import {
  buildCaseStudySummary,
  buildDraftCaseStudy,
  buildModerationDecision,
  buildNotificationList,
  buildPage,
  buildSessionInfo,
  buildStaffFeed,
} from '../../../test/factories';
import { requestedUrls, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

describe('MyMunicipalityPage', () => {
  it('groups the municipality’s case studies by status, with the moderator’s requests summarised', async () => {
    const session = buildSessionInfo();
    const draft = buildCaseStudySummary({ status: 'draft', title: '', publishedAt: null });
    const returned = buildCaseStudySummary({ status: 'changes_requested', title: 'Night buses' });
    const published = buildCaseStudySummary({ status: 'published', title: 'Brown bins' });
    const returnedDetail = buildDraftCaseStudy({
      id: returned.id,
      status: 'changes_requested',
      latestDecision: buildModerationDecision({
        decision: 'request_changes',
        comment: 'Tell us what it cost.',
        sectionComments: { resources: 'The budget is missing.', timeline: 'When did it end?' },
      }),
    });
    const fetchMock = stubFetch((url) => {
      if (url.pathname === ApiRoutes.caseStudies) return { body: buildPage([published, draft, returned]) };
      if (url.pathname === ApiRoutes.caseStudy(returned.id)) return { body: returnedDetail };
      if (url.pathname === ApiRoutes.feed) return { body: buildStaffFeed() };
      return { body: buildNotificationList([]) };
    });
    const { user, currentLocation } = renderApp('/my-municipality', { session });

    expect(screen.getByRole('heading', { level: 1, name: 'My municipality' })).toBeInTheDocument();
    const drafts = await screen.findByRole('region', { name: 'Drafts (1)' });
    expect(within(drafts).getByRole('link', { name: 'Untitled case study' })).toHaveAttribute('href', `/case-studies/${draft.id}`);
    expect(within(drafts).getByRole('link', { name: 'Edit Untitled case study' })).toHaveAttribute(
      'href',
      `/case-studies/${draft.id}/edit`,
    );
    const changes = screen.getByRole('region', { name: 'Changes requested (1)' });
    expect(await within(changes).findByText('Tell us what it cost.')).toBeInTheDocument();
    expect(changes).toHaveTextContent('Elif Kaya asked for changes:');
    expect(changes).toHaveTextContent('Comments on: Resources, Timeline');
    expect(screen.getByRole('region', { name: 'Published (1)' })).toHaveTextContent('Brown bins');
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Drafts (1)',
      'Changes requested (1)',
      'Published (1)',
    ]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'From your partner towns',
      'From towns like yours',
      'Your municipality’s case studies',
    ]);
    const list = requestedUrls(fetchMock).find((url) => url.pathname === ApiRoutes.caseStudies);
    expect(list?.searchParams.get('municipality')).toBe(session.account.municipality?.id);

    await user.click(screen.getByRole('button', { name: 'New case study' }));
    expect(currentLocation().pathname).toBe('/case-studies/new');
  });

  it('is for verified staff only', () => {
    stubFetch(() => ({ body: buildPage([]) }));

    renderApp('/my-municipality', { session: buildSessionInfo({ status: 'pending', verifiedAt: null }) });

    expect(screen.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
  });
});
