import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface NoResultsProps {
  /** The words searched, trimmed; empty when only filters were used. */
  query: string;
  hasFilters: boolean;
  onClearFilters: () => void;
}

/** Nothing found: say what was searched, and offer the way out (fewer filters, other words). */
export function NoResults({ query, hasFilters, onClearFilters }: NoResultsProps) {
  const { t } = useTranslation();
  const title = query
    ? t('search.emptyTitle', { query })
    : hasFilters
      ? t('search.emptyTitleNoQuery')
      : t('caseStudies.empty');
  return (
    <Paper withBorder p="xl" role="status">
      <Stack align="flex-start" gap="xs">
        <Title order={2} size="h3">
          {title}
        </Title>
        {(query || hasFilters) && (
          <Text c="dimmed">{hasFilters ? t('search.emptyHintFilters') : t('search.emptyHintQuery')}</Text>
        )}
        {hasFilters && (
          <Button variant="default" onClick={onClearFilters}>
            {t('search.clearFilters')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
