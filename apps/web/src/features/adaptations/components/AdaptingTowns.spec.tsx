import { screen, within } from '@testing-library/react';
import { ApiRoutes, type AdaptationSummary, type CaseStudyDetail } from '@twinning/contracts';
import {
  buildAdaptationSummary,
  buildCaseStudyDetail,
  buildMunicipalitySummary,
  buildNotificationList,
  buildSessionInfo,
  nextId,
} from '../../../test/factories';
import { stubFetch, type StubResponse } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const cologne = buildMunicipalitySummary({ nameLocal: 'Köln', nameEn: 'Cologne', country: 'DE' });
const izmir = buildMunicipalitySummary({ nameLocal: 'İzmir', nameEn: 'Izmir', country: 'TR' });

function serveCaseStudy(detail: CaseStudyDetail, adaptations: () => StubResponse) {
  return stubFetch((url) => {
    if (url.pathname === ApiRoutes.caseStudy(detail.id)) return { body: detail };
    if (url.pathname === ApiRoutes.caseStudyAdaptations(detail.id)) return adaptations();
    if (url.pathname === ApiRoutes.similarCaseStudies(detail.id)) return { body: [] };
    if (url.pathname === ApiRoutes.caseStudyQuestions(detail.id)) return { body: [] };
    if (url.pathname === ApiRoutes.notifications) return { body: buildNotificationList([]) };
    return { status: 404, body: { code: 'not_found', message: 'Not here.' } };
  });
}

function travelledSection() {
  return screen.findByRole('region', { name: 'How this practice travelled' });
}

describe('AdaptingTowns on the case study page', () => {
  it('lists the towns adapting the practice, with their status, the reason for stopping and their adaptation', async () => {
    const caseStudy = buildCaseStudyDetail();
    const piloting: AdaptationSummary = buildAdaptationSummary({ municipality: cologne, status: 'piloting' });
    const stopped = buildAdaptationSummary({
      municipality: izmir,
      status: 'discontinued',
      discontinuedReason: 'The council cut the budget.',
    });
    serveCaseStudy(caseStudy, () => ({ body: [piloting, stopped] }));

    renderApp(`/case-studies/${caseStudy.id}`);

    const section = await travelledSection();
    expect(within(section).getByRole('heading', { level: 2, name: 'How this practice travelled' })).toBeInTheDocument();
    const rows = await within(section).findAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByRole('link', { name: 'Köln' })).toHaveAttribute('href', `/towns/${cologne.id}`);
    expect(rows[0]).toHaveTextContent('Piloting');
    expect(within(rows[0]).getByRole('link', { name: 'View adaptation' })).toHaveAttribute('href', `/adaptations/${piloting.id}`);
    expect(rows[1]).toHaveTextContent('Discontinued');
    expect(rows[1]).toHaveTextContent('Reason: The council cut the budget.');
    expect(within(rows[1]).getByRole('link', { name: 'View adaptation' })).toHaveAttribute('href', `/adaptations/${stopped.id}`);
    // Visitors may read, not adapt.
    expect(screen.queryByRole('button', { name: 'Adapt this practice' })).not.toBeInTheDocument();
  });

  it('links to the case study a town wrote up from its adaptation, once it is published', async () => {
    const caseStudy = buildCaseStudyDetail();
    const writtenUp = buildAdaptationSummary({ municipality: cologne, status: 'implemented', writeUp: { caseStudyId: nextId(), status: 'published' } });
    const drafting = buildAdaptationSummary({ municipality: izmir, status: 'implemented', writeUp: { caseStudyId: nextId(), status: 'draft' } });
    serveCaseStudy(caseStudy, () => ({ body: [writtenUp, drafting] }));

    renderApp(`/case-studies/${caseStudy.id}`);

    const rows = await within(await travelledSection()).findAllByRole('listitem');
    expect(within(rows[0]).getByRole('link', { name: 'Read their case study' })).toHaveAttribute(
      'href',
      `/case-studies/${writtenUp.writeUp?.caseStudyId}`,
    );
    expect(within(rows[1]).queryByRole('link', { name: 'Read their case study' })).not.toBeInTheDocument();
  });

  it('says when no town has adapted it yet, and offers staff of another town to adapt it', async () => {
    const caseStudy = buildCaseStudyDetail();
    serveCaseStudy(caseStudy, () => ({ body: [] }));

    const { user, currentLocation } = renderApp(`/case-studies/${caseStudy.id}`, {
      session: buildSessionInfo({ municipality: cologne }),
    });

    const section = await travelledSection();
    expect(await within(section).findByText('No town has adapted this practice yet.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Adapt this practice' }));
    expect(currentLocation().pathname).toBe(`/case-studies/${caseStudy.id}/adapt`);
  });

  it('sends staff of a town that adapts the practice already to its adaptation instead of offering a second one', async () => {
    const caseStudy = buildCaseStudyDetail();
    const ours = buildAdaptationSummary({ municipality: cologne, status: 'planning' });
    serveCaseStudy(caseStudy, () => ({ body: [ours] }));

    renderApp(`/case-studies/${caseStudy.id}`, { session: buildSessionInfo({ municipality: cologne }) });

    const section = await travelledSection();
    expect(await within(section).findByRole('link', { name: 'Your town adapts this: open its adaptation' })).toHaveAttribute(
      'href',
      `/adaptations/${ours.id}`,
    );
    expect(within(section).queryByRole('button', { name: 'Adapt this practice' })).not.toBeInTheDocument();
  });

  it('offers no adapting to the staff of the town whose practice it is, nor to moderators', async () => {
    const session = buildSessionInfo();
    const caseStudy = buildCaseStudyDetail({ municipality: session.account.municipality });
    serveCaseStudy(caseStudy, () => ({ body: [] }));

    const { unmount } = renderApp(`/case-studies/${caseStudy.id}`, { session });
    expect(await within(await travelledSection()).findByText('No town has adapted this practice yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Adapt this practice' })).not.toBeInTheDocument();
    unmount();

    renderApp(`/case-studies/${caseStudy.id}`, { session: buildSessionInfo({ role: 'moderator', municipality: null }) });
    expect(await within(await travelledSection()).findByText('No town has adapted this practice yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Adapt this practice' })).not.toBeInTheDocument();
  });

  it('says so, in Turkish too, when the list cannot be loaded, and lets the reader try again', async () => {
    const caseStudy = buildCaseStudyDetail();
    let failing = true;
    serveCaseStudy(caseStudy, () => (failing ? { status: 500, body: { code: 'internal', message: 'Boom.' } } : { body: [] }));

    const { user } = renderApp(`/case-studies/${caseStudy.id}`, { language: 'tr' });

    const section = await screen.findByRole('region', { name: 'Bu uygulama nerelere taşındı' });
    expect(await within(section).findByRole('alert')).toHaveTextContent('Bu uygulamayı uyarlayan belediyeler yüklenemedi.');
    failing = false;
    await user.click(within(section).getByRole('button', { name: 'Tekrar dene' }));
    expect(await within(section).findByText('Henüz hiçbir belediye bu uygulamayı uyarlamadı.')).toBeInTheDocument();
  });
});
