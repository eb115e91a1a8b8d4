import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { AccountFacts } from '../components/AccountFacts';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { EmailConfirmationNotice } from '../components/EmailConfirmationNotice';
import { TwoFactorSection } from '../components/TwoFactorSection';
import { useSession } from '../hooks/useSession';

/** What the pages that create an account tell this one, to greet the person once. */
export interface AccountPageState {
  welcome?: 'registered' | 'invited';
}

/** Shown inside `RequireAccount`, so there is always an account. */
export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const { account } = useSession();
  const welcome = (useLocation().state as AccountPageState | null)?.welcome;
  if (!account) return null;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('account.title')}</Title>
      {welcome === 'registered' && (
        <Alert color="green" variant="light" title={t('account.registeredTitle')}>
          {t('account.registeredMessage')}
        </Alert>
      )}
      {welcome === 'invited' && (
        <Alert color="green" variant="light" title={t('account.invitedTitle')}>
          {t('account.invitedMessage', { municipality: account.municipality?.nameLocal ?? '' })}
        </Alert>
      )}
      {account.status === 'unconfirmed' && <EmailConfirmationNotice email={account.email} />}
      {account.status === 'pending' && (
        <Alert color="yellow" variant="light" title={t('account.pendingTitle')}>
          {account.municipality
            ? t('account.pendingMessage', { municipality: account.municipality.nameLocal })
            : t('account.pendingMessageNoMunicipality')}
        </Alert>
      )}
      {account.status === 'deactivated' && (
        <Alert color="gray" variant="light" title={t('account.deactivatedTitle')}>
          {t('account.deactivatedMessage')}
        </Alert>
      )}
      <AccountFacts account={account} />
      <Anchor component={Link} to="/account/notifications">
        {t('account.notificationSettings')}
      </Anchor>
      {/* A deactivated account has no session left on the server, so a change would only be refused. */}
      {account.status !== 'deactivated' && <ChangePasswordForm email={account.email} />}
      {account.status !== 'deactivated' && <TwoFactorSection account={account} />}
    </Stack>
  );
}
