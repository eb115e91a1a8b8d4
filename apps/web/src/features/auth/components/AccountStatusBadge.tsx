import { Badge } from '@mantine/core';
import { type AccountStatus } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';

const STATUS_COLORS: Record<AccountStatus, string> = { unconfirmed: 'orange', pending: 'yellow', active: 'green', deactivated: 'gray' };

export function AccountStatusBadge({ status }: { status: AccountStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {t(`accountStatus.${status}`)}
    </Badge>
  );
}
