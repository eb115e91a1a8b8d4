import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type CountByKey, FAILURE_CAUSE_LABELS } from '@twinning/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n';
import { type FacetSelection, type ListFacet, searchUrlFor } from '../../search/utils/search-filters';
import { type FailureCauseGroup } from '../utils/failure-breakdown';

type By = Extract<ListFacet, 'theme' | 'country' | 'population_band'>;

interface FailureCauseCardProps {
  group: FailureCauseGroup;
  labelOfValue: (facet: By, value: string) => string;
}

/** One cause: how many stories name it, and by theme, country and town size, each count leading to those stories. */
export function FailureCauseCard({ group, labelOfValue }: FailureCauseCardProps) {
  const { t } = useTranslation();
  const { labelOf } = useFormatters();
  const headingId = useId();
  const causeName = labelOf(FAILURE_CAUSE_LABELS[group.cause]);
  const storiesOf = (facets: Partial<FacetSelection>) => searchUrlFor({ failure_cause: [group.cause], ...facets });

  const breakdown = (by: By, title: string, counts: CountByKey[]) => (
    <Stack gap={4}>
      <Title order={3} size="h6">
        {title}
      </Title>
      {counts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('failures.none')}
        </Text>
      ) : (
        <Stack component="ul" gap={2} m={0} p={0} style={{ listStyle: 'none' }}>
          {counts.map(({ key, count }) => (
            <li key={key}>
              <Anchor component={Link} to={storiesOf({ [by]: [key] })} size="sm">
                {t('failures.valueCount', { value: labelOfValue(by, key), count })}
              </Anchor>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );

  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId}>
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={2} size="h4" id={headingId}>
          {causeName}
        </Title>
        <Anchor component={Link} to={storiesOf({})} fw={600}>
          {t('failures.allStories', { count: group.count, cause: causeName })}
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {breakdown('theme', t('failures.byTheme'), group.byTheme)}
        {breakdown('country', t('failures.byCountry'), group.byCountry)}
        {breakdown('population_band', t('failures.byTownSize'), group.byPopulationBand)}
      </SimpleGrid>
    </Paper>
  );
}
