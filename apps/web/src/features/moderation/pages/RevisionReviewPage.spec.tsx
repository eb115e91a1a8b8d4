import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiRoutes, type CaseStudyRevision, type DecisionRequest, type RevisionDiff } from '@twinning/contracts';
import {
  buildApiErrorBody,
  buildCaseStudyContent,
  buildCaseStudyDetail,
  buildModerationDecision,
  buildMunicipalitySummary,
  buildNotificationList,
  buildPage,
  buildRevision,
  buildRevisionSummary,
  buildSessionInfo,
} from '../../../test/factories';
import { recordedWrites, requestedUrls, stubFetch, type StubRequest, type StubResponse } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const moderator = buildSessionInfo({ role: 'moderator', municipality: null });
const caseStudy = buildCaseStudyDetail({ status: 'submitted' });
const earlier = buildRevisionSummary({
  number: 1,
  decision: buildModerationDecision({ decision: 'request_changes', comment: 'Add the results in numbers.' }),
});
const revision = buildRevision({
  caseStudyId: caseStudy.id,
  number: 2,
  content: buildCaseStudyContent({ results: 'Landfilled waste fell by **a third** in two years.' }),
});
const diff: RevisionDiff = {
  from: { revisionId: earlier.id, number: 1 },
  to: { revisionId: revision.id, number: 2 },
  changes: [{ field: 'results', section: 'story', before: 'It went well.', after: revision.content.results }],
};
const reviewPath = `/moderation/case-studies/${caseStudy.id}/revisions/${revision.id}`;

/** The API a moderator's review page talks to; `decided()` is the revision's state at each GET. */
function serveReview(onDecision: (request: StubRequest) => StubResponse, decided: () => CaseStudyRevision = () => revision) {
  return stubFetch((url, request) => {
    if (request.method !== 'GET') return onDecision(request);
    switch (url.pathname) {
      case ApiRoutes.caseStudyRevision(caseStudy.id, revision.id):
        return { body: decided() };
      case ApiRoutes.caseStudyRevisions(caseStudy.id):
        return { body: [revision, earlier] };
      case ApiRoutes.caseStudyDiff(caseStudy.id):
        return url.searchParams.get('from') === earlier.id && url.searchParams.get('to') === revision.id
          ? { body: diff }
          : { status: 400, body: buildApiErrorBody() };
      case ApiRoutes.caseStudy(caseStudy.id):
        return { body: caseStudy };
      case ApiRoutes.notifications:
        return { body: buildNotificationList([]) };
      default:
        return { body: buildPage([]) };
    }
  });
}

describe('RevisionReviewPage', () => {
  it('says plainly that the author asks not to be named, and marks what in the text could name the town', async () => {
    const anonymous = buildRevision({
      ...revision,
      publishAnonymously: true,
      content: buildCaseStudyContent({ whatDidNotWork: 'The depot of Kadıköy was too far from the pier for the night buses.' }),
      identifyingTerms: [{ text: 'Kadıköy', kind: 'town', fields: ['whatDidNotWork'] }],
    });
    serveReview(() => ({ status: 500 }), () => anonymous);
    renderApp(reviewPath, { session: moderator });

    const check = await screen.findByRole('alert', { name: 'The author asks not to be named' });
    // The published version names its town, so this revision is the one that turns anonymity on.
    expect(await within(check).findByText(/^This revision asks to stop naming the town/)).toBeInTheDocument();
    const found = within(check).getByRole('list', { name: 'What could name the town' });
    expect(within(found).getByRole('listitem')).toHaveTextContent('Town');
    expect(within(found).getByRole('listitem')).toHaveTextContent('Lessons: What did not work: The depot of Kadıköy was too far');
    expect(within(found).getByText('Kadıköy', { selector: 'mark' })).toBeInTheDocument();
  });

  it('lists the pictures and documents whose descriptions could name the town, each with its file', async () => {
    const anonymous = buildRevision({
      ...revision,
      publishAnonymously: true,
      identifyingFiles: [
        {
          fileId: 'f1',
          kind: 'photo',
          texts: { altText: 'Night bus at the depot', caption: 'The Moda pier at dusk', title: '' },
          terms: [{ text: 'Moda', kind: 'place', fields: ['caption'] }],
        },
        {
          fileId: 'f2',
          kind: 'document',
          texts: { altText: '', caption: '', title: 'Kadıköy council decision' },
          terms: [{ text: 'Kadıköy', kind: 'town', fields: ['title'] }],
        },
      ],
    });
    serveReview(() => ({ status: 500 }), () => anonymous);
    renderApp(reviewPath, { session: moderator });

    const check = await screen.findByRole('alert', { name: 'The author asks not to be named' });
    expect(await within(check).findByText('2 pictures or documents are described with something that could name the town:')).toBeInTheDocument();
    const files = within(check).getByRole('list', { name: 'Pictures and documents that could name the town' });
    const [photo, document] = within(files).getAllByRole('listitem').filter((item) => item.parentElement === files);
    expect(photo).toHaveTextContent('Photo “Night bus at the depot”');
    expect(photo).toHaveTextContent('Caption: The Moda pier at dusk');
    expect(within(photo).getByText('Moda', { selector: 'mark' })).toBeInTheDocument();
    expect(document).toHaveTextContent('Document “Kadıköy council decision”');
    expect(document).toHaveTextContent('Town');
    expect(document).toHaveTextContent('Document title: Kadıköy council decision');
  });

  it('shows the revision section by section with what changed, and sends the decision with its rubric', async () => {
    const fetchMock = serveReview((request) => ({
      body: buildModerationDecision({ revisionId: revision.id, ...(request.body as DecisionRequest) }),
    }));
    const { user, currentLocation } = renderApp(reviewPath, { session: moderator });

    expect(await screen.findByRole('heading', { level: 1, name: revision.content.title })).toBeInTheDocument();
    expect(document.title).toBe(`Review “${revision.content.title}” · Twinning Exchange`);
    expect(await screen.findByText('Since revision 1, 1 field changed, in: Story. It is marked below.')).toBeInTheDocument();
    const story = screen.getByRole('region', { name: 'Story' });
    const results = within(story).getByRole('heading', { name: /Results/ }).closest('[data-changed]');
    expect(results).toHaveTextContent('Changed');
    expect(within(story).getByText('a third', { selector: 'strong' })).toBeInTheDocument();
    const change = within(within(story).getByRole('list', { name: 'Changes' })).getByRole('listitem');
    expect(change).toHaveTextContent('Before');
    expect(change).toHaveTextContent('It went well.');
    expect(within(screen.getByRole('region', { name: 'Lessons' })).queryByText('Changed')).not.toBeInTheDocument();

    // Pasted, not typed: a re-render of the whole review per letter took seconds on a busy machine, and typing is not what this tests.
    await user.click(within(story).getByRole('textbox', { name: 'Comment on Story' }));
    await user.paste('Give the baseline year.');
    await user.type(
      within(screen.getByRole('region', { name: 'Contact' })).getByRole('textbox', { name: 'Comment on Contact' }),
      '  ',
    );
    await user.click(screen.getByRole('radio', { name: 'Request changes' }));
    await user.click(screen.getByRole('textbox', { name: 'Comment for the authors' }));
    await user.paste('Nearly there.');
    await user.click(screen.getByRole('button', { name: 'Send decision' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Moderation queue' })).toBeInTheDocument();
    expect(currentLocation().pathname).toBe('/moderation');
    expect(screen.getByText(`Your decision on “${revision.content.title}” is recorded: Changes requested.`)).toBeInTheDocument();
    const [decision] = recordedWrites(fetchMock);
    expect(decision.url.pathname).toBe(ApiRoutes.moderationDecision(revision.id));
    expect(decision.headers['x-csrf-token']).toBe(moderator.csrfToken);
    expect(decision.body).toEqual<DecisionRequest>({
      decision: 'request_changes',
      comment: 'Nearly there.',
      sectionComments: { story: 'Give the baseline year.' },
    });
    // The whole review typed out: over 5 s when the machine is shared with other test runs.
  });

  it('asks for a comment before rejecting, and for a decision at all', async () => {
    const fetchMock = serveReview(() => ({ status: 500 }));
    const { user } = renderApp(reviewPath, { session: moderator });
    const send = await screen.findByRole('button', { name: 'Send decision' });

    await user.click(send);
    expect(await screen.findByText('Choose a decision.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Approve' })).toHaveFocus();

    await user.click(screen.getByRole('radio', { name: 'Reject' }));
    await user.click(send);

    expect(screen.getByRole('textbox', { name: 'Comment for the authors' })).toHaveAccessibleDescription(
      /To request changes or to reject, write a comment here or on at least one section\./,
    );
    expect(recordedWrites(fetchMock)).toHaveLength(0);
  });

  it('keeps an over-long comment whole with a counter, and asks before a link leaves the comments behind', async () => {
    const fetchMock = serveReview(() => ({ status: 500 }));
    const { user, currentLocation } = renderApp(reviewPath, { session: moderator });
    const comment = await screen.findByRole('textbox', { name: 'Comment for the authors' });

    fireEvent.change(comment, { target: { value: 'c'.repeat(5_003) } });
    expect(comment).toHaveValue('c'.repeat(5_003));
    expect(comment).toHaveAccessibleDescription(/3 characters too many \(at most 5,000\)/);
    await user.click(screen.getByRole('radio', { name: 'Reject' }));
    await user.click(screen.getByRole('button', { name: 'Send decision' }));
    expect(comment).toHaveAccessibleDescription(/At most 5000 characters\./);
    expect(recordedWrites(fetchMock)).toHaveLength(0);

    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Moderation' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Leave this page?' })).getByRole('button', { name: 'Stay on this page' }));
    expect(currentLocation().pathname).toBe(reviewPath);
  });

  it('says who decided first when another moderator was quicker, and goes back to the queue', async () => {
    let decidedBy: CaseStudyRevision = revision;
    serveReview(
      () => {
        decidedBy = { ...revision, decision: buildModerationDecision({ decision: 'approve', moderator: { id: 'm2', displayName: 'Jan de Vries' } }) };
        return {
          status: 409,
          body: buildApiErrorBody({ code: 'revision_already_decided', message: 'This revision has been decided already.' }),
        };
      },
      () => decidedBy,
    );
    const { user, currentLocation } = renderApp(reviewPath, { session: moderator });

    await user.click(await screen.findByRole('radio', { name: 'Approve' }));
    await user.click(screen.getByRole('button', { name: 'Send decision' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Moderation queue' })).toBeInTheDocument();
    await waitFor(() => expect(currentLocation().pathname).toBe('/moderation'));
    expect(
      screen.getByText(
        `Jan de Vries had already decided on “${revision.content.title}”: Approved. Your decision was not recorded.`,
      ),
    ).toBeInTheDocument();
  });

  it('names the partner towns the published revision already brings, without asking for each town', async () => {
    const cologne = buildMunicipalitySummary({ nameLocal: 'Köln', nameEn: 'Cologne', country: 'DE' });
    const partnered = buildCaseStudyDetail({ status: 'submitted' });
    if (partnered.published) partnered.published.partners = [cologne];
    const withPartner = buildRevision({
      caseStudyId: partnered.id,
      number: 1,
      content: buildCaseStudyContent({ partnerMunicipalityIds: [cologne.id] }),
    });
    const fetchMock = stubFetch((url) => {
      switch (url.pathname) {
        case ApiRoutes.caseStudyRevision(partnered.id, withPartner.id):
          return { body: withPartner };
        case ApiRoutes.caseStudyRevisions(partnered.id):
          return { body: [withPartner] };
        case ApiRoutes.caseStudy(partnered.id):
          return { body: partnered };
        case ApiRoutes.notifications:
          return { body: buildNotificationList([]) };
        default:
          return { status: 404, body: buildApiErrorBody() };
      }
    });

    renderApp(`/moderation/case-studies/${partnered.id}/revisions/${withPartner.id}`, { session: moderator });

    const identity = await screen.findByRole('region', { name: 'Identity' });
    expect(await within(identity).findByRole('link', { name: 'Köln' })).toHaveAttribute('href', `/towns/${cologne.id}`);
    expect(requestedUrls(fetchMock).some((url) => url.pathname === ApiRoutes.municipality(cologne.id))).toBe(false);
  });

  it('keeps staff out', () => {
    serveReview(() => ({ status: 500 }));

    renderApp(reviewPath, { session: buildSessionInfo() });

    expect(screen.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
  });
});
