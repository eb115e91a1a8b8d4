import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { FAILURE_STAGE_LABELS, FAILURE_STAGES } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useFormatters } from '../../../i18n';
import { NO_TOWN_NAMES, useFacetValueLabel } from '../../search/hooks/useFacetValueLabel';
import { searchUrlFor } from '../../search/utils/search-filters';
import { useStatistics } from '../../statistics/hooks/useStatistics';
import { FailureCauseCard } from '../components/FailureCauseCard';
import { failureCauseGroups } from '../utils/failure-breakdown';

/**
 * Why practices fail: each cause the partial successes and failures name, by theme, country and
 * town size, and the stage they fell short at; every count opens the stories behind it.
 */
export function FailuresPage() {
  const { t } = useTranslation();
  const { labelOf } = useFormatters();
  usePageTitle(t('failures.title'));
  const statistics = useStatistics();
  const labelOfValue = useFacetValueLabel(NO_TOWN_NAMES);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('failures.title')}</Title>
        <Text c="dimmed">{t('failures.intro')}</Text>
      </div>
      {statistics.isPending ? (
        <PageSkeleton label={t('failures.loading')} />
      ) : statistics.isError ? (
        <ErrorState title={t('failures.loadError')} error={statistics.error} onRetry={() => void statistics.refetch()} />
      ) : statistics.data.byFailureCause.length === 0 ? (
        <Paper withBorder p="xl" role="status">
          <Text>{t('failures.empty')}</Text>
        </Paper>
      ) : (
        <>
          <Paper component="section" withBorder p="md" aria-label={t('failures.stagesTitle')}>
            <Title order={2} size="h4" mb="xs">
              {t('failures.stagesTitle')}
            </Title>
            <Group component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
              {FAILURE_STAGES.map((stage) => {
                const count = statistics.data.byFailureStage.find((entry) => entry.key === stage)?.count ?? 0;
                const label = t('failures.valueCount', { value: labelOf(FAILURE_STAGE_LABELS[stage]), count });
                return (
                  <li key={stage}>
                    {count > 0 ? (
                      <Anchor component={Link} to={searchUrlFor({ failure_stage: [stage] })} size="sm">
                        {label}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {label}
                      </Text>
                    )}
                  </li>
                );
              })}
            </Group>
          </Paper>
          {failureCauseGroups(statistics.data).map((group) => (
            <FailureCauseCard key={group.cause} group={group} labelOfValue={labelOfValue} />
          ))}
        </>
      )}
    </Stack>
  );
}
