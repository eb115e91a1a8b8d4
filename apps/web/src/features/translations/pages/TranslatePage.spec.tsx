import { screen } from '@testing-library/react';
import { ApiRoutes, type CaseStudyDetail, type SubmitTranslationRequest } from '@twinning/contracts';
import { buildCaseStudyContent, buildCaseStudyDetail, buildMunicipalitySummary, buildNotificationList, buildSessionInfo } from '../../../test/factories';
import { recordedWrites, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const darmstadtStaff = buildSessionInfo({ municipality: buildMunicipalitySummary({ nameLocal: 'Darmstadt', country: 'DE' }) });

function turkishPractice(overrides: Partial<CaseStudyDetail> = {}): CaseStudyDetail {
  const detail = buildCaseStudyDetail({ mayTranslate: true, ...overrides });
  detail.published = {
    ...detail.published!,
    content: buildCaseStudyContent({ title: 'Eski şehirde organik atık toplama', language: 'tr' }),
    versions: [{ language: 'tr', original: true, outdatedSections: [] }],
  };
  return detail;
}

function serve(detail: CaseStudyDetail) {
  return stubFetch((url, request) => {
    if (request.method === 'POST') return { status: 201, body: {} };
    if (url.pathname === ApiRoutes.caseStudy(detail.id)) return { body: detail };
    if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([]) };
    return { body: [] };
  });
}

describe('TranslatePage', () => {
  it('puts each text of the original beside a box for its translation, wants every one, and sends them for review', async () => {
    const detail = turkishPractice();
    const fetchMock = serve(detail);
    const { user, currentLocation } = renderApp(`/case-studies/${detail.id}/translate?lang=de`, { session: darmstadtStaff });

    expect(await screen.findByRole('heading', { level: 1, name: 'Translate a case study' })).toBeInTheDocument();
    expect(screen.getByText('Eski şehirde organik atık toplama')).toHaveAttribute('lang', 'tr');
    const title = screen.getByRole('textbox', { name: 'Title in German' });
    expect(title).toHaveAttribute('lang', 'de');
    // The original has no "what was salvaged": nothing to translate there.
    expect(screen.queryByRole('textbox', { name: /What was salvaged/ })).not.toBeInTheDocument();
    // An indicator's name and unit are texts to translate too.
    expect(screen.getByText('Organic waste collected')).toHaveAttribute('lang', 'tr');
    const indicatorName = screen.getByRole('textbox', { name: 'Indicator 1: Name in German' });

    await user.click(screen.getByRole('button', { name: 'Send for review' }));
    // Twelve texts, and the indicator's name and unit.
    expect(screen.getAllByText('Translate this text: the original has it.')).toHaveLength(14);
    expect(recordedWrites(fetchMock)).toEqual([]);

    for (const box of screen.getAllByRole('textbox').filter((element) => element.getAttribute('lang') === 'de')) {
      await user.click(box);
      await user.paste(box === title ? 'Getrennte Sammlung von Bioabfall' : box === indicatorName ? 'Gesammelter Bioabfall' : 'Übersetzt.');
    }
    await user.click(screen.getByRole('button', { name: 'Send for review' }));

    expect(await screen.findByText('Your translation into German was sent to the moderators.')).toBeInTheDocument();
    expect(currentLocation().pathname).toBe(`/case-studies/${detail.id}`);
    const [sent] = recordedWrites(fetchMock);
    expect(sent.url.pathname).toBe(ApiRoutes.caseStudyTranslations(detail.id));
    const body = sent.body as SubmitTranslationRequest;
    expect(body.language).toBe('de');
    expect(body.texts).toMatchObject({ title: 'Getrennte Sammlung von Bioabfall', results: 'Übersetzt.', salvaged: '', 'indicators[0].name': 'Gesammelter Bioabfall', 'indicators[0].unit': 'Übersetzt.' });
  });

  it('shows the original’s long texts as Markdown rendered, and says the translation is Markdown too', async () => {
    const detail = turkishPractice();
    detail.published!.content.results = 'Atık **yarı yarıya** azaldı.\n\n- Bir mahalle\n- İki okul';
    serve(detail);
    renderApp(`/case-studies/${detail.id}/translate?lang=de`, { session: darmstadtStaff });

    const strong = await screen.findByText('yarı yarıya');
    expect(strong.tagName).toBe('STRONG');
    expect(strong.closest('[lang]')).toHaveAttribute('lang', 'tr');
    expect(screen.getByText('İki okul').tagName).toBe('LI');
    expect(screen.getByRole('textbox', { name: 'Results in German' })).toHaveAccessibleDescription(/^Markdown, like the original/);
    expect(screen.getByRole('textbox', { name: 'Title in German' })).not.toHaveAccessibleDescription(/Markdown/);
  });

  it('says who may translate when the town is no twin of the case study’s', async () => {
    const detail = turkishPractice({ mayTranslate: false });
    serve(detail);
    renderApp(`/case-studies/${detail.id}/translate?lang=de`, { session: darmstadtStaff });
    expect(await screen.findByRole('heading', { name: 'You cannot translate this case study' })).toBeInTheDocument();
  });
});
