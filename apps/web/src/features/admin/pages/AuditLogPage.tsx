import { Button, Grid, Group, Select, Stack, Text, Title } from '@mantine/core';
import { AUDIT_ENTITY_TYPES } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../common/components/PagedList';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useUrlFilters } from '../../../common/hooks/useUrlFilters';
import { AuditEventTable } from '../components/AuditEventTable';
import { useAuditEvents } from '../hooks/useAuditEvents';
import { auditFiltersToParams, parseAuditFilters, toAuditEventListQuery } from '../utils/list-filters';

export function AuditLogPage() {
  const { t } = useTranslation();
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
      <PagedList
        query={events}
        page={filters.page}
        onPageChange={updateFilters}
        totalLabel={(counts) => t('adminAudit.total', counts)}
        loadingLabel={t('adminAudit.loading')}
        errorTitle={t('adminAudit.loadError')}
        empty={t('adminAudit.empty')}
      >
        {(items, position) => (
          <AuditEventTable events={items} caption={t('adminAudit.table.caption', position)} />
        )}
      </PagedList>
    </Stack>
  );
}
