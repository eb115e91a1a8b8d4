import { Button, Grid, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../common/components/ErrorState';
import { ListPagination, pageCountOf } from '../../../common/components/ListPagination';
import { TableSkeleton } from '../../../common/components/TableSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useFormatters } from '../../../i18n';
import { AuditEventTable } from '../components/AuditEventTable';
import { useAuditEvents } from '../hooks/useAuditEvents';
import { useUrlFilters } from '../../../common/hooks/useUrlFilters';
import { AUDIT_ENTITY_TYPES } from '../utils/audit';
import { auditFiltersToParams, parseAuditFilters, toAuditEventListQuery } from '../utils/list-filters';

export function AuditLogPage() {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  usePageTitle(t('adminAudit.title'));
  const { filters, updateFilters } = useUrlFilters(parseAuditFilters, auditFiltersToParams);
  const events = useAuditEvents(toAuditEventListQuery(filters));
  const hasFilters = Boolean(filters.entityType || filters.entityId);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('adminAudit.title')}</Title>
        <Text c="dimmed">{t('adminAudit.intro')}</Text>
      </div>
      <Grid align="flex-end">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label={t('adminAudit.filters.entityType')}
            placeholder={t('adminAudit.filters.allTypes')}
            data={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: t(`adminAudit.entityTypes.${type}`) }))}
            value={filters.entityType || null}
            // Another type means another thing: the entity filter no longer applies.
            onChange={(entityType) => updateFilters({ entityType: entityType ?? '', entityId: '' })}
            clearable
            clearButtonProps={{ 'aria-label': t('adminAudit.filters.clearType') }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          {hasFilters && (
            <Group gap="sm">
              {filters.entityId && (
                <Text size="sm">{t('adminAudit.filters.entity', { id: filters.entityId })}</Text>
              )}
              <Button variant="subtle" onClick={() => updateFilters({ entityType: '', entityId: '' })}>
                {t('towns.clearFilters')}
              </Button>
            </Group>
          )}
        </Grid.Col>
      </Grid>
      <Text fw={500} aria-live="polite" aria-atomic="true">
        {events.data && !events.isError
          ? t('adminAudit.total', { count: events.data.total, formattedCount: formatNumber(events.data.total) })
          : ''}
      </Text>

      {events.isPending ? (
        <TableSkeleton label={t('adminAudit.loading')} />
      ) : events.isError ? (
        <ErrorState title={t('adminAudit.loadError')} error={events.error} onRetry={() => void events.refetch()} />
      ) : events.data.items.length === 0 ? (
        <Paper withBorder p="xl" role="status">
          <Text>{t('adminAudit.empty')}</Text>
        </Paper>
      ) : (
        <Stack gap="md" aria-busy={events.isPlaceholderData}>
          <AuditEventTable
            events={events.data.items}
            caption={t('adminAudit.table.caption', { page: events.data.page, pages: pageCountOf(events.data) })}
          />
          <ListPagination
            page={filters.page}
            pageCount={pageCountOf(events.data)}
            onChange={(page) => updateFilters({ page })}
          />
        </Stack>
      )}
    </Stack>
  );
}
