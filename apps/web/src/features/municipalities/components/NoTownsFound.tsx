import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface NoTownsFoundProps {
  query: string;
  onClear: () => void;
}

export function NoTownsFound({ query, onClear }: NoTownsFoundProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" role="status">
      <Stack align="flex-start" gap="xs">
        <Title order={2} size="h3">
          {query ? t('towns.emptyTitle', { query }) : t('towns.emptyTitleNoQuery')}
        </Title>
        <Text c="dimmed">{t('towns.emptyHint')}</Text>
        <Button variant="default" onClick={onClear}>
          {t('towns.clearFilters')}
        </Button>
      </Stack>
    </Paper>
  );
}
