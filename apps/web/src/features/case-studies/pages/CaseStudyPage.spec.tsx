import { screen, waitFor, within } from '@testing-library/react';
import { ApiRoutes, type CaseStudyDetail } from '@twinning/contracts';
import {
  buildCaseStudyContent,
  buildCaseStudyDetail,
  buildDraftCaseStudy,
  buildModerationDecision,
  buildMunicipalitySummary,
  buildNotificationList,
  buildSearchHit,
  buildSessionInfo,
} from '../../../test/factories';
import { recordedWrites, requestedUrls, stubFetch, type StubRequest, type StubResponse } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const cologne = buildMunicipalitySummary({ nameLocal: 'Köln', nameEn: 'Cologne', country: 'DE' });

function serveCaseStudy(detail: CaseStudyDetail, onWrite: (request: StubRequest) => StubResponse = () => ({ status: 500 })) {
  return stubFetch((url, request) => {
    if (request.method !== 'GET') return onWrite(request);
    if (url.pathname === ApiRoutes.caseStudy(detail.id)) return { body: detail };
    if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([]) };
    if (url.pathname === ApiRoutes.caseStudyQuestions(detail.id)) return { body: [] };
    return { status: 404, body: { code: 'not_found', message: 'Not here.' } };
  });
}

/** A published case study as a visitor gets it: the contact fields emptied by the API. */
function asVisitorSees(detail: CaseStudyDetail): CaseStudyDetail {
  if (!detail.published) return detail;
  return {
    ...detail,
    published: {
      ...detail.published,
      contactVisible: false,
      content: { ...detail.published.content, contactName: '', contactRole: '', contactEmail: '' },
    },
  };
}

describe('CaseStudyPage', () => {
  it('shows every section of the published case study, and asks a visitor to sign in for the contact', async () => {
    const published = buildCaseStudyDetail({ featured: true });
    if (published.published) published.published.partners = [cologne];
    const caseStudy = asVisitorSees(published);
    serveCaseStudy(caseStudy);

    renderApp(`/case-studies/${caseStudy.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Organic waste collection in the old town' })).toBeInTheDocument();
    expect(document.title).toBe('Organic waste collection in the old town · Twinning Exchange');
    const article = screen.getByRole('article');
    for (const townLink of within(article).getAllByRole('link', { name: 'Kadıköy' })) {
      expect(townLink).toHaveAttribute('href', `/towns/${caseStudy.municipality?.id}`);
    }
    expect(within(article).getAllByText('Success')).toHaveLength(2);

    const keyFacts = within(article).getByRole('complementary', { name: 'Key facts' });
    const fact = (term: string) => within(keyFacts).getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(fact('Town')).toHaveTextContent('Kadıköy');
    expect(fact('Population')).toHaveTextContent('250,000–1 million');
    expect(fact('Budget')).toHaveTextContent('€250,000');
    expect(fact('Duration')).toHaveTextContent('Mar 1, 2022 – Sep 30, 2023');
    expect(fact('Funding sources')).toHaveTextContent('EU programme');
    expect(fact('Sustainable Development Goals')).toHaveTextContent('SDG 11, SDG 12');
    expect(fact('SDG targets')).toHaveTextContent('11.6, 12.5');
    expect(fact('Outcome')).toHaveTextContent('Success');

    // The contents list links to each section, in order; a followed link lands on the section.
    const contents = within(article).getByRole('navigation', { name: 'Contents' });
    const entries = within(contents).getAllByRole('link');
    expect(entries.map((entry) => entry.textContent)).toEqual(['Story', 'Lessons', 'Transferability', 'Resources', 'Timeline', 'Partner towns', 'Contact']);
    for (const entry of entries) {
      const target = document.getElementById(entry.getAttribute('href')!.slice(1));
      expect(target).toHaveAccessibleName(entry.textContent!);
      expect(target).toHaveAttribute('tabindex', '-1');
    }
    expect(within(article).getByText('Featured')).toBeInTheDocument();
    expect(within(article).getByText('Written in English')).toBeInTheDocument();
    const sdgs = within(article).getByRole('list', { name: 'Sustainable Development Goals' });
    expect(sdgs).toHaveTextContent('SDG 11Sustainable cities and communities');
    expect(sdgs).toHaveTextContent('SDG 12Responsible consumption and production');
    expect(within(article).getByRole('list', { name: 'Themes' })).toHaveTextContent('Water and waste');
    // Each target leads to the stories that serve it.
    const targets = within(within(article).getByRole('list', { name: 'SDG targets' })).getAllByRole('link');
    expect(targets.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['11.6 · Reduce cities’ environmental impact: air quality and waste', '/search?sdg_target=11.6'],
      ['12.5 · Reduce waste through prevention, reduction, recycling and reuse', '/search?sdg_target=12.5'],
    ]);

    const story = screen.getByRole('region', { name: 'Story' });
    expect(within(story).getByRole('heading', { name: 'Context and problem' })).toBeInTheDocument();
    expect(within(story).getByText('organic', { selector: 'strong' })).toBeInTheDocument();
    const indicator = within(within(story).getByRole('table', { name: 'Indicators' })).getByRole('row', {
      name: /Organic waste collected/,
    });
    expect(indicator).toHaveTextContent('Organic waste collected0300340tonnes a month12.5 (UN indicator 12.5.1)');
    expect(screen.getByRole('region', { name: 'Lessons' })).toHaveTextContent('Door-to-door visits');
    expect(screen.queryByRole('region', { name: 'Failure analysis' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Transferability' })).toHaveTextContent('A composting site within 20 km.');
    const resources = screen.getByRole('region', { name: 'Resources' });
    expect(resources).toHaveTextContent('€250,000');
    expect(resources).toHaveTextContent('EU programme: IPA II – Town Twinning');
    expect(resources).toHaveTextContent('20% paid by the municipality itself');
    expect(resources).toHaveTextContent('Three people for eighteen months.');
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(timeline).toHaveTextContent('Mar 1, 2022');
    expect(timeline).toHaveTextContent('Sep 30, 2023');
    expect(within(screen.getByRole('region', { name: 'Partner towns' })).getByRole('link', { name: 'Köln' })).toHaveAttribute(
      'href',
      `/towns/${cologne.id}`,
    );

    const contact = screen.getByRole('region', { name: 'Contact' });
    expect(within(contact).getByRole('link', { name: 'Sign in to see the contact' })).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent(`/case-studies/${caseStudy.id}`)}`,
    );
    expect(contact).not.toHaveTextContent('@');
    // Visitors see no status, no decision and no buttons.
    expect(screen.queryByRole('complementary', { name: 'Status and actions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('shows the contact to a signed-in member', async () => {
    const caseStudy = buildCaseStudyDetail();
    serveCaseStudy(caseStudy);

    renderApp(`/case-studies/${caseStudy.id}`, { session: buildSessionInfo({ municipality: cologne }) });

    const contact = await screen.findByRole('region', { name: 'Contact' });
    expect(contact).toHaveTextContent('Ayşe Yılmaz');
    expect(contact).toHaveTextContent('Head of the Environment Directorate');
    expect(within(contact).getByRole('link', { name: 'ayse.yilmaz@kadikoy.bel.tr' })).toHaveAttribute(
      'href',
      'mailto:ayse.yilmaz@kadikoy.bel.tr',
    );
  });

  it('names only the kind and country of a town that published anonymously, with the failure analysis', async () => {
    const content = buildCaseStudyContent({
      title: 'A bike-sharing scheme that stalled',
      outcome: 'failure',
      failureCauses: [
        { cause: 'funding', note: 'The operator went bankrupt after the grant ended.' },
        { cause: 'political_change', note: 'The new council cut the budget.' },
      ],
      failureStage: 'operation',
      salvaged: 'The **docking stations** now hold e-scooters.',
      contactName: '',
      contactRole: '',
      contactEmail: '',
    });
    const caseStudy = buildCaseStudyDetail({
      municipality: null,
      anonymousOrigin: { kind: 'district', country: 'TR' },
      publishAnonymously: true,
    });
    if (caseStudy.published) caseStudy.published = { ...caseStudy.published, content, contactVisible: false };
    serveCaseStudy(caseStudy);

    renderApp(`/case-studies/${caseStudy.id}`, { session: buildSessionInfo({ municipality: cologne }) });

    const article = await screen.findByRole('article');
    expect(within(article).getAllByText('A district municipality in Türkiye')).toHaveLength(2);
    expect(within(article).queryByRole('link', { name: /Kadıköy/ })).not.toBeInTheDocument();
    expect(within(article).getAllByText('Failure')).toHaveLength(2);
    // The key facts give the generalised origin only: no town, no population band that could narrow it down.
    const keyFacts = within(article).getByRole('complementary', { name: 'Key facts' });
    expect(within(keyFacts).getByText('Origin', { selector: 'dt' }).nextElementSibling).toHaveTextContent('A district municipality in Türkiye');
    expect(within(keyFacts).queryByText('Population', { selector: 'dt' })).not.toBeInTheDocument();
    expect(keyFacts).toHaveTextContent('Published without naming its town.');
    expect(within(article).getByRole('navigation', { name: 'Contents' })).toHaveTextContent('Failure analysis');
    const analysis = screen.getByRole('region', { name: 'Failure analysis' });
    const causes = within(analysis).getAllByRole('listitem');
    expect(causes.map((cause) => cause.textContent)).toEqual([
      'FundingThe operator went bankrupt after the grant ended.',
      'Political changeThe new council cut the budget.',
    ]);
    expect(analysis).toHaveTextContent('Operation after launch');
    expect(within(analysis).getByText('docking stations', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Contact' })).toHaveTextContent(
      'The contact is not shown: this story is published without naming its town.',
    );
  });

  it('shows its own staff the working copy, the status, the moderator’s rubric and an Edit button', async () => {
    const session = buildSessionInfo();
    const caseStudy = buildDraftCaseStudy({
      status: 'changes_requested',
      municipality: session.account.municipality,
      latestDecision: buildModerationDecision({
        decision: 'request_changes',
        comment: 'A strong practice; a few gaps.',
        sectionComments: { story: 'Add the baseline of the indicator.' },
      }),
    });
    serveCaseStudy(caseStudy);

    const { user, currentLocation } = renderApp(`/case-studies/${caseStudy.id}`, { session });

    const panel = await screen.findByRole('complementary', { name: 'Status and actions' });
    expect(panel).toHaveTextContent('Changes requested');
    expect(panel).toHaveTextContent('A moderator asked for changes. Edit it, then submit it again.');
    expect(panel).toHaveTextContent('A strong practice; a few gaps.');
    expect(panel).toHaveTextContent('StoryAdd the baseline of the indicator.');
    expect(panel).toHaveTextContent('Elif Kaya');
    expect(within(panel).getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Revision history' })).toHaveAttribute(
      'href',
      `/case-studies/${caseStudy.id}/revisions`,
    );
    expect(screen.getByText('Preview of the working copy')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Organic waste collection in the old town' })).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Edit' }));
    expect(currentLocation().pathname).toBe(`/case-studies/${caseStudy.id}/edit`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit case study' })).toBeInTheDocument();
  });

  it('lets a moderator feature a published case study', async () => {
    const caseStudy = buildCaseStudyDetail({
      draft: { content: buildCaseStudyContent(), publishAnonymously: false, version: 2, updatedAt: '2025-04-12T09:00:00.000Z' },
    });
    const fetchMock = serveCaseStudy(caseStudy, () => ({ body: { ...caseStudy, featured: true } }));
    const moderator = buildSessionInfo({ role: 'moderator', municipality: null });
    const { user } = renderApp(`/case-studies/${caseStudy.id}`, { session: moderator });

    await user.click(await screen.findByRole('button', { name: 'Feature' }));

    expect(await screen.findByText('The case study is now featured.')).toBeInTheDocument();
    const [feature] = recordedWrites(fetchMock);
    expect(feature.url.pathname).toBe(ApiRoutes.featureCaseStudy(caseStudy.id));
    expect(feature.body).toEqual({ featured: true });
    expect(feature.headers['x-csrf-token']).toBe(moderator.csrfToken);
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('names the practice a written-up adaptation came from, and links to the adaptation', async () => {
    const original = { id: '6f1c2b8e-3d4a-4c5b-9e7f-0a1b2c3d4e5f', title: 'Protected bike lanes on the Nilüfer corridor' };
    const adaptationId = '0b7d6c5e-4f3a-4b2c-8d1e-9f8a7b6c5d4e';
    const caseStudy = buildCaseStudyDetail({ municipality: cologne, adaptedFrom: { adaptationId, caseStudy: original } });
    serveCaseStudy(caseStudy);

    renderApp(`/case-studies/${caseStudy.id}`);

    const article = await screen.findByRole('article');
    const origin = within(article).getByText(/^Adapted from/);
    expect(origin).toHaveTextContent('Adapted from Protected bike lanes on the Nilüfer corridor — see the adaptation');
    expect(within(origin).getByRole('link', { name: original.title })).toHaveAttribute('href', `/case-studies/${original.id}`);
    expect(within(origin).getByRole('link', { name: 'the adaptation' })).toHaveAttribute('href', `/adaptations/${adaptationId}`);
  });

  it('says only that it was adapted when the original is no longer public', async () => {
    const adaptationId = '0b7d6c5e-4f3a-4b2c-8d1e-9f8a7b6c5d4e';
    const caseStudy = buildCaseStudyDetail({ adaptedFrom: { adaptationId, caseStudy: null } });
    serveCaseStudy(caseStudy);

    renderApp(`/case-studies/${caseStudy.id}`);

    const origin = await screen.findByText(/^Adapted from a practice that is no longer public/);
    expect(within(origin).getAllByRole('link')).toHaveLength(1);
    expect(within(origin).getByRole('link', { name: 'the adaptation' })).toHaveAttribute('href', `/adaptations/${adaptationId}`);
  });

  it('says so for a case study the viewer may not see', async () => {
    stubFetch(() => ({ status: 404, body: { code: 'case_study_not_found', message: 'No such case study.' } }));

    renderApp('/case-studies/6f1c2b8e-3d4a-4c5b-9e7f-0a1b2c3d4e5f', { language: 'tr' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Vaka çalışması bulunamadı' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Vaka çalışması bulunamadı · Twinning Exchange'));
  });
  describe('similar practices', () => {
    function serveWithSimilar(detail: CaseStudyDetail, similar: () => Promise<StubResponse> | StubResponse) {
      return stubFetch((url) => {
        if (url.pathname === ApiRoutes.caseStudy(detail.id)) return { body: detail };
        if (url.pathname === ApiRoutes.similarCaseStudies(detail.id)) return similar();
        return { status: 404, body: { code: 'not_found', message: 'Not here.' } };
      });
    }

    it('lists them under the case study, each card linking to its page', async () => {
      const caseStudy = buildCaseStudyDetail();
      const stalled = buildSearchHit({
        title: 'A bike-sharing scheme that stalled',
        outcome: 'failure',
        municipality: null,
        anonymousOrigin: { kind: 'town', country: 'DE' },
      });
      const composting = buildSearchHit({ title: 'Composting in school gardens', featured: true });
      serveWithSimilar(caseStudy, () => ({ body: [stalled, composting] }));

      renderApp(`/case-studies/${caseStudy.id}`);

      const section = await screen.findByRole('region', { name: 'Similar practices' });
      const cards = within(section).getAllByRole('listitem').filter((item) => item.parentElement?.closest('li') === null);
      expect(cards).toHaveLength(2);
      expect(within(section).getByRole('link', { name: 'A bike-sharing scheme that stalled' })).toHaveAttribute(
        'href',
        `/case-studies/${stalled.id}`,
      );
      expect(within(section).getByRole('heading', { level: 3, name: 'Composting in school gardens' })).toBeInTheDocument();
      expect(cards[0]).toHaveTextContent('A town in Germany');
      expect(cards[0]).toHaveTextContent('Failure');
      expect(cards[1]).toHaveTextContent('Featured');
    });

    it('does not hold up the case study while they load, and shows nothing when there are none', async () => {
      const caseStudy = buildCaseStudyDetail();
      let answerSimilar: (response: StubResponse) => void = () => undefined;
      const fetchMock = serveWithSimilar(caseStudy, () => new Promise<StubResponse>((resolve) => (answerSimilar = resolve)));

      renderApp(`/case-studies/${caseStudy.id}`);

      expect(await screen.findByRole('heading', { level: 1, name: 'Organic waste collection in the old town' })).toBeInTheDocument();
      expect(screen.getByText('Loading similar practices…')).toBeInTheDocument();
      await waitFor(() =>
        expect(requestedUrls(fetchMock).some((url) => url.pathname === ApiRoutes.similarCaseStudies(caseStudy.id))).toBe(true),
      );

      answerSimilar({ body: [] });

      await waitFor(() => expect(screen.queryByText('Loading similar practices…')).not.toBeInTheDocument());
      expect(screen.queryByRole('region', { name: 'Similar practices' })).not.toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Similar practices' })).not.toBeInTheDocument();
    });

    it('asks for none on the preview of a working copy', async () => {
      const draft = buildDraftCaseStudy();
      const fetchMock = serveWithSimilar(draft, () => ({ body: [buildSearchHit()] }));

      renderApp(`/case-studies/${draft.id}`, { session: buildSessionInfo({ municipality: draft.municipality }) });

      expect(await screen.findByText('Preview of the working copy')).toBeInTheDocument();
      expect(requestedUrls(fetchMock).some((url) => url.pathname === ApiRoutes.similarCaseStudies(draft.id))).toBe(false);
      expect(screen.queryByRole('region', { name: 'Similar practices' })).not.toBeInTheDocument();
    });
  });
});
