import { Badge } from '@mantine/core';
import { type CaseStudyStatus } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS } from '../utils/presentation';

export function CaseStudyStatusBadge({ status }: { status: CaseStudyStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" style={{ minWidth: 'max-content' }}>
      {t(`caseStudyStatus.${status}`)}
    </Badge>
  );
}
