import { Anchor, Stack, Text, Title } from '@mantine/core';
import { ApiRoutes } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../common/components/ErrorState';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useFormatters } from '../../../i18n/useFormatters';
import { buildUrl } from '../../../lib/api-client';
import { FundingCallList } from '../components/FundingCallList';
import { ThemeFilter } from '../components/ThemeFilter';
import { useFundingCalls } from '../hooks/useFunding';
import { useThemeFilter } from '../hooks/useThemeFilter';
import { callsByDeadlineMonth } from '../utils/calls-by-month';
import { BackLink } from '../../../common/components/BackLink';

/** The deadlines of calls still to come, month by month, with the calendar feed to subscribe to. */
export function FundingCalendarPage() {
  const { t } = useTranslation();
  const { formatMonth } = useFormatters();
  usePageTitle(t('funding.calendarTitle'));
  const [theme, setTheme] = useThemeFilter();
  const calls = useFundingCalls(theme ? { theme } : {});
  const upcoming = calls.data?.filter((call) => call.status !== 'closed') ?? [];

  return (
    <Stack gap="lg">
      <div>
        <BackLink to="/funding" label={t('funding.backToCatalogue')} />
        <Title order={1} mt="xs">
          {t('funding.calendarTitle')}
        </Title>
        <Text c="dimmed">{t('funding.calendarIntro')}</Text>
        <Anchor href={buildUrl(ApiRoutes.fundingCallsCalendar, theme ? { theme } : {})}>{t('funding.subscribe')}</Anchor>
      </div>
      <ThemeFilter theme={theme} onChange={setTheme} />
      {calls.isPending ? (
        <PageSkeleton label={t('funding.loadingCalls')} />
      ) : calls.isError ? (
        <ErrorState title={t('funding.loadCallsError')} error={calls.error} onRetry={() => void calls.refetch()} />
      ) : upcoming.length === 0 ? (
        <Text role="status">{t('funding.noUpcomingCalls')}</Text>
      ) : (
        callsByDeadlineMonth(upcoming).map(({ month, calls: monthCalls }) => (
          <section key={month} aria-labelledby={`deadlines-${month}`}>
            <Title order={2} size="h3" id={`deadlines-${month}`} mb="sm">
              {formatMonth(month)}
            </Title>
            <FundingCallList calls={monthCalls} showProgramme />
          </section>
        ))
      )}
    </Stack>
  );
}
