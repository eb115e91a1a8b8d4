import { Badge } from '@mantine/core';
import { OUTCOME_LABELS, type Outcome } from '@twinning/contracts';
import { useFormatters } from '../../../i18n';
import { OUTCOME_COLORS } from '../utils/presentation';

export function OutcomeBadge({ outcome, size = 'md' }: { outcome: Outcome; size?: 'sm' | 'md' | 'lg' }) {
  const { labelOf } = useFormatters();
  return (
    <Badge color={OUTCOME_COLORS[outcome]} variant="filled" size={size} style={{ minWidth: 'max-content' }}>
      {labelOf(OUTCOME_LABELS[outcome])}
    </Badge>
  );
}
