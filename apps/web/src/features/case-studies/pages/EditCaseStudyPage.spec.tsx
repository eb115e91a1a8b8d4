import { act, screen, waitFor, within } from '@testing-library/react';
import {
  ApiRoutes,
  type CaseStudyContent,
  type CaseStudyDetail,
  type SessionInfo,
  type UpdateCaseStudyRequest,
} from '@twinning/contracts';
import {
  buildApiErrorBody,
  buildCaseStudyContent,
  buildDraftCaseStudy,
  buildModerationDecision,
  buildNotificationList,
  buildSessionInfo,
} from '../../../test/factories';
import { recordedWrites, stubFetch, type StubRequest, type StubResponse } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';
import { AUTOSAVE_DELAY_MS } from '../hooks/useDraftAutosave';

const STEP_NAMES = [
  'Identity',
  'Outcome',
  'Story',
  'Lessons',
  'Failure analysis',
  'Transferability',
  'Resources',
  'Timeline',
  'Classification',
  'Contact',
  'Preview',
];

function draftOf(session: SessionInfo, overrides: Partial<CaseStudyDetail> = {}, content: Partial<CaseStudyContent> = {}) {
  return buildDraftCaseStudy({ municipality: session.account.municipality, ...overrides }, content);
}

/** The API of one case study: GET answers `current()`, writes go to `onWrite`. */
function serveDraft(current: () => CaseStudyDetail, onWrite: (request: StubRequest) => StubResponse) {
  return stubFetch((url, request) => {
    if (request.method !== 'GET') return onWrite(request);
    if (url.pathname === ApiRoutes.caseStudy(current().id)) return { body: current() };
    if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([]) };
    return { status: 404, body: buildApiErrorBody({ code: 'not_found', message: 'Not here.' }) };
  });
}

/** What a PATCH answers: the saved content, one version up. */
function savedFrom(detail: CaseStudyDetail, request: StubRequest): CaseStudyDetail {
  const body = request.body as UpdateCaseStudyRequest;
  const saved = detail.draft?.content ?? buildCaseStudyContent();
  return {
    ...detail,
    draft: {
      content: { ...saved, ...body.content },
      publishAnonymously: body.publishAnonymously ?? detail.draft?.publishAnonymously ?? false,
      version: body.version + 1,
      updatedAt: '2025-04-10T09:00:00.000Z',
    },
  };
}

const stepNav = () => screen.getByRole('navigation', { name: 'Steps of the form' });

describe('EditCaseStudyPage', () => {
  it('offers a step per template section, each field under its label', async () => {
    const session = buildSessionInfo();
    const draft = draftOf(session);
    serveDraft(() => draft, () => ({ status: 500 }));
    const { user } = renderApp(`/case-studies/${draft.id}/edit`, { session });

    expect(await screen.findByRole('heading', { level: 1, name: 'Edit case study' })).toBeInTheDocument();
    expect(document.title).toBe('Edit “Organic waste collection in the old town” · Twinning Exchange');
    const steps = within(stepNav()).getAllByRole('button');
    expect(steps).toHaveLength(STEP_NAMES.length);
    STEP_NAMES.forEach((name, index) => expect(steps[index]).toHaveAccessibleName(name));
    expect(steps[0]).toHaveAttribute('aria-current', 'step');

    const fields: [string, string[]][] = [
      ['Identity', ['Title', 'Summary', 'Language']],
      ['Story', ['Context and problem', 'What was done', 'Results']],
      ['Lessons', ['What worked', 'What did not work', 'What we would do differently']],
      ['Transferability', ['Preconditions', 'Tips for a town that wants to adapt it']],
      ['Resources', ['Staff and time']],
      ['Classification', ['SDGs', 'Themes']],
      ['Contact', ['Name', 'Role', 'E-mail']],
    ];
    for (const [step, labels] of fields) {
      await user.click(within(stepNav()).getByRole('button', { name: step }));
      expect(screen.getByRole('heading', { level: 2, name: step })).toHaveFocus();
      for (const label of labels) expect(screen.getByRole('textbox', { name: label })).toBeInTheDocument();
    }
    await user.click(within(stepNav()).getByRole('button', { name: 'Timeline' }));
    expect(screen.getByLabelText(/^Start date/)).toHaveValue('2022-03-01');
    expect(screen.getByLabelText(/^End date/)).toHaveValue('2023-09-30');

    // The switch to publish anonymously appears only for a partial success or a failure.
    await user.click(within(stepNav()).getByRole('button', { name: 'Outcome' }));
    const outcome = screen.getByRole('radiogroup', { name: 'Outcome' });
    expect(screen.queryByRole('switch', { name: 'Publish without naming our town' })).not.toBeInTheDocument();
    expect(within(stepNav()).getByRole('button', { name: 'Failure analysis' })).toHaveAccessibleDescription('Optional');
    await user.click(within(outcome).getByRole('radio', { name: 'Failure' }));
    expect(screen.getByRole('switch', { name: 'Publish without naming our town' })).toBeInTheDocument();
    expect(within(stepNav()).getByRole('button', { name: 'Failure analysis' })).toHaveAccessibleDescription('Required');
  });

  it('saves the draft 1.5 s after the last change, with the version it is based on', async () => {
    const session = buildSessionInfo();
    let current = draftOf(session);
    const fetchMock = serveDraft(
      () => current,
      (request) => {
        current = savedFrom(current, request);
        return { body: current };
      },
    );
    const { user } = renderApp(`/case-studies/${current.id}/edit`, { session });
    const title = await screen.findByRole('textbox', { name: 'Title' });

    // The test holds the clock, so typing may take as long as a busy machine needs.
    jest.useFakeTimers();
    await user.clear(title);
    await user.type(title, 'Brown bins for the old town');
    act(() => jest.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1));
    expect(recordedWrites(fetchMock)).toHaveLength(0);

    act(() => jest.advanceTimersByTime(1));
    await waitFor(() => expect(recordedWrites(fetchMock)).toHaveLength(1));
    jest.useRealTimers();
    const [save] = recordedWrites(fetchMock);
    expect(save.method).toBe('PATCH');
    expect(save.url.pathname).toBe(ApiRoutes.caseStudy(current.id));
    expect(save.headers['x-csrf-token']).toBe(session.csrfToken);
    const body = save.body as UpdateCaseStudyRequest;
    expect(body.version).toBe(3);
    expect(body.content?.title).toBe('Brown bins for the old town');
    expect(body.publishAnonymously).toBe(false);
    expect(await screen.findByText(/^Saved at /)).toBeInTheDocument();

    // The next save names the version the last one created; "Save draft" does not wait.
    await user.type(screen.getByRole('textbox', { name: 'Summary' }), ' More.');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(recordedWrites(fetchMock)).toHaveLength(2));
    expect((recordedWrites(fetchMock)[1].body as UpdateCaseStudyRequest).version).toBe(4);
  });

  it('saves when the author leaves a step', async () => {
    const session = buildSessionInfo();
    let current = draftOf(session);
    const fetchMock = serveDraft(
      () => current,
      (request) => {
        current = savedFrom(current, request);
        return { body: current };
      },
    );
    const { user } = renderApp(`/case-studies/${current.id}/edit`, { session });

    await user.type(await screen.findByRole('textbox', { name: 'Title' }), '!');
    await user.click(screen.getByRole('button', { name: 'Next: Outcome' }));

    await waitFor(() => expect(recordedWrites(fetchMock)).toHaveLength(1));
    expect((recordedWrites(fetchMock)[0].body as UpdateCaseStudyRequest).content?.title).toBe(
      'Organic waste collection in the old town!',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Outcome' })).toHaveFocus();
  });

  it('stops and says so when someone else saved in between, and reloads the latest version', async () => {
    const session = buildSessionInfo();
    const mine = draftOf(session);
    let current = mine;
    const fetchMock = serveDraft(
      () => current,
      (request) => {
        if ((request.body as UpdateCaseStudyRequest).version !== current.draft?.version) {
          return {
            status: 409,
            body: buildApiErrorBody({ code: 'stale_version', message: 'Someone saved a newer version.' }),
          };
        }
        current = savedFrom(current, request);
        return { body: current };
      },
    );
    const { user } = renderApp(`/case-studies/${mine.id}/edit`, { session });
    const title = await screen.findByRole('textbox', { name: 'Title' });
    // A colleague saves version 4 meanwhile.
    current = draftOf(session, { id: mine.id }, { title: 'Their better title' });
    current = { ...current, draft: current.draft && { ...current.draft, version: 4 } };

    await user.type(title, ' (mine)');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(
      await screen.findByRole('alert', { name: 'Someone else saved this case study in the meantime' }),
    ).toHaveTextContent('Reload the latest version');
    expect(screen.getByText('Saving stopped')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit for review' })).toBeDisabled();
    // Past the autosave delay, on the test's clock rather than a real wait.
    jest.useFakeTimers();
    await user.type(title, ' more');
    act(() => jest.advanceTimersByTime(AUTOSAVE_DELAY_MS + 200));
    jest.useRealTimers();
    expect(recordedWrites(fetchMock)).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Reload the latest version' }));

    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Their better title'));
    expect(screen.queryByRole('alert', { name: 'Someone else saved this case study in the meantime' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), '!');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(recordedWrites(fetchMock)).toHaveLength(2));
    expect((recordedWrites(fetchMock)[1].body as UpdateCaseStudyRequest).version).toBe(4);
  });

  it('lists what is missing before submitting, each field a link to its step, and sends nothing', async () => {
    const session = buildSessionInfo();
    const draft = draftOf(session, {}, { summary: '', sdgs: [], contactEmail: '', outcome: 'failure' });
    const fetchMock = serveDraft(() => draft, () => ({ status: 500 }));
    const { user } = renderApp(`/case-studies/${draft.id}/edit`, { session });

    await user.click(await screen.findByRole('button', { name: 'Submit for review' }));

    const problems = await screen.findByRole('alert', { name: 'Before you submit, complete these fields' });
    expect(within(problems).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Identity: Summary: missing',
      'Contact: E-mail: missing',
      'Classification: SDGs: add at least one',
      'Failure analysis: Causes: add at least one',
      'Failure analysis: Stage at which it fell short: missing',
    ]);
    expect(problems).toHaveFocus();
    expect(recordedWrites(fetchMock)).toHaveLength(0);
    expect(within(stepNav()).getByRole('button', { name: 'Failure analysis' })).toHaveAccessibleDescription(
      'Required · 2 to complete',
    );

    await user.click(within(problems).getByRole('button', { name: 'Classification: SDGs' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Classification' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'SDGs' })).toHaveFocus();

    await user.click(within(problems).getByRole('button', { name: 'Identity: Summary' }));
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveFocus();

    // The list follows the fixes (pasted: typing letter by letter re-renders the form each time, which is not what this tests).
    await user.paste('Brown bins for every household.');
    expect(within(problems).queryByRole('button', { name: 'Identity: Summary' })).not.toBeInTheDocument();
    expect(within(problems).getAllByRole('listitem')).toHaveLength(4);
  });

  it('submits a complete case study with the version of its last save', async () => {
    const session = buildSessionInfo();
    let current = draftOf(session);
    const fetchMock = serveDraft(
      () => current,
      (request) => {
        current = { ...current, status: 'submitted' };
        return request.url.pathname === ApiRoutes.submitCaseStudy(current.id) ? { body: current } : { status: 500 };
      },
    );
    const { user, currentLocation } = renderApp(`/case-studies/${current.id}/edit`, { session });

    await user.click(await screen.findByRole('button', { name: 'Submit for review' }));

    expect(await screen.findByText(/Submitted for review/)).toBeInTheDocument();
    expect(currentLocation().pathname).toBe(`/case-studies/${current.id}`);
    const [submit] = recordedWrites(fetchMock);
    expect(submit.url.pathname).toBe(ApiRoutes.submitCaseStudy(current.id));
    expect(submit.body).toEqual({ version: 3 });
  });

  it('lists the fields the API finds missing at submission', async () => {
    const session = buildSessionInfo();
    const draft = draftOf(session);
    serveDraft(
      () => draft,
      () => ({
        status: 422,
        body: buildApiErrorBody({
          code: 'case_study_incomplete',
          message: 'The case study is not complete.',
          details: [{ field: 'fundingSources[0].programmeName', reason: 'is required for an EU programme' }],
        }),
      }),
    );
    const { user } = renderApp(`/case-studies/${draft.id}/edit`, { session });

    await user.click(await screen.findByRole('button', { name: 'Submit for review' }));

    const problems = await screen.findByRole('alert', { name: 'Before you submit, complete these fields' });
    expect(problems).toHaveTextContent('Resources: Funding source 1: Programme name: give the name of the EU programme');
  });

  it('shows the moderator’s comment on a section beside that section’s step', async () => {
    const session = buildSessionInfo();
    const draft = draftOf(session, {
      status: 'changes_requested',
      latestDecision: buildModerationDecision({
        decision: 'request_changes',
        comment: 'Please say more about the results.',
        sectionComments: { story: 'The indicator needs a baseline year.' },
      }),
    });
    serveDraft(() => draft, () => ({ status: 500 }));
    const { user } = renderApp(`/case-studies/${draft.id}/edit`, { session });

    expect(await screen.findByText('Please say more about the results.')).toBeInTheDocument();
    const storyStep = within(stepNav()).getByRole('button', { name: 'Story' });
    expect(storyStep).toHaveAccessibleDescription('Moderator’s comment');
    expect(screen.queryByText('The indicator needs a baseline year.')).not.toBeInTheDocument();

    await user.click(storyStep);

    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('Moderator’s comment on Story');
    expect(note).toHaveTextContent('The indicator needs a baseline year.');
    expect(screen.getByRole('textbox', { name: 'Context and problem' })).toBeInTheDocument();
  });

  it('does not open a case study that waits for review', async () => {
    const session = buildSessionInfo();
    const draft = draftOf(session, { status: 'submitted' });
    serveDraft(() => draft, () => ({ status: 500 }));

    renderApp(`/case-studies/${draft.id}/edit`, { session, language: 'tr' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Bu vaka çalışması şu anda düzenlenemez' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vaka çalışmasına git' })).toHaveAttribute('href', `/case-studies/${draft.id}`);
  });
});
