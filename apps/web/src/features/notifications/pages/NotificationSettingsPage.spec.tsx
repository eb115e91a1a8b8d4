import { screen } from '@testing-library/react';
import { ApiRoutes, DEFAULT_NOTIFICATION_CHANNELS, type NotificationPreferences } from '@twinning/contracts';
import { buildNotificationList, buildSessionInfo } from '../../../test/factories';
import { recordedWrites, stubFetch } from '../../../test/fetch-stub';
import { renderApp } from '../../../test/render';

function servePreferences(initial: NotificationPreferences = DEFAULT_NOTIFICATION_CHANNELS) {
  let current = initial;
  return stubFetch((url, request) => {
    if (url.pathname !== ApiRoutes.notificationPreferences) return { body: buildNotificationList([]) };
    if (request.method === 'PATCH') current = { ...current, ...(request.body as Partial<NotificationPreferences>) };
    return { body: current };
  });
}

describe('NotificationSettingsPage', () => {
  it('shows each kind with its channel and saves only what changed', async () => {
    const fetchMock = servePreferences({ ...DEFAULT_NOTIFICATION_CHANNELS, question_asked: 'digest' });
    const { user } = renderApp('/account/notifications', { session: buildSessionInfo() });

    expect(screen.getByRole('heading', { level: 1, name: 'Notification settings' })).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: 'A question on your town’s practice: Daily digest' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'An answer to your question: E-mail at once' })).toBeChecked();
    // Staff are not sent the moderators' kinds, so they are not offered.
    expect(screen.queryByRole('radio', { name: 'Someone reported content: In the app' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeDisabled();

    await user.click(screen.getByRole('radio', { name: 'An answer to your question: Not at all' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Your notification settings are saved.')).toBeInTheDocument();
    const [saved] = recordedWrites(fetchMock);
    expect(saved.method).toBe('PATCH');
    expect(saved.body).toEqual({ question_answered: 'off' });
    expect(screen.getByRole('radio', { name: 'An answer to your question: Not at all' })).toBeChecked();
  });

  it('offers moderators the kinds about their queues, in German', async () => {
    servePreferences();
    renderApp('/account/notifications', { session: buildSessionInfo({ role: 'moderator', municipality: null }), language: 'de' });

    expect(await screen.findByRole('radio', { name: 'Ein Inhalt wurde gemeldet: Tägliche Zusammenfassung' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Eine Einreichung wartet auf die Moderation: Gar nicht' })).not.toBeChecked();
  });

  it('is linked from the account page', async () => {
    servePreferences();
    const { user } = renderApp('/account', { session: buildSessionInfo() });

    await user.click(await screen.findByRole('link', { name: 'Notification settings' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Notification settings' })).toBeInTheDocument();
  });
});
