import { screen, within } from '@testing-library/react';
import { ApiRoutes, type RevisionDiff } from '@twinning/contracts';
import {
  buildApiErrorBody,
  buildCaseStudyContent,
  buildCaseStudyDetail,
  buildModerationDecision,
  buildNotificationList,
  buildRevision,
  buildSessionInfo,
} from '../../../test/factories';
import { requestedUrls, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const staff = buildSessionInfo();
const caseStudy = buildCaseStudyDetail({ status: 'changes_requested' });
const revision = buildRevision({
  caseStudyId: caseStudy.id,
  number: 2,
  content: buildCaseStudyContent({ whatDidNotWork: 'The night buses were always late.' }),
  decision: buildModerationDecision({
    decision: 'request_changes',
    comment: 'Nearly there.',
    sectionComments: { lessons: 'Say how late, in minutes.', contact: 'Name a person, not a desk.' },
  }),
});
const diff: RevisionDiff = {
  from: { revisionId: caseStudy.published!.revisionId, number: 1 },
  to: { revisionId: revision.id, number: 2 },
  changes: [{ field: 'whatDidNotWork', section: 'lessons', before: 'The night buses were late.', after: revision.content.whatDidNotWork }],
};

function serve(detail = caseStudy) {
  return stubFetch((url) => {
    switch (url.pathname) {
      case ApiRoutes.caseStudyRevision(caseStudy.id, revision.id):
        return { body: revision };
      case ApiRoutes.caseStudy(caseStudy.id):
        return { body: detail };
      case ApiRoutes.caseStudyDiff(caseStudy.id):
        return url.searchParams.get('from') === caseStudy.published!.revisionId && url.searchParams.get('to') === revision.id
          ? { body: diff }
          : { status: 400, body: buildApiErrorBody() };
      case ApiRoutes.notifications:
        return { body: buildNotificationList([]) };
      default:
        return { status: 404, body: buildApiErrorBody() };
    }
  });
}

describe('RevisionPage', () => {
  it('shows the authors what their revision changes in the published version, word by word, beside the moderator’s comment on each section', async () => {
    serve();
    renderApp(`/case-studies/${caseStudy.id}/revisions/${revision.id}`, { session: staff });

    const changes = await screen.findByRole('region', { name: 'What this revision changes' });
    expect(
      await within(changes).findByText(
        'Against the published version (revision 1), the one visitors read now, section by section, with the moderator’s comments.',
      ),
    ).toBeInTheDocument();
    const lessons = within(changes).getByRole('region', { name: 'Lessons' });
    expect(lessons).toHaveTextContent('The moderator’s commentSay how late, in minutes.');
    const change = within(within(lessons).getByRole('list', { name: 'Changes' })).getByRole('listitem');
    expect(change.querySelector('ins')).toHaveTextContent('inserted: always');
    expect(change).toHaveTextContent('The night buses were inserted: always late.');
    // A section the moderator commented on without a change in it is shown too, with its comment only.
    const contact = within(changes).getByRole('region', { name: 'Contact' });
    expect(contact).toHaveTextContent('Name a person, not a desk.');
    expect(within(contact).queryByRole('list', { name: 'Changes' })).not.toBeInTheDocument();
    // The section comments are shown once, beside their sections; the overall comment stays with the decision.
    expect(screen.getAllByText('Say how late, in minutes.')).toHaveLength(1);
    expect(screen.getByText('Nearly there.')).toBeInTheDocument();
  });

  it('says so when nothing is published yet, and asks for no diff', async () => {
    const fetchMock = serve({ ...caseStudy, status: 'changes_requested', published: null });
    renderApp(`/case-studies/${caseStudy.id}/revisions/${revision.id}`, { session: staff });

    expect(
      await screen.findByText('Nothing of this case study is published yet, so there is no published version to compare this revision with.'),
    ).toBeInTheDocument();
    expect(requestedUrls(fetchMock).some((url) => url.pathname === ApiRoutes.caseStudyDiff(caseStudy.id))).toBe(false);
  });

  it('says that the published revision is the one visitors read, with nothing to compare', async () => {
    serve({ ...caseStudy, status: 'published', published: { ...caseStudy.published!, revisionId: revision.id, revisionNumber: 2 } });
    renderApp(`/case-studies/${caseStudy.id}/revisions/${revision.id}`, { session: staff });

    expect(await screen.findByText('This revision is the published version: it is what visitors read now.')).toBeInTheDocument();
  });
});
