import { Badge } from '@mantine/core';
import { type AdaptationStatus } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { ADAPTATION_STATUS_COLORS } from '../utils/adaptation-status';

export function AdaptationStatusBadge({ status }: { status: AdaptationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={ADAPTATION_STATUS_COLORS[status]} variant="light" style={{ minWidth: 'max-content' }}>
      {t(`adaptationStatus.${status}`)}
    </Badge>
  );
}
