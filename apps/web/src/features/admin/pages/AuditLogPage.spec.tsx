import { screen, within } from '@testing-library/react';
import { buildAuditEvent, buildPage, buildSessionInfo } from '../../../test/factories';
import { requestedUrls, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

const admin = buildSessionInfo({ role: 'admin', municipality: null });

describe('AuditLogPage', () => {
  it('shows who changed what, and filters by the thing changed', async () => {
    const event = buildAuditEvent({ actor: { id: 'a', displayName: 'Elif Kaya' }, action: 'user.verified' });
    const fetchMock = stubFetch(() => ({ body: buildPage([event, buildAuditEvent({ actor: null, action: 'seed.ran' })]) }));
    const { user, currentLocation } = renderApp('/admin/audit', { session: admin });

    const row = await screen.findByRole('row', { name: /Elif Kaya/ });
    expect(within(row).getByText('Account verified')).toBeInTheDocument();
    expect(within(row).getByText(/pending → active/)).toBeInTheDocument();
    // An action this client does not know yet is shown as the API names it.
    expect(within(screen.getByRole('row', { name: /System/ })).getAllByText('seed.ran')).not.toHaveLength(0);

    await user.click(within(row).getByRole('link', { name: `Show the history of user ${event.entityId}` }));

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
