import { Alert, Button, Group, Loader, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { MODERATOR_NOTIFICATION_KINDS, NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, type NotificationChannel, type NotificationKind, type NotificationPreferences } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../../common/components/BackLink';
import { SuccessNotice } from '../../../common/components/SuccessNotice';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import { useSession } from '../../auth/hooks/useSession';
import { canModerate } from '../../auth/utils/permissions';
import { useNotificationPreferences, useSaveNotificationPreferences } from '../hooks/useNotificationPreferences';

/**
 * `/account/notifications`: for each kind of notification, how to be told: in the app, by e-mail
 * at once, in a daily digest, or not at all. The moderators' kinds are shown to moderators only.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notificationSettings.title'));
  const { account } = useSession();
  const preferences = useNotificationPreferences();
  const save = useSaveNotificationPreferences();
  const [changes, setChanges] = useState<Partial<NotificationPreferences>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const kinds = NOTIFICATION_KINDS.filter((kind) => !MODERATOR_NOTIFICATION_KINDS.includes(kind) || (account !== null && canModerate(account)));
  const channelOf = (kind: NotificationKind): NotificationChannel | undefined => changes[kind] ?? preferences.data?.[kind];

  const submit = () =>
    save.mutate(changes, {
      onSuccess: () => {
        setChanges({});
        setNotice(t('notificationSettings.saved'));
      },
    });

  return (
    <Stack gap="lg">
      <BackLink to="/account" label={t('notificationSettings.backToAccount')} />
      <div>
        <Title order={1}>{t('notificationSettings.title')}</Title>
        <Text c="dimmed">{t('notificationSettings.intro')}</Text>
      </div>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      {preferences.isPending ? (
        <Group gap="xs">
          <Loader size="sm" />
          <Text size="sm">{t('notificationSettings.loading')}</Text>
        </Group>
      ) : preferences.isError ? (
        <Alert color="red" variant="light" role="alert" title={t('notificationSettings.loadError')}>
          {describeError(preferences.error, t)}
        </Alert>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="md">
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('notificationSettings.kindColumn')}</Table.Th>
                    {NOTIFICATION_CHANNELS.map((channel) => (
                      <Table.Th key={channel} scope="col">
                        {t(`notificationSettings.channel.${channel}`)}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {kinds.map((kind) => (
                    // Radios that share a name are one group to the browser: arrow keys move along the row.
                    <Table.Tr key={kind}>
                      <Table.Th scope="row" fw={400}>
                        {t(`notificationSettings.kind.${kind}`)}
                      </Table.Th>
                      {NOTIFICATION_CHANNELS.map((channel) => (
                        <Table.Td key={channel}>
                          <Radio
                            name={`notification-${kind}`}
                            value={channel}
                            checked={channelOf(kind) === channel}
                            onChange={() => setChanges((current) => ({ ...current, [kind]: channel }))}
                            aria-label={`${t(`notificationSettings.kind.${kind}`)}: ${t(`notificationSettings.channel.${channel}`)}`}
                          />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="sm" c="dimmed">
              {t('notificationSettings.emailHint')}
            </Text>
            {save.isError && (
              <Alert color="red" variant="light" role="alert">
                {describeError(save.error, t)}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={save.isPending} disabled={Object.keys(changes).length === 0}>
                {t('notificationSettings.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
