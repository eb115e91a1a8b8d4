import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { FUNDING_CALL_STATUS_LABELS, type FundingCall, type FundingCallStatus } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n/useFormatters';

const STATUS_COLOURS: Record<FundingCallStatus, string> = { open: 'green', forthcoming: 'blue', closed: 'gray' };

/** Calls with their dates, status and link; `showProgramme` names and links each call's programme. */
export function FundingCallList({ calls, showProgramme }: { calls: FundingCall[]; showProgramme: boolean }) {
  const { t } = useTranslation();
  const { labelOf, formatCalendarDate, formatNumber } = useFormatters();
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
      {calls.map((call) => (
        <li key={call.id}>
          <Group gap="xs" wrap="wrap">
            <Anchor href={call.url} target="_blank" rel="noopener noreferrer" fw={500}>
              {call.title}
            </Anchor>
            <Badge color={STATUS_COLOURS[call.status]} variant="light">
              {labelOf(FUNDING_CALL_STATUS_LABELS[call.status])}
            </Badge>
          </Group>
          {showProgramme && (
            <Anchor component={Link} to={`/funding/programmes/${call.programme.id}`} size="sm">
              {call.programme.name}
            </Anchor>
          )}
          <Text size="sm" c="dimmed">
            {t('funding.callDates', { opens: formatCalendarDate(call.opensOn), closes: formatCalendarDate(call.closesOn) })}
            {call.budget !== null && ` · ${t('funding.callBudget', { amount: `${formatNumber(call.budget)} ${call.budgetCurrency ?? ''}`.trim() })}`}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
