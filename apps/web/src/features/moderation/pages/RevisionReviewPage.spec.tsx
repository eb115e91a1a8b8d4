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
const published = buildRevisionSummary({ number: 1, decision: buildModerationDecision({ decision: 'approve' }) });
const caseStudy = buildCaseStudyDetail({ status: 'submitted' });
caseStudy.published!.revisionId = published.id;
// Rejected after the published one: what visitors read is still revision 1, so the diff goes against that.
const rejected = buildRevisionSummary({
  number: 2,
  decision: buildModerationDecision({ decision: 'reject', comment: 'An advertisement.' }),
});
const revision = buildRevision({
  caseStudyId: caseStudy.id,
  number: 3,
  content: buildCaseStudyContent({ results: 'Landfilled waste fell by **a third** in two years.', outcome: 'partial' }),
});
const diff: RevisionDiff = {
  from: { revisionId: published.id, number: 1 },
  to: { revisionId: revision.id, number: 3 },
  changes: [
    { field: 'outcome', section: 'outcome', before: 'success', after: 'partial' },
    { field: 'results', section: 'story', before: 'Landfilled waste fell in two years.', after: revision.content.results },
  ],
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
        return { body: [revision, rejected, published] };
      case ApiRoutes.caseStudyDiff(caseStudy.id):
        return url.searchParams.get('from') === published.id && url.searchParams.get('to') === revision.id
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
    expect(
      await screen.findByText('Against the published version (revision 1), which visitors read now, 2 fields changed, in: Outcome, Story. They are marked below.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Revision 2 was decided after the published one but never published, so the changes are shown against revision 1.'),
    ).toBeInTheDocument();
    const story = screen.getByRole('region', { name: 'Story' });
    const results = within(story).getByRole('heading', { name: /Results/ }).closest('[data-changed]');
    expect(results).toHaveTextContent('Changed');
    expect(within(story).getByText('a third', { selector: 'strong' })).toBeInTheDocument();
    // Text: one text, the inserted words marked in a way a screen reader says and that does not rely on colour.
    const change = within(within(story).getByRole('list', { name: 'Changes' })).getByRole('listitem');
    expect(change).toHaveTextContent('Landfilled waste fell inserted: by **a third** in two years.');
    expect(change.querySelector('ins')).toHaveTextContent('inserted: by **a third**');
    expect(change.querySelector('ins')).toHaveStyle({ textDecoration: 'underline' });
    expect(change.querySelector('del')).toBeNull();
    expect(change).not.toHaveTextContent('Before');
    // A choice keeps its before and after.
    const outcome = within(within(screen.getByRole('region', { name: 'Outcome' })).getByRole('list', { name: 'Changes' })).getByRole('listitem');
    expect(outcome).toHaveTextContent('Before');
    expect(outcome).toHaveTextContent('After');
    expect(within(screen.getByRole('region', { name: 'Lessons' })).queryByText('Changed')).not.toBeInTheDocument();

    // The decision sits in one panel beside the text (sticky on wide screens), reached on phones by a link at the top.
    const panel = screen.getByRole('complementary', { name: 'Your decision' });
    expect(panel).toHaveClass('review-decision-panel');
    expect(within(panel).getByRole('button', { name: 'Send decision' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the decision' })).toHaveAttribute('href', `#${panel.id}`);
    expect(within(panel).getByText('None yet. Each section has its own comment box under it.')).toBeInTheDocument();

    // Pasted, not typed: a re-render of the whole review per letter took seconds on a busy machine, and typing is not what this tests.
    await user.click(within(story).getByRole('textbox', { name: 'Comment on Story' }));
    await user.paste('Give the baseline year.');
    await user.type(
      within(screen.getByRole('region', { name: 'Contact' })).getByRole('textbox', { name: 'Comment on Contact' }),
      '  ',
    );
    // The panel sums up the section comments written so far, each linking to its section.
    const summary = within(panel).getByRole('list', { name: 'Your comments on sections' });
    expect(within(summary).getByRole('listitem')).toHaveTextContent('Story: Give the baseline year.');
    expect(within(summary).getByRole('link', { name: 'Story' })).toHaveAttribute('href', `#${story.id}`);
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

  it('says that a first submission has no published version to compare with, and asks for no diff', async () => {
    const firstTime = buildCaseStudyDetail({ status: 'submitted', published: null });
    const first = buildRevision({ caseStudyId: firstTime.id, number: 1 });
    const fetchMock = stubFetch((url) => {
      switch (url.pathname) {
        case ApiRoutes.caseStudyRevision(firstTime.id, first.id):
          return { body: first };
        case ApiRoutes.caseStudyRevisions(firstTime.id):
          return { body: [first] };
        case ApiRoutes.caseStudy(firstTime.id):
          return { body: firstTime };
        case ApiRoutes.notifications:
          return { body: buildNotificationList([]) };
        default:
          return { status: 404, body: buildApiErrorBody() };
      }
    });

    renderApp(`/moderation/case-studies/${firstTime.id}/revisions/${first.id}`, { session: moderator });

    expect(
      await screen.findByText('Nothing of this case study is published yet, so there is no published version to compare this revision with.'),
    ).toBeInTheDocument();
    expect(requestedUrls(fetchMock).some((url) => url.pathname === ApiRoutes.caseStudyDiff(firstTime.id))).toBe(false);
  });

  it('compares a resubmission of a never-published case study with the revision sent back, word by word', async () => {
    const neverPublished = buildCaseStudyDetail({ status: 'submitted', published: null });
    const sentBack = buildRevisionSummary({ number: 1, decision: buildModerationDecision({ decision: 'request_changes' }) });
    const resubmitted = buildRevision({ caseStudyId: neverPublished.id, number: 2 });
    const fetchMock = stubFetch((url) => {
      switch (url.pathname) {
        case ApiRoutes.caseStudyRevision(neverPublished.id, resubmitted.id):
          return { body: resubmitted };
        case ApiRoutes.caseStudyRevisions(neverPublished.id):
          return { body: [{ ...resubmitted, decision: null }, sentBack] };
        case ApiRoutes.caseStudy(neverPublished.id):
          return { body: neverPublished };
        case ApiRoutes.caseStudyDiff(neverPublished.id):
          return {
            body: {
              from: { revisionId: sentBack.id, number: 1 },
              to: { revisionId: resubmitted.id, number: 2 },
              changes: [{ field: 'summary', section: 'identity', before: 'Bins in every street.', after: 'Sorted bins in every street.' }],
            } satisfies RevisionDiff,
          };
        case ApiRoutes.notifications:
          return { body: buildNotificationList([]) };
        default:
          return { status: 404, body: buildApiErrorBody() };
      }
    });

    renderApp(`/moderation/case-studies/${neverPublished.id}/revisions/${resubmitted.id}`, { session: moderator });

    expect(await screen.findByText(/^Nothing is published yet\. Against revision 1, the last one a moderator decided on, 1 field changed/)).toBeInTheDocument();
    expect([...document.querySelectorAll('ins')].map((inserted) => inserted.textContent)).toContain('inserted: Sorted bins');
    const asked = requestedUrls(fetchMock).find((url) => url.pathname === ApiRoutes.caseStudyDiff(neverPublished.id));
    expect(asked?.searchParams.get('from')).toBe(sentBack.id);
  });

  it('keeps staff out', () => {
    serveReview(() => ({ status: 500 }));

    renderApp(reviewPath, { session: buildSessionInfo() });

    expect(screen.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
  });
});
