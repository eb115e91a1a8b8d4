import { screen, within } from '@testing-library/react';
import { ApiRoutes, type TranslationDecisionRequest, type TranslationRevision } from '@twinning/contracts';
import { buildMunicipalitySummary, buildNotificationList, buildPage, buildSessionInfo } from '../../../test/factories';
import { recordedWrites, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const moderator = buildSessionInfo({ role: 'moderator', municipality: null });
const texts = (prefix: string) => ({
  title: `${prefix} title`,
  summary: `${prefix} summary`,
  context: `${prefix} context`,
  whatWasDone: `${prefix} what was done`,
  results: `${prefix} results`,
  whatWorked: `${prefix} what worked`,
  whatDidNotWork: `${prefix} what did not work`,
  whatWeWouldDoDifferently: `${prefix} differently`,
  salvaged: '',
  preconditions: `${prefix} preconditions`,
  tipsForAdopters: `${prefix} tips`,
  afterFunding: '',
  staffAndTime: `${prefix} staff`,
});
const revision: TranslationRevision = {
  id: '0b6f1c9e-5d55-4d1e-9a43-2f1d6c0e7a11',
  translationId: '3a4f1c9e-5d55-4d1e-9a43-2f1d6c0e7a12',
  caseStudyId: '5c6f1c9e-5d55-4d1e-9a43-2f1d6c0e7a13',
  number: 1,
  language: 'de',
  originalLanguage: 'tr',
  status: 'submitted',
  texts: { ...texts('Deutsch'), 'indicators[0].name': 'Tägliche Fahrten' },
  originalTexts: { ...texts('Türkçe'), 'indicators[0].name': 'Günlük yolculuk' },
  translator: buildMunicipalitySummary({ nameLocal: 'Darmstadt', country: 'DE' }),
  submittedBy: { id: 'u1', displayName: 'Jonas Weber' },
  submittedAt: '2025-05-01T09:00:00.000Z',
  decisionComment: '',
  decidedAt: null,
  anonymous: false,
  identifyingTerms: [],
};

function serve(shown: TranslationRevision = revision) {
  return stubFetch((url, request) => {
    if (request.method === 'POST') return { body: { ...shown, status: (request.body as TranslationDecisionRequest).decision === 'approve' ? 'approved' : 'rejected' } };
    if (url.pathname === ApiRoutes.translationRevision(shown.id)) return { body: shown };
    if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([]) };
    return { body: buildPage([]) };
  });
}

describe('TranslationReviewPage', () => {
  it('shows each text of the original beside its translation, wants a reason to reject, and sends the decision', async () => {
    const fetchMock = serve();
    const { user, currentLocation } = renderApp(`/moderation/translations/${revision.id}`, { session: moderator });

    expect(await screen.findByRole('heading', { level: 1, name: 'Translation of “Türkçe title”' })).toBeInTheDocument();
    expect(screen.getByText(/From Turkish into German, by Darmstadt/)).toBeInTheDocument();
    const results = screen.getByRole('region', { name: 'Results' });
    expect(within(results).getByText('Türkçe results').closest('[lang]')).toHaveAttribute('lang', 'tr');
    expect(within(results).getByText('Deutsch results').closest('[lang]')).toHaveAttribute('lang', 'de');
    const indicator = screen.getByRole('region', { name: 'Indicator 1: Name' });
    expect(within(indicator).getByText('Günlük yolculuk')).toHaveAttribute('lang', 'tr');
    expect(within(indicator).getByText('Tägliche Fahrten')).toHaveAttribute('lang', 'de');
    // Texts the original leaves empty have nothing to compare.
    expect(screen.queryByRole('region', { name: 'What was salvaged' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /^Reject/ }));
    await user.click(screen.getByRole('button', { name: 'Send decision' }));
    expect(screen.getByText('Give the reason for rejecting it.')).toBeInTheDocument();
    expect(recordedWrites(fetchMock)).toEqual([]);

    await user.click(screen.getByRole('radio', { name: /^Approve/ }));
    await user.click(screen.getByRole('button', { name: 'Send decision' }));

    expect(await screen.findByText('The translation of “Türkçe title” is approved and published.')).toBeInTheDocument();
    expect(currentLocation().pathname).toBe('/moderation');
    const [decision] = recordedWrites(fetchMock);
    expect(decision.url.pathname).toBe(ApiRoutes.translationDecision(revision.id));
    expect(decision.body).toEqual<TranslationDecisionRequest>({ decision: 'approve', comment: '' });
  });

  it('shows the long texts of both as Markdown rendered, as readers will see them', async () => {
    serve({
      ...revision,
      originalTexts: { ...revision.originalTexts, results: 'Atık **yarı yarıya** azaldı.\n\n- Bir mahalle\n- İki okul' },
      texts: { ...revision.texts, results: 'Der Abfall sank **um die Hälfte**.\n\n- Ein Viertel\n- Zwei Schulen' },
    });
    renderApp(`/moderation/translations/${revision.id}`, { session: moderator });

    const results = await screen.findByRole('region', { name: 'Results' });
    expect(within(results).getByText('yarı yarıya').tagName).toBe('STRONG');
    expect(within(results).getByText('um die Hälfte').tagName).toBe('STRONG');
    expect(within(results).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Bir mahalle', 'İki okul', 'Ein Viertel', 'Zwei Schulen']);
    expect(within(results).queryByText(/\*\*/)).not.toBeInTheDocument();
    // A title is no Markdown: shown as typed.
    expect(screen.getByRole('region', { name: 'Title' })).toHaveTextContent('Türkçe title');
  });

  it('marks what in the translation of an anonymous case study could name its town, as the revision review does', async () => {
    serve({
      ...revision,
      anonymous: true,
      texts: { ...texts('Deutsch'), whatDidNotWork: 'Der Bürgermeister von Kadıköy war dagegen.' },
      identifyingTerms: [{ text: 'Kadıköy', kind: 'town', fields: ['whatDidNotWork'] }],
    });
    renderApp(`/moderation/translations/${revision.id}`, { session: moderator });

    const check = await screen.findByRole('alert', { name: 'This case study does not name its town' });
    expect(within(check).getByText('One thing in the text could name the town:')).toBeInTheDocument();
    const found = within(check).getByRole('list', { name: 'What could name the town' });
    expect(within(found).getByRole('listitem')).toHaveTextContent('Town');
    expect(within(found).getByRole('listitem')).toHaveTextContent('Lessons: What did not work: Der Bürgermeister von Kadıköy war dagegen.');
    expect(within(found).getByText('Kadıköy', { selector: 'mark' })).toBeInTheDocument();
  });

  it('says nothing was found in the translation of an anonymous case study, and shows no check for a named one', async () => {
    serve({ ...revision, anonymous: true });
    const { unmount } = renderApp(`/moderation/translations/${revision.id}`, { session: moderator });
    const check = await screen.findByRole('alert', { name: 'This case study does not name its town' });
    expect(within(check).getByText(/Nothing in the text matches/)).toBeInTheDocument();
    unmount();

    serve();
    renderApp(`/moderation/translations/${revision.id}`, { session: moderator });
    expect(await screen.findByRole('heading', { level: 1, name: 'Translation of “Türkçe title”' })).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: 'This case study does not name its town' })).not.toBeInTheDocument();
  });
});
