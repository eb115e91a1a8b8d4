import { screen, within } from '@testing-library/react';
import { buildAuditEvent, buildPage, buildSessionInfo } from '../../../test/factories';
import { requestedUrls, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const admin = buildSessionInfo({ role: 'admin', municipality: null });

describe('AuditLogPage', () => {
  it('shows who changed what, and filters by the thing changed', async () => {
    const event = buildAuditEvent({ actor: { id: 'a', displayName: 'Elif Kaya' }, action: 'user.verified' });
    const caseStudy = buildAuditEvent({ actor: { id: 'b', displayName: 'Can Öz' }, action: 'case_study.request_changes', entityType: 'case_study', entityLabel: 'Kompost her okulda' });
    const gone = buildAuditEvent({ actor: { id: 'c', displayName: 'Ana Lima' }, action: 'municipality.deleted', entityType: 'municipality', entityLabel: null });
    const fetchMock = stubFetch(() => ({ body: buildPage([event, caseStudy, gone, buildAuditEvent({ actor: null, action: 'seed.ran' })]) }));
    const { user, currentLocation } = renderApp('/admin/audit', { session: admin });

    const row = await screen.findByRole('row', { name: /Elif Kaya/ });
    expect(within(row).getByText('Account verified')).toBeInTheDocument();
    expect(within(row).getByText(/pending → active/)).toBeInTheDocument();
    // An action this client does not know yet is shown as the API names it.
    expect(within(screen.getByRole('row', { name: /System/ })).getAllByText('seed.ran')).not.toHaveLength(0);

    // Things by their names, kinds and actions in the reader's language; a deleted thing says so.
    const reviewed = screen.getByRole('row', { name: /Can Öz/ });
    expect(within(reviewed).getByText('Changes requested')).toBeInTheDocument();
    expect(within(reviewed).getByRole('link', { name: 'Show the history of Kompost her okulda (Case studies)' })).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Ana Lima/ })).getByText('(no longer exists)')).toBeInTheDocument();

    await user.click(within(row).getByRole('link', { name: 'Show the history of Ayşe Demir (Accounts)' }));

    expect(currentLocation().search).toBe(`?entityType=user&entityId=${event.entityId}`);
    const lastUrl = requestedUrls(fetchMock).at(-1);
    expect(lastUrl?.searchParams.get('entityId')).toBe(event.entityId);
  });

  it('says so when nothing is recorded', async () => {
    stubFetch(() => ({ body: buildPage([]) }));

    renderApp('/admin/audit', { session: admin, language: 'tr' });

    expect(await screen.findByText('Eşleşen kayıt yok.')).toBeInTheDocument();
    expect(document.title).toBe('Denetim kaydı · Twinning Exchange');
  });
});
