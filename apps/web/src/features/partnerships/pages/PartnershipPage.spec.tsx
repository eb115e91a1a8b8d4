import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiRoutes } from '@twinning/contracts';
import { buildAdaptationSummary, buildApiErrorBody, buildMunicipalitySummary, buildPartnershipActivity, buildPartnershipDetail, buildSessionInfo } from '../../../test/factories';
import { stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const bursa = buildMunicipalitySummary({ nameLocal: 'Bursa', nameEn: 'Bursa', country: 'TR' });
const darmstadt = buildMunicipalitySummary({ nameLocal: 'Darmstadt', nameEn: 'Darmstadt', country: 'DE' });
const jointProject = buildPartnershipActivity({
  kind: 'joint_project',
  title: 'Ortak güneş projesi',
  titleVariants: { en: 'Joint solar project' },
  funding: { programme: { id: 'p-1', name: 'CERV – Town-Twinning' }, amount: 120000, currency: 'EUR' },
  caseStudies: [{ id: 'cs-1', title: 'Solar roofs on schools' }],
});
const page = buildPartnershipDetail({
  kind: 'project',
  municipalities: [bursa, darmstadt],
  sinceYear: 2026,
  fundingProgramme: { id: 'p-1', name: 'CERV – Town-Twinning' },
  fundingCall: { id: 'call-1', title: 'CERV-2027-CITIZENS-TOWN-TT', closesOn: '2027-03-15' },
  agreement: { signedOn: '2026-03-02', url: 'https://example.org/agreement.pdf', text: 'Joint work on *flood warnings*.' },
  activities: [jointProject],
  travelledPractices: [buildAdaptationSummary({ id: 'ad-1', municipality: darmstadt, caseStudy: { id: 'cs-1', title: 'Solar roofs on schools' } })],
});

describe('PartnershipPage', () => {
  it('shows the partnership, its call and agreement, its activities in the reader’s language and the practices that travelled', async () => {
    stubFetch((url) => (url.pathname === ApiRoutes.partnership(page.id) ? { body: page } : { status: 404, body: buildApiErrorBody({ code: 'not_found' }) }));
    renderApp(`/partnerships/${page.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bursa – Darmstadt' })).toBeInTheDocument();
    expect(screen.getByText('Project partnership')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CERV-2027-CITIZENS-TOWN-TT' })).toHaveAttribute('href', '/funding/programmes/p-1');
    expect(screen.getByText('flood warnings').tagName).toBe('EM');
    const activities = screen.getByRole('region', { name: 'What the towns did together' });
    expect(within(activities).getByRole('heading', { name: 'Joint solar project' })).toBeInTheDocument();
    expect(within(activities).getByText(/120,000 EUR/)).toBeInTheDocument();
    expect(within(activities).queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();
    const practices = screen.getByRole('region', { name: 'Practices that travelled between the two towns' });
    expect(within(practices).getByRole('link', { name: 'Solar roofs on schools' })).toHaveAttribute('href', '/case-studies/cs-1');
    expect(screen.getByRole('link', { name: 'Sign in to see who to contact in the two towns.' })).toBeInTheDocument();
  });

  it('lets staff of the two towns add an activity, sending what they typed', async () => {
    const posted: unknown[] = [];
    stubFetch((url, request) => {
      if (url.pathname === ApiRoutes.partnershipActivities(page.id) && request.method === 'POST') {
        posted.push(request.body);
        return { status: 201, body: buildPartnershipActivity() };
      }
      if (url.pathname === ApiRoutes.partnership(page.id)) return { body: { ...page, canEditActivities: true, contacts: [] } };
      return { status: 404, body: buildApiErrorBody({ code: 'not_found' }) };
    });
    renderApp(`/partnerships/${page.id}`, { session: buildSessionInfo({ role: 'staff', municipality: bursa }), language: 'tr' });
    await userEvent.click(await screen.findByRole('button', { name: 'Etkinlik ekle' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Başlık' }), 'Personel değişimi: atık yönetimi');
    await userEvent.type(within(dialog).getByLabelText(/Başlangıç/), '2026-05-04');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Görevleri' }), 'atık sorumlusu, mühendis');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Etkinliği ekle' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({ kind: 'study_visit', title: 'Personel değişimi: atık yönetimi', startsOn: '2026-05-04', endsOn: null, participantRoles: ['atık sorumlusu', 'mühendis'], isPublic: true, fundingAmount: null });
  });

  it('says so when the partnership does not exist', async () => {
    stubFetch(() => ({ status: 404, body: buildApiErrorBody({ code: 'partnership_not_found' }) }));
    renderApp('/partnerships/a1b2c3d4-0000-4000-8000-000000000404', { language: 'de' });
    expect(await screen.findByRole('heading', { name: 'Partnerschaft nicht gefunden' })).toBeInTheDocument();
  });
});
