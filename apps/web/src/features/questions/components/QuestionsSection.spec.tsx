import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ApiRoutes, QUESTION_LIMITS, type CaseStudyDetail, type Question } from '@twinning/contracts';
import {
  buildAnswer,
  buildApiErrorBody,
  buildCaseStudyDetail,
  buildDraftCaseStudy,
  buildMunicipalitySummary,
  buildNotificationList,
  buildQuestion,
  buildSessionInfo,
} from '../../../test/factories';
import { recordedWrites, stubFetch, type StubRequest, type StubResponse } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const cologne = buildMunicipalitySummary({ nameLocal: 'Köln', nameEn: 'Cologne', country: 'DE' });

/** The case study page with its questions; writes go to `onWrite`, which may change what the next GET returns. */
function serveQuestions(
  detail: CaseStudyDetail,
  questions: () => Question[],
  onWrite: (request: StubRequest) => StubResponse = () => ({ status: 500 }),
) {
  return stubFetch((url, request) => {
    if (request.method !== 'GET') return onWrite(request);
    if (url.pathname === ApiRoutes.caseStudy(detail.id)) return { body: detail };
    if (url.pathname === ApiRoutes.caseStudyQuestions(detail.id)) return { body: questions() };
    if (url.pathname === ApiRoutes.caseStudyAdaptations(detail.id)) return { body: [] };
    if (url.pathname === ApiRoutes.similarCaseStudies(detail.id)) return { body: [] };
    if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([]) };
    return { status: 404, body: { code: 'not_found', message: 'Not here.' } };
  });
}

function questionsSection() {
  return screen.findByRole('region', { name: 'Questions and answers' });
}

function threads(section: HTMLElement) {
  return within(within(section).getByRole('list', { name: 'Questions, newest first' })).getAllByRole('article', { name: /^Question from/ });
}

describe('Questions and answers on the case study page', () => {
  it.each([
    ['unconfirmed', /Confirm your e-mail address first/],
    ['pending', /has yet to verify your account/],
  ] as const)('tells a %s account why it cannot ask or report, instead of the form', async (status, reason) => {
    const caseStudy = buildCaseStudyDetail();
    serveQuestions(caseStudy, () => [buildQuestion({ caseStudyId: caseStudy.id })]);
    renderApp(`/case-studies/${caseStudy.id}`, { session: buildSessionInfo({ status, verifiedAt: null, municipality: cologne }) });
    const section = await questionsSection();
    expect(await within(section).findByText('You can ask and report once your account is verified')).toBeInTheDocument();
    expect(within(section).getByText(reason)).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Go to my account' })).toHaveAttribute('href', '/account');
    expect(within(section).queryByRole('textbox', { name: /Your question/ })).not.toBeInTheDocument();
    await waitFor(() => expect(threads(section)).toHaveLength(1));
    expect(within(section).queryByRole('button', { name: 'Report' })).not.toBeInTheDocument();
  });

  it('shows visitors the questions with their answers, and only a way to sign in', async () => {
    const caseStudy = buildCaseStudyDetail();
    const answered = buildQuestion({
      caseStudyId: caseStudy.id,
      answers: [
        buildAnswer({ body: 'Through the **neighbourhood associations**.' }),
        buildAnswer({ body: 'And the schools helped later.', author: null, createdAt: '2025-05-08T09:00:00.000Z' }),
      ],
    });
    const orphan = buildQuestion({ caseStudyId: caseStudy.id, body: 'What did the bins cost?', author: null, createdAt: '2025-05-01T09:00:00.000Z' });
    serveQuestions(caseStudy, () => [answered, orphan]);

    renderApp(`/case-studies/${caseStudy.id}`);

    const section = await questionsSection();
    expect(section).toHaveAttribute('id', 'questions');
    expect(within(section).getByRole('heading', { level: 2, name: 'Questions and answers' })).toBeInTheDocument();
    await within(section).findByRole('list', { name: 'Questions, newest first' });
    const [first, second] = threads(section);
    expect(first).toHaveAccessibleName('Question from Jonas Becker');
    expect(first).toHaveTextContent('How did you get volunteers for the door-to-door visits?');
    expect(first).toHaveTextContent('May 3, 2025');
    expect(second).toHaveAccessibleName('Question from Former member');
    expect(second).toHaveTextContent('What did the bins cost?');

    const answers = within(section).getByRole('list', { name: 'Answers' });
    const [byName, unnamed] = within(answers).getAllByRole('article');
    expect(byName).toHaveAccessibleName('Answer from Ayşe Yılmaz');
    // The body is Markdown, rendered and sanitised.
    expect(within(byName).getByText('neighbourhood associations').tagName).toBe('STRONG');
    expect(unnamed).toHaveAccessibleName('Answer from Municipal staff');
    expect(unnamed).toHaveTextContent('And the schools helped later.');

    expect(within(section).getByRole('link', { name: 'Sign in to ask a question' })).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent(`/case-studies/${caseStudy.id}#questions`)}`,
    );
    expect(within(section).queryByRole('textbox')).not.toBeInTheDocument();
    for (const name of ['Ask', 'Answer', 'Report', 'Hide']) {
      expect(within(section).queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });

  it('says when there are no questions yet, in Turkish too', async () => {
    const caseStudy = buildCaseStudyDetail();
    serveQuestions(caseStudy, () => []);

    renderApp(`/case-studies/${caseStudy.id}`, { language: 'tr' });

    const section = await screen.findByRole('region', { name: 'Sorular ve yanıtlar' });
    expect(await within(section).findByText('Henüz soru yok.')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Soru sormak için giriş yapın' })).toBeInTheDocument();
  });

  it('lets a signed-in person ask, sending the question and showing it once the list is loaded again', async () => {
    const session = buildSessionInfo({ municipality: cologne, displayName: 'Jonas Becker' });
    const caseStudy = buildCaseStudyDetail();
    let questions: Question[] = [];
    const fetchMock = serveQuestions(
      caseStudy,
      () => questions,
      (request) => {
        const asked = buildQuestion({ caseStudyId: caseStudy.id, body: (request.body as { body: string }).body });
        questions = [asked];
        return { status: 201, body: asked };
      },
    );
    const { user } = renderApp(`/case-studies/${caseStudy.id}`, { session });

    const section = await questionsSection();
    expect(await within(section).findByText('No questions yet.')).toBeInTheDocument();
    expect(within(section).queryByRole('link', { name: 'Sign in to ask a question' })).not.toBeInTheDocument();

    // Nothing typed: the form says so and sends nothing.
    await user.click(within(section).getByRole('button', { name: 'Ask' }));
    expect(within(section).getByRole('textbox', { name: 'Your question' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(section).getByRole('textbox', { name: 'Your question' })).toHaveFocus();
    expect(recordedWrites(fetchMock)).toHaveLength(0);

    await user.type(within(section).getByRole('textbox', { name: 'Your question' }), '  Who paid for the bins?  ');
    await user.click(within(section).getByRole('button', { name: 'Ask' }));

    expect(await within(section).findByText('Who paid for the bins?')).toBeInTheDocument();
    const [ask] = recordedWrites(fetchMock);
    expect(ask.method).toBe('POST');
    expect(ask.url.pathname).toBe(ApiRoutes.caseStudyQuestions(caseStudy.id));
    expect(ask.body).toEqual({ body: 'Who paid for the bins?' });
    expect(ask.headers['x-csrf-token']).toBe(session.csrfToken);
    expect(within(section).getByRole('textbox', { name: 'Your question' })).toHaveValue('');
    expect(within(section).getByText('Your question is posted. The town’s staff are told.')).toBeInTheDocument();
  });

  it('keeps a question that is too long whole, with a counter and the reason, and asks before a link leaves it', async () => {
    const session = buildSessionInfo({ municipality: cologne });
    const caseStudy = buildCaseStudyDetail();
    const fetchMock = serveQuestions(caseStudy, () => []);
    const { user, currentLocation } = renderApp(`/case-studies/${caseStudy.id}`, { session });
    const section = await questionsSection();
    const question = within(section).getByRole('textbox', { name: 'Your question' });
    const max = QUESTION_LIMITS.bodyMaxLength;

    fireEvent.change(question, { target: { value: 'Q'.repeat(max - 1) } });
    expect(question).toHaveAccessibleDescription(/1 character left/);
    fireEvent.change(question, { target: { value: 'Q'.repeat(max + 1) } });
    expect(question).toHaveAccessibleDescription(/1 character too many \(at most 5,000\)/);
    await user.click(within(section).getByRole('button', { name: 'Ask' }));
    expect(question).toHaveAttribute('aria-invalid', 'true');
    expect(question).toHaveValue('Q'.repeat(max + 1));
    expect(recordedWrites(fetchMock)).toHaveLength(0);

    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Statistics' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Leave this page?' })).getByRole('button', { name: 'Leave without saving' }));
    await waitFor(() => expect(currentLocation().pathname).toBe('/statistics'));
  });

  it('shows the API’s reason when a question is refused', async () => {
    const caseStudy = buildCaseStudyDetail();
    serveQuestions(
      caseStudy,
      () => [],
      () => ({ status: 400, body: buildApiErrorBody({ details: [{ field: 'body', rule: 'too_long', reason: 'must be shorter than or equal to 5000 characters', params: { max: 5000 } }] }) }),
    );
    const { user } = renderApp(`/case-studies/${caseStudy.id}`, { session: buildSessionInfo({ municipality: cologne }) });

    const section = await questionsSection();
    await user.type(within(section).getByRole('textbox', { name: 'Your question' }), 'Too long, says the server.');
    await user.click(within(section).getByRole('button', { name: 'Ask' }));

    expect(await within(section).findByText('must be at most 5000 characters')).toBeInTheDocument();
    expect(within(section).getByRole('textbox', { name: 'Your question' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers "Answer" to the staff of the case study’s own town only, and sends the answer', async () => {
    const session = buildSessionInfo();
    const caseStudy = buildCaseStudyDetail({ municipality: session.account.municipality });
    const question = buildQuestion({ caseStudyId: caseStudy.id });
    let questions = [question];
    const fetchMock = serveQuestions(
      caseStudy,
      () => questions,
      (request) => {
        const answer = buildAnswer({ questionId: question.id, body: (request.body as { body: string }).body });
        questions = [{ ...question, answers: [answer] }];
        return { status: 201, body: answer };
      },
    );
    const { user, unmount } = renderApp(`/case-studies/${caseStudy.id}`, { session });

    const section = await questionsSection();
    const answerButton = await within(section).findByRole('button', { name: 'Answer' });
    expect(answerButton).toHaveAttribute('aria-expanded', 'false');
    await user.click(answerButton);
    expect(answerButton).toHaveAttribute('aria-expanded', 'true');
    await user.type(within(section).getByRole('textbox', { name: 'Your answer' }), 'The neighbourhood associations found them.');
    await user.click(within(section).getByRole('button', { name: 'Post answer' }));

    const answers = await within(section).findByRole('list', { name: 'Answers' });
    expect(answers).toHaveTextContent('The neighbourhood associations found them.');
    expect(within(section).queryByRole('textbox', { name: 'Your answer' })).not.toBeInTheDocument();
    const [answer] = recordedWrites(fetchMock);
    expect(answer.url.pathname).toBe(ApiRoutes.questionAnswers(question.id));
    expect(answer.body).toEqual({ body: 'The neighbourhood associations found them.' });
    unmount();

    // Staff of another town may ask, not answer.
    serveQuestions(caseStudy, () => [question]);
    renderApp(`/case-studies/${caseStudy.id}`, { session: buildSessionInfo({ municipality: cologne }) });
    const other = await questionsSection();
    await within(other).findByRole('list', { name: 'Questions, newest first' });
    expect(within(other).getByRole('textbox', { name: 'Your question' })).toBeInTheDocument();
    expect(within(other).queryByRole('button', { name: 'Answer' })).not.toBeInTheDocument();
  });

  it('lets a reader report someone else’s post, once', async () => {
    const session = buildSessionInfo({ municipality: cologne });
    const caseStudy = buildCaseStudyDetail();
    const own = buildQuestion({ caseStudyId: caseStudy.id, body: 'My own question.', author: { id: session.account.id, displayName: 'Ayşe Yılmaz' } });
    const spam = buildQuestion({ caseStudyId: caseStudy.id, body: 'Buy our bins!' });
    const answer = buildAnswer({ questionId: spam.id, body: 'We do not sell bins.' });
    let reports = 0;
    const fetchMock = serveQuestions(
      caseStudy,
      () => [own, { ...spam, answers: [answer] }],
      () => {
        reports += 1;
        return reports === 1
          ? { status: 204 }
          : { status: 409, body: buildApiErrorBody({ code: 'already_reported', message: 'You have already reported this.' }) };
      },
    );
    const { user } = renderApp(`/case-studies/${caseStudy.id}`, { session });

    const section = await questionsSection();
    await within(section).findByRole('list', { name: 'Questions, newest first' });
    const [ownThread, spamThread] = threads(section);
    expect(within(ownThread).queryByRole('button', { name: 'Report' })).not.toBeInTheDocument();

    await user.click(within(spamThread).getByRole('button', { name: 'Report' }));
    await user.type(within(spamThread).getByRole('textbox', { name: 'Reason' }), 'Advertising.');
    await user.click(within(spamThread).getByRole('button', { name: 'Send report' }));

    expect(await within(spamThread).findByText('Thanks — a moderator will look at it.')).toBeInTheDocument();
    expect(within(spamThread).queryByRole('textbox', { name: 'Reason' })).not.toBeInTheDocument();
    const [report] = recordedWrites(fetchMock);
    expect(report.url.pathname).toBe(ApiRoutes.reports);
    expect(report.body).toEqual({ targetKind: 'post', targetId: spam.id, reason: 'Advertising.' });

    const answerPost = within(section).getByRole('article', { name: 'Answer from Ayşe Yılmaz' });
    await user.click(within(answerPost).getByRole('button', { name: 'Report' }));
    await user.type(within(answerPost).getByRole('textbox', { name: 'Reason' }), 'Again.');
    await user.click(within(answerPost).getByRole('button', { name: 'Send report' }));
    expect(await within(answerPost).findByText('You have already reported this.')).toBeInTheDocument();
    expect(recordedWrites(fetchMock)[1].body).toMatchObject({ targetKind: 'post', targetId: answer.id });
  });

  it('shows moderators hidden posts dimmed and marked, and lets them hide and show again', async () => {
    const caseStudy = buildCaseStudyDetail();
    const hiddenAnswer = buildAnswer({ body: 'Rude words.', hidden: true });
    let question = buildQuestion({ caseStudyId: caseStudy.id, answers: [hiddenAnswer] });
    const fetchMock = serveQuestions(
      caseStudy,
      () => [question],
      (request) => {
        if (request.url.pathname === ApiRoutes.postVisibility(question.id)) {
          question = { ...question, hidden: (request.body as { hidden: boolean }).hidden };
        }
        return { status: 204 };
      },
    );
    const { user } = renderApp(`/case-studies/${caseStudy.id}`, { session: buildSessionInfo({ role: 'moderator', municipality: null }) });

    const section = await questionsSection();
    await within(section).findByRole('list', { name: 'Questions, newest first' });
    const [thread] = threads(section);
    const answer = within(section).getByRole('article', { name: 'Answer from Ayşe Yılmaz' });
    expect(within(answer).getByText('Hidden')).toBeInTheDocument();
    expect(within(answer).getByRole('button', { name: 'Show again' })).toBeInTheDocument();
    // Moderators act on a post themselves rather than report it.
    expect(within(section).queryByRole('button', { name: 'Report' })).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Answer' })).not.toBeInTheDocument();

    expect(within(thread).queryByText('Hidden')).not.toBeInTheDocument();
    await user.click(within(thread).getByRole('button', { name: 'Hide' }));

    const hiddenQuestion = await waitFor(() => {
      const [reloaded] = threads(section);
      expect(within(reloaded).getByText('Hidden')).toBeInTheDocument();
      return reloaded;
    });
    expect(within(hiddenQuestion).getByRole('button', { name: 'Show again' })).toBeInTheDocument();
    const [write] = recordedWrites(fetchMock);
    expect(write.url.pathname).toBe(ApiRoutes.postVisibility(question.id));
    expect(write.body).toEqual({ hidden: true });
  });

  it('scrolls to the questions when the address ends in #questions', async () => {
    const scrolled = jest.spyOn(Element.prototype, 'scrollIntoView');
    const caseStudy = buildCaseStudyDetail();
    serveQuestions(caseStudy, () => [buildQuestion({ caseStudyId: caseStudy.id })]);

    renderApp(`/case-studies/${caseStudy.id}#questions`);

    const section = await questionsSection();
    await waitFor(() => expect(scrolled.mock.contexts).toContain(section));
    scrolled.mockRestore();
  });

  it('is not there on the preview of a working copy', async () => {
    const session = buildSessionInfo();
    const caseStudy = buildDraftCaseStudy({ municipality: session.account.municipality });
    const fetchMock = serveQuestions(caseStudy, () => []);

    renderApp(`/case-studies/${caseStudy.id}`, { session });

    expect(await screen.findByText('Preview of the working copy')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Questions and answers' })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([input]) => String(input).endsWith('/questions'))).toBe(false);
  });
});
