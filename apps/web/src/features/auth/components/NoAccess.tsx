import { type Account } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../common/components/StatusMessage';
import { usePageTitle } from '../../../common/hooks/usePageTitle';

/** A signed-in person on a page their role does not open. */
export function NoAccess({ account }: { account: Account }) {
  const { t } = useTranslation();
  usePageTitle(t('guard.noAccessTitle'));
  const message =
    account.status === 'pending' || account.status === 'unconfirmed'
      ? t('guard.noAccessPending')
      : account.status === 'deactivated'
        ? t('guard.noAccessDeactivated')
        : t('guard.noAccessMessage');
  return (
    <StatusMessage
      title={t('guard.noAccessTitle')}
      message={message}
      linkTo="/account"
      linkLabel={t('guard.toAccount')}
    />
  );
}
