import { Badge } from '@mantine/core';
import { type PartnershipStatus } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';

export function PartnershipStatusBadge({ status }: { status: PartnershipStatus }) {
  const { t } = useTranslation();
  return (
    // Never shortened to "AC…" in a narrow table column.
    <Badge color={status === 'active' ? 'green' : 'gray'} variant="light" style={{ minWidth: 'max-content' }}>
      {t(`town.partners.status.${status}`)}
    </Badge>
  );
}
