import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
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
  buildFundingProgramme,
  buildModerationDecision,
  buildMunicipalitySummary,
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

    // Text fields, and the choices (Select, MultiSelect: role combobox) after them.
    const fields: [string, string[], string[]?][] = [
      ['Identity', ['Title', 'Summary'], ['Language']],
      ['Story', ['Context and problem', 'What was done', 'Results']],
      ['Lessons', ['What worked', 'What did not work', 'What we would do differently']],
      ['Transferability', ['Preconditions', 'Tips for a town that wants to adapt it']],
      ['Resources', ['Staff and time']],
      ['Classification', [], ['SDGs', 'Themes']],
      ['Contact', ['Name', 'Role', 'E-mail']],
    ];
    for (const [step, labels, choices = []] of fields) {
      await user.click(within(stepNav()).getByRole('button', { name: step }));
      expect(screen.getByRole('heading', { level: 2, name: step })).toHaveFocus();
      for (const label of labels) expect(screen.getByRole('textbox', { name: label })).toBeInTheDocument();
      for (const label of choices) expect(screen.getByRole('combobox', { name: label })).toBeInTheDocument();
    }
    await user.click(within(stepNav()).getByRole('button', { name: 'Timeline' }));
    expect(screen.getByLabelText(/^Start date/)).toHaveValue('01/03/2022');
    expect(screen.getByLabelText(/^End date/)).toHaveValue('30/09/2023');

    // The switch to publish anonymously appears only for a partial success or a failure.
    await user.click(within(stepNav()).getByRole('button', { name: 'Outcome' }));
    const outcome = screen.getByRole('radiogroup', { name: 'Outcome' });
    expect(screen.queryByRole('switch', { name: 'Publish without naming our town' })).not.toBeInTheDocument();
    expect(within(stepNav()).getByRole('button', { name: 'Failure analysis' })).toHaveAccessibleDescription('Optional');
    await user.click(within(outcome).getByRole('radio', { name: 'Failure' }));
    expect(screen.getByRole('switch', { name: 'Publish without naming our town' })).toBeInTheDocument();
    expect(within(stepNav()).getByRole('button', { name: 'Failure analysis' })).toHaveAccessibleDescription('Required');
    // It opens every step: on a machine shared with other test runs that takes more than 5 s.
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
    const draft = draftOf(session, {}, { summary: '', sdgs: [], sdgTargets: [], indicators: [], contactEmail: '', outcome: 'failure' });
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
    expect(screen.getByRole('combobox', { name: 'SDGs' })).toHaveFocus();

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

  it('submits from the preview, the step where the whole story has just been read', async () => {
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
    await screen.findByRole('textbox', { name: 'Title' });
    await user.click(within(stepNav()).getByRole('button', { name: 'Preview' }));
    await user.click(await screen.findByRole('button', { name: 'All correct: submit for review' }));

    expect(await screen.findByText(/Submitted for review/)).toBeInTheDocument();
    expect(currentLocation().pathname).toBe(`/case-studies/${current.id}`);
    expect(recordedWrites(fetchMock).map((write) => write.url.pathname)).toEqual([ApiRoutes.submitCaseStudy(current.id)]);
  });

  it('previews an indicator row added and left blank as nothing, not as a row of dashes', async () => {
    const session = buildSessionInfo();
    const blankRow = { name: '', baseline: null, target: null, achieved: null, unit: '', sdgTarget: null, unIndicator: null };
    const draft = draftOf(session, {}, { indicators: [blankRow] });
    serveDraft(() => draft, () => ({ status: 500 }));
    const { user } = renderApp(`/case-studies/${draft.id}/edit`, { session });
    await screen.findByRole('textbox', { name: 'Title' });
    await user.click(within(stepNav()).getByRole('button', { name: 'Preview' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Preview' })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Indicators' })).not.toBeInTheDocument();
  });

  it('starts a new funding source and a new cause with nothing chosen, asks for the choice, and makes the row from it', async () => {
    const session = buildSessionInfo();
    const draft = draftOf(session, {}, { fundingSources: [], failureCauses: [] });
    serveDraft(() => draft, () => ({ status: 500 }));
    const { user } = renderApp(`/case-studies/${draft.id}/edit`, { session });
    await screen.findByRole('textbox', { name: 'Title' });

    await user.click(within(stepNav()).getByRole('button', { name: 'Resources' }));
    await user.click(screen.getByRole('button', { name: 'Add a funding source' }));
    const kind = screen.getByRole('combobox', { name: /^Kind of source/ });
    expect(kind).toHaveFocus();
    expect(kind).toHaveValue('');
    expect(kind).toHaveAttribute('placeholder', 'Choose the kind of source');
    expect(screen.queryByRole('combobox', { name: /^Programme/ })).not.toBeInTheDocument();
    await user.tab();
    expect(await screen.findByText('Choose the kind of source, or remove this row.')).toBeInTheDocument();
    await user.click(kind);
    await user.click(await screen.findByRole('option', { name: 'National funds' }));
    expect(await screen.findByRole('combobox', { name: /^Kind of source/ })).toHaveValue('National funds');
    expect(screen.getByRole('combobox', { name: /^Programme/ })).toBeInTheDocument();

    await user.click(within(stepNav()).getByRole('button', { name: 'Failure analysis' }));
    await user.click(screen.getByRole('button', { name: 'Add a cause' }));
    expect(screen.getByRole('combobox', { name: /^Cause/ })).toHaveValue('');
    expect(screen.queryByRole('textbox', { name: /^Note/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove Cause 1' }));
    expect(screen.queryByRole('combobox', { name: /^Cause/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a cause' })).toHaveFocus();
  });

  it('shows and takes dates in the order of the interface language, not the browser’s', async () => {
    const session = buildSessionInfo();
    const draft = draftOf(session, {}, { startDate: '2022-04-01', endDate: null });
    const fetchMock = serveDraft(() => draft, (request) => ({ body: savedFrom(draft, request) }));
    const { user } = renderApp(`/case-studies/${draft.id}/edit`, { session, language: 'tr' });
    const steps = await screen.findByRole('navigation', { name: 'Formun adımları' });
    await user.click(within(steps).getByRole('button', { name: 'Zaman çizelgesi' }));

    expect(screen.getByRole('textbox', { name: /^Başlangıç tarihi/ })).toHaveValue('01.04.2022');
    const end = screen.getByRole('textbox', { name: /^Bitiş tarihi/ });
    expect(end).toHaveAttribute('placeholder', 'GG.AA.YYYY');
    await user.type(end, '31.02.2023');
    await user.tab();
    expect(await screen.findByText('Tarihi GG.AA.YYYY biçiminde yazın, örneğin 10.04.2025.')).toBeInTheDocument();
    await user.clear(end);
    await user.type(end, '31.03.2023');
    await user.click(screen.getByRole('button', { name: 'Taslağı kaydet' }));
    await waitFor(() => expect(recordedWrites(fetchMock).length).toBeGreaterThan(0));
    const saved = recordedWrites(fetchMock).at(-1)?.body as UpdateCaseStudyRequest;
    expect(saved.content?.endDate).toBe('2023-03-31');
  });

  it('lists the interface language and the languages of the town’s country first', async () => {
    const session = buildSessionInfo({ municipality: buildMunicipalitySummary({ country: 'BE' }) });
    const draft = draftOf(session, {}, { language: null });
    serveDraft(() => draft, () => ({ status: 500 }));
    const { user } = renderApp(`/case-studies/${draft.id}/edit`, { session, language: 'tr' });

    await user.click(await screen.findByRole('combobox', { name: /^Dil/ }));
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
    expect(options.slice(0, 4)).toEqual(['Türkçe', 'Felemenkçe', 'Fransızca', 'Almanca']);
    expect(options).toHaveLength(23);
  });

  it('takes a funding source’s programme from the catalogue, grouped by who funds it, or another by name, with an amount', async () => {
    const session = buildSessionInfo();
    const erasmus = buildFundingProgramme({ id: 'a1b2c3d4-0000-4000-8000-0000000000e1', name: 'Erasmus+', kind: 'eu' });
    const bridge = buildFundingProgramme({ id: 'a1b2c3d4-0000-4000-8000-0000000000e2', name: 'Youth Bridge', kind: 'foundation' });
    let current = draftOf(session, {}, { budgetCurrency: 'EUR', fundingSources: [{ kind: 'eu_programme', programmeId: null, programmeName: null, amount: null }] });
    const fetchMock = stubFetch((url, request) => {
      if (request.method !== 'GET') {
        current = savedFrom(current, request);
        return { body: current };
      }
      if (url.pathname === ApiRoutes.caseStudy(current.id)) return { body: current };
      if (url.pathname === ApiRoutes.fundingProgrammes) return { body: [erasmus, bridge] };
      if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([]) };
      return { status: 404, body: buildApiErrorBody({ code: 'not_found', message: 'Not here.' }) };
    });
    const { user } = renderApp(`/case-studies/${current.id}/edit`, { session });
    await screen.findByRole('textbox', { name: 'Title' });
    await user.click(within(stepNav()).getByRole('button', { name: 'Resources' }));

    const programme = await screen.findByRole('combobox', { name: /^Programme/ });
    await user.click(programme);
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getByText('EU')).toBeInTheDocument();
    expect(within(listbox).getByText('Foundation')).toBeInTheDocument();
    await user.type(programme, 'Eras');
    await user.click(await screen.findByRole('option', { name: 'Erasmus+' }));
    expect(screen.queryByRole('textbox', { name: /^Programme name/ })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Amount' }), '150000');
    await user.click(screen.getByRole('combobox', { name: 'Went on after the funding ended' }));
    await user.click(await screen.findByRole('option', { name: 'Partly' }));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    // Autosave may have sent part of it already: the last save holds all of it.
    await waitFor(() => expect(current.draft!.content.continuedAfterFunding).toBe('partly'));
    expect(current.draft!.content.fundingSources).toEqual([{ kind: 'eu_programme', programmeId: erasmus.id, programmeName: null, amount: 150_000 }]);

    // "Other" asks for the programme's name instead.
    await user.click(screen.getByRole('combobox', { name: /^Programme/ }));
    await user.click(await screen.findByRole('option', { name: 'Other programme…' }));
    await user.type(await screen.findByRole('textbox', { name: /^Programme name/ }), 'Town fund of Hesse');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() =>
      expect(current.draft!.content.fundingSources).toEqual([{ kind: 'eu_programme', programmeId: null, programmeName: 'Town fund of Hesse', amount: 150_000 }]),
    );
    expect(recordedWrites(fetchMock).every((write) => write.method === 'PATCH')).toBe(true);
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
          details: [{ field: 'fundingSources[0].programmeName', rule: 'required', reason: 'is required for an EU programme' }],
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

  describe('nothing typed is lost', () => {
    const mainNavigation = () => screen.getByRole('navigation', { name: 'Main' });
    /** The copy this browser keeps, under the signed-in account and the case study. */
    const localCopyOf = (session: SessionInfo, id: string) =>
      window.localStorage.getItem(`twinning.caseStudyDraft.${session.account.id}.${id}`);

    /** A draft whose saves land like the API's: the fields sent replace the saved ones. */
    function serveSavingDraft(session: SessionInfo) {
      const server = { current: draftOf(session) };
      const fetchMock = serveDraft(
        () => server.current,
        (request) => {
          server.current = savedFrom(server.current, request);
          return { body: server.current };
        },
      );
      return { server, fetchMock };
    }

    it('saves every valid field while a bad e-mail address waits in this browser, listed at the top with a link to its step', async () => {
      const session = buildSessionInfo();
      const { server, fetchMock } = serveSavingDraft(session);
      const { user } = renderApp(`/case-studies/${server.current.id}/edit`, { session });
      await screen.findByRole('textbox', { name: 'Title' });

      await user.click(within(stepNav()).getByRole('button', { name: 'Contact' }));
      const email = screen.getByRole('textbox', { name: 'E-mail' });
      await user.clear(email);
      await user.click(email);
      await user.paste('ayse.at.bursa');
      expect(email).toHaveAccessibleDescription(/An e-mail address, such as/);
      await user.click(within(stepNav()).getByRole('button', { name: 'Lessons' }));
      await user.click(screen.getByRole('textbox', { name: 'What worked' }));
      await user.paste(' And the brown bins.');
      await user.click(screen.getByRole('button', { name: 'Save draft' }));

      await waitFor(() => expect(recordedWrites(fetchMock).length).toBeGreaterThan(0));
      const sent = recordedWrites(fetchMock).map((write) => (write.body as UpdateCaseStudyRequest).content ?? {});
      expect(sent.some((content) => 'contactEmail' in content)).toBe(false);
      expect(sent.at(-1)?.whatWorked).toBe('Door-to-door visits by neighbourhood volunteers. And the brown bins.');
      expect(server.current.draft?.content.contactEmail).toBe('ayse.yilmaz@kadikoy.bel.tr');

      const heldBack = await screen.findByRole('status', { name: 'Not saved yet: fix these and they are saved with the rest' });
      expect(heldBack).toHaveTextContent('Contact: E-mail: An e-mail address');
      expect(await screen.findByText(/1 field kept in this browser until it is fixed/)).toBeInTheDocument();
      expect(within(stepNav()).getByRole('button', { name: 'Contact' })).toHaveAccessibleDescription('1 to fix');
      expect(JSON.parse(localCopyOf(session, server.current.id) ?? '{}')).toMatchObject({
        version: 4,
        content: { contactEmail: 'ayse.at.bursa', whatWorked: 'Door-to-door visits by neighbourhood volunteers. And the brown bins.' },
      });

      // The link opens the step with the cursor in the field; once fixed, it is saved and the copy goes.
      await user.click(within(heldBack).getByRole('button', { name: 'Contact: E-mail' }));
      expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveFocus();
      await user.clear(screen.getByRole('textbox', { name: 'E-mail' }));
      await user.click(screen.getByRole('textbox', { name: 'E-mail' }));
      await user.paste('ayse@bursa.bel.tr');
      await user.click(screen.getByRole('button', { name: 'Save draft' }));
      await waitFor(() => expect(server.current.draft?.content.contactEmail).toBe('ayse@bursa.bel.tr'));
      await waitFor(() => expect(localCopyOf(session, server.current.id)).toBeNull());
      expect(screen.queryByRole('status', { name: /Not saved yet/ })).not.toBeInTheDocument();
    });

    it('holds back a field the API refuses and saves the rest without it', async () => {
      const session = buildSessionInfo();
      let current = draftOf(session);
      const fetchMock = serveDraft(
        () => current,
        (request) => {
          if ((request.body as UpdateCaseStudyRequest).content?.contactRole === 'Mayor of everything') {
            return {
              status: 400,
              body: buildApiErrorBody({
                code: 'validation_failed',
                message: 'Invalid request',
                details: [{ field: 'contactRole', rule: 'not_allowed_value', reason: 'is not a role the portal knows' }],
              }),
            };
          }
          current = savedFrom(current, request);
          return { body: current };
        },
      );
      const { user } = renderApp(`/case-studies/${current.id}/edit`, { session });
      await screen.findByRole('textbox', { name: 'Title' });
      await user.click(within(stepNav()).getByRole('button', { name: 'Contact' }));
      await user.clear(screen.getByRole('textbox', { name: 'Role' }));
      await user.click(screen.getByRole('textbox', { name: 'Role' }));
      await user.paste('Mayor of everything');
      await user.click(within(stepNav()).getByRole('button', { name: 'Lessons' }));
      await user.click(screen.getByRole('textbox', { name: 'What worked' }));
      await user.paste(' And the brown bins.');
      await user.click(screen.getByRole('button', { name: 'Save draft' }));

      await waitFor(() => expect(current.draft?.content.whatWorked).toMatch(/And the brown bins\.$/), {
        timeout: AUTOSAVE_DELAY_MS + 3000,
      });
      const [refused, retried] = recordedWrites(fetchMock).map((write) => (write.body as UpdateCaseStudyRequest).content ?? {});
      expect(refused.contactRole).toBe('Mayor of everything');
      expect(retried).not.toHaveProperty('contactRole');
      const heldBack = await screen.findByRole('status', { name: 'Not saved yet: fix these and they are saved with the rest' });
      expect(heldBack).toHaveTextContent('Contact: Role: is not one of the values allowed here');

      await user.click(within(heldBack).getByRole('button', { name: 'Contact: Role' }));
      await user.click(screen.getByRole('textbox', { name: 'Role' }));
      await user.paste(' (acting)');
      await user.click(screen.getByRole('button', { name: 'Save draft' }));
      await waitFor(() => expect(current.draft?.content.contactRole).toBe('Mayor of everything (acting)'));
      expect(screen.queryByRole('status', { name: /Not saved yet/ })).not.toBeInTheDocument();
    });

    it('offers the kept changes back when the draft opens again, or discards them', async () => {
      const session = buildSessionInfo();
      const { server } = serveSavingDraft(session);
      const first = renderApp(`/case-studies/${server.current.id}/edit`, { session });
      await screen.findByRole('textbox', { name: 'Title' });
      await first.user.click(within(stepNav()).getByRole('button', { name: 'Contact' }));
      await first.user.clear(screen.getByRole('textbox', { name: 'E-mail' }));
      await first.user.click(screen.getByRole('textbox', { name: 'E-mail' }));
      await first.user.paste('ayse.at.bursa');
      // The tab crashes before anything could be saved.
      first.unmount();

      // A colleague signing in on the same browser is not offered someone else's copy.
      const colleague = renderApp(`/case-studies/${server.current.id}/edit`, {
        session: buildSessionInfo({ municipality: session.account.municipality }),
      });
      await screen.findByRole('textbox', { name: 'Title' });
      expect(screen.queryByRole('alert', { name: 'Restore your unsaved changes?' })).not.toBeInTheDocument();
      colleague.unmount();

      const second = renderApp(`/case-studies/${server.current.id}/edit`, { session });
      const offer = await screen.findByRole('alert', { name: 'Restore your unsaved changes?' });
      expect(offer).toHaveFocus();
      await second.user.click(within(offer).getByRole('button', { name: 'Restore my changes' }));
      expect(screen.queryByRole('alert', { name: 'Restore your unsaved changes?' })).not.toBeInTheDocument();
      await second.user.click(within(stepNav()).getByRole('button', { name: 'Contact' }));
      expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveValue('ayse.at.bursa');
      second.unmount();

      const third = renderApp(`/case-studies/${server.current.id}/edit`, { session });
      await third.user.click(await screen.findByRole('button', { name: 'Discard them' }));
      expect(localCopyOf(session, server.current.id)).toBeNull();
      await third.user.click(within(stepNav()).getByRole('button', { name: 'Contact' }));
      expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveValue('ayse.yilmaz@kadikoy.bel.tr');
    });

    it('asks before a link leaves unsaved changes behind, and leaves at once when everything could be saved', async () => {
      const session = buildSessionInfo();
      const { server, fetchMock } = serveSavingDraft(session);
      const { user, currentLocation } = renderApp(`/case-studies/${server.current.id}/edit`, { session });
      const editPath = `/case-studies/${server.current.id}/edit`;

      await screen.findByRole('textbox', { name: 'Title' });
      await user.click(within(stepNav()).getByRole('button', { name: 'Contact' }));
      await user.clear(screen.getByRole('textbox', { name: 'E-mail' }));
      await user.click(screen.getByRole('textbox', { name: 'E-mail' }));
      await user.paste('ayse.at.bursa');
      await user.click(within(mainNavigation()).getByRole('link', { name: 'Towns' }));

      const dialog = await screen.findByRole('dialog', { name: 'Leave this page?' });
      expect(dialog).toHaveTextContent('They stay in this browser');
      expect(within(dialog).getByRole('button', { name: 'Stay on this page' })).toHaveFocus();
      await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(currentLocation().pathname).toBe(editPath);
      expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveValue('ayse.at.bursa');

      // Closing the tab asks the browser's own question.
      const unload = new Event('beforeunload', { cancelable: true });
      fireEvent(window, unload);
      expect(unload.defaultPrevented).toBe(true);

      // Fixed, the change is saved on the way out, with no question.
      await user.clear(screen.getByRole('textbox', { name: 'E-mail' }));
      await user.click(screen.getByRole('textbox', { name: 'E-mail' }));
      await user.paste('ayse@bursa.bel.tr');
      await user.click(within(mainNavigation()).getByRole('link', { name: 'Towns' }));
      await waitFor(() => expect(currentLocation().pathname).toBe('/towns'));
      expect(screen.queryByRole('dialog', { name: 'Leave this page?' })).not.toBeInTheDocument();
      expect((recordedWrites(fetchMock).at(-1)?.body as UpdateCaseStudyRequest).content?.contactEmail).toBe('ayse@bursa.bel.tr');
    });

    it('leaves when the author confirms, the kept copy staying in this browser', async () => {
      const session = buildSessionInfo();
      const { server } = serveSavingDraft(session);
      const { user, currentLocation } = renderApp(`/case-studies/${server.current.id}/edit`, { session });
      await screen.findByRole('textbox', { name: 'Title' });
      await user.click(within(stepNav()).getByRole('button', { name: 'Timeline' }));
      fireEvent.change(screen.getByLabelText(/^End date/), { target: { value: '2021-01-31' } });
      await user.click(within(mainNavigation()).getByRole('link', { name: 'Towns' }));
      await user.click(await screen.findByRole('button', { name: 'Leave without saving' }));
      await waitFor(() => expect(currentLocation().pathname).toBe('/towns'));
      expect(JSON.parse(localCopyOf(session, server.current.id) ?? '{}')).toMatchObject({ content: { endDate: '2021-01-31' } });
    });

    it('shows a counter near a limit and keeps an over-long text whole, refusing to send it', async () => {
      const session = buildSessionInfo();
      const { server, fetchMock } = serveSavingDraft(session);
      const { user } = renderApp(`/case-studies/${server.current.id}/edit`, { session });
      const title = await screen.findByRole('textbox', { name: 'Title' });
      expect(title).not.toHaveAccessibleDescription(/characters? left/);

      fireEvent.change(title, { target: { value: 'T'.repeat(190) } });
      expect(title).toHaveAccessibleDescription(/10 characters left/);
      fireEvent.change(title, { target: { value: 'T'.repeat(5_000) } });
      expect(title).toHaveValue('T'.repeat(5_000));
      expect(title).toHaveAccessibleDescription(/4,800 characters too many \(at most 200\)/);
      expect(title).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByText('At most 200 characters.')).toBeInTheDocument();

      await user.click(screen.getByRole('textbox', { name: 'Summary' }));
      await user.paste(' More.');
      await user.click(screen.getByRole('button', { name: 'Save draft' }));
      await waitFor(() => expect(recordedWrites(fetchMock)).toHaveLength(1));
      const sent = (recordedWrites(fetchMock)[0].body as UpdateCaseStudyRequest).content;
      expect(sent).not.toHaveProperty('title');
      expect(sent?.summary).toMatch(/ More\.$/);
    });

    it('shows a stored story over the limit (a write-up of an adaptation) with the reason, and saves everything else without it', async () => {
      const session = buildSessionInfo();
      const story = 'Bins. '.repeat(1_700);
      const server = { current: draftOf(session, {}, { whatWasDone: story }) };
      const fetchMock = serveDraft(
        () => server.current,
        (request) => {
          server.current = savedFrom(server.current, request);
          return { body: server.current };
        },
      );
      const { user } = renderApp(`/case-studies/${server.current.id}/edit`, { session });
      await screen.findByRole('textbox', { name: 'Title' });
      const heldBack = await screen.findByRole('status', { name: 'Not saved yet: fix these and they are saved with the rest' });
      expect(heldBack).toHaveTextContent('Story: What was done: At most 10000 characters.');

      await user.click(within(heldBack).getByRole('button', { name: 'Story: What was done' }));
      const whatWasDone = screen.getByRole('textbox', { name: 'What was done' });
      expect(whatWasDone).toHaveFocus();
      expect(whatWasDone).toHaveValue(story);
      expect(whatWasDone).toHaveAccessibleDescription(/200 characters too many \(at most 10,000\)/);
      await user.click(screen.getByRole('textbox', { name: 'Results' }));
      await user.paste(' And more.');
      await user.click(screen.getByRole('button', { name: 'Save draft' }));
      await waitFor(() => expect(server.current.draft?.content.results).toMatch(/ And more\.$/));
      expect(recordedWrites(fetchMock).some((write) => 'whatWasDone' in ((write.body as UpdateCaseStudyRequest).content ?? {}))).toBe(false);

      // Shortened, it goes out with the next save.
      fireEvent.change(whatWasDone, { target: { value: story.slice(0, 9_000) } });
      await user.click(screen.getByRole('button', { name: 'Save draft' }));
      await waitFor(() => expect(server.current.draft?.content.whatWasDone).toBe(story.slice(0, 9_000)));
      expect(screen.queryByRole('status', { name: /Not saved yet/ })).not.toBeInTheDocument();
    });

    it('refuses out-of-range numbers with a message and never changes them', async () => {
      const session = buildSessionInfo();
      const { server, fetchMock } = serveSavingDraft(session);
      const { user } = renderApp(`/case-studies/${server.current.id}/edit`, { session });
      await screen.findByRole('textbox', { name: 'Title' });
      await user.click(within(stepNav()).getByRole('button', { name: 'Resources' }));

      const budget = screen.getByRole('textbox', { name: 'Budget' });
      await user.clear(budget);
      await user.click(budget);
      await user.paste('-500');
      const share = screen.getByRole('textbox', { name: /^Co-financing by the municipality/ });
      await user.clear(share);
      await user.click(share);
      await user.paste('250');
      await user.tab();

      expect(budget).toHaveValue('-500');
      expect(share).toHaveValue('250 %');
      expect(budget).toHaveAccessibleDescription(/Between 0 and 1000000000000\./);
      expect(share).toHaveAccessibleDescription(/Between 0 and 100\./);
      await user.click(screen.getByRole('button', { name: 'Save draft' }));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const sent = recordedWrites(fetchMock).map((write) => (write.body as UpdateCaseStudyRequest).content ?? {});
      expect(sent.some((content) => 'budgetAmount' in content || 'coFinancingPercent' in content)).toBe(false);
    });

    it('flags an end date before the start date at once and holds both dates back', async () => {
      const session = buildSessionInfo();
      const { server, fetchMock } = serveSavingDraft(session);
      const { user } = renderApp(`/case-studies/${server.current.id}/edit`, { session });
      await screen.findByRole('textbox', { name: 'Title' });
      await user.click(within(stepNav()).getByRole('button', { name: 'Timeline' }));

      fireEvent.change(screen.getByLabelText(/^Start date/), { target: { value: '2024-01-01' } });
      expect(screen.getByLabelText(/^End date/)).toHaveAccessibleDescription(/must not be before the start date|not before the start/i);
      await user.click(within(stepNav()).getByRole('button', { name: 'Identity' }));
      await user.click(screen.getByRole('textbox', { name: 'Title' }));
      await user.paste('!');
      await user.click(screen.getByRole('button', { name: 'Save draft' }));
      await waitFor(() => expect(recordedWrites(fetchMock).length).toBeGreaterThan(0));
      const sent = recordedWrites(fetchMock).map((write) => (write.body as UpdateCaseStudyRequest).content ?? {});
      expect(sent.some((content) => 'startDate' in content || 'endDate' in content)).toBe(false);
      expect(server.current.draft?.content.title).toBe('Organic waste collection in the old town!');
    });
  });
});
