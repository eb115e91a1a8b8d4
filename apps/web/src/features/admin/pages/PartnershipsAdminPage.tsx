import { Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type Partnership } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../common/components/ConfirmDialog';
import { ErrorState } from '../../../common/components/ErrorState';
import { ListPagination, pageCountOf } from '../../../common/components/ListPagination';
import { SuccessNotice } from '../../../common/components/SuccessNotice';
import { TableSkeleton } from '../../../common/components/TableSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import { useFormatters } from '../../../i18n';
import { MunicipalityPicker } from '../../municipalities/components/MunicipalityPicker';
import { useMunicipality } from '../../municipalities/hooks/useMunicipality';
import { PartnershipFormDialog, type PartnershipDialogTarget } from '../components/PartnershipFormDialog';
import { PartnershipTable } from '../components/PartnershipTable';
import { useAdminPartnerships, useDeletePartnership } from '../hooks/useAdminPartnerships';
import { useUrlFilters } from '../../../common/hooks/useUrlFilters';
import {
  parsePartnershipFilters,
  partnershipFiltersToParams,
  toPartnershipListQuery,
} from '../utils/list-filters';

export function PartnershipsAdminPage() {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  usePageTitle(t('adminPartnerships.title'));
  const { filters, updateFilters } = useUrlFilters(parsePartnershipFilters, partnershipFiltersToParams);
  const partnerships = useAdminPartnerships(toPartnershipListQuery(filters));
  // The URL holds only the town's id; the picker shows its name.
  const filterTown = useMunicipality(filters.municipalityId ?? '');
  const [dialog, setDialog] = useState<PartnershipDialogTarget | null>(null);
  const [toDelete, setToDelete] = useState<Partnership | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const deletion = useDeletePartnership();

  const pairName = (partnership: Partnership) =>
    t('adminPartnerships.pairName', {
      first: partnership.municipalities[0].nameLocal,
      second: partnership.municipalities[1].nameLocal,
    });
  const closeDelete = () => {
    setToDelete(null);
    deletion.reset();
  };
  const confirmDelete = () => {
    if (!toDelete) return;
    deletion.mutate(toDelete.id, {
      onSuccess: () => {
        setNotice(t('adminPartnerships.deleted', { pair: pairName(toDelete) }));
        closeDelete();
      },
    });
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('adminPartnerships.title')}</Title>
          <Text c="dimmed">{t('adminPartnerships.intro')}</Text>
        </div>
        <Button onClick={() => setDialog({ kind: 'create' })}>{t('adminPartnerships.create')}</Button>
      </Group>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      <Grid>
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <MunicipalityPicker
            label={t('adminPartnerships.filterTown')}
            value={filters.municipalityId ? (filterTown.data ?? null) : null}
            onChange={(town) => updateFilters({ municipalityId: town?.id ?? null })}
          />
        </Grid.Col>
      </Grid>
      <Text fw={500} aria-live="polite" aria-atomic="true">
        {partnerships.data && !partnerships.isError
          ? t('adminPartnerships.total', {
              count: partnerships.data.total,
              formattedCount: formatNumber(partnerships.data.total),
            })
          : ''}
      </Text>

      {partnerships.isPending ? (
        <TableSkeleton label={t('adminPartnerships.loading')} />
      ) : partnerships.isError ? (
        <ErrorState
          title={t('adminPartnerships.loadError')}
          error={partnerships.error}
          onRetry={() => void partnerships.refetch()}
        />
      ) : partnerships.data.items.length === 0 ? (
        <Paper withBorder p="xl" role="status">
          <Text>{filters.municipalityId ? t('adminPartnerships.emptyForTown') : t('adminPartnerships.empty')}</Text>
        </Paper>
      ) : (
        <Stack gap="md" aria-busy={partnerships.isPlaceholderData}>
          <PartnershipTable
            partnerships={partnerships.data.items}
            caption={t('adminPartnerships.table.caption', {
              page: partnerships.data.page,
              pages: pageCountOf(partnerships.data),
            })}
            onEdit={(partnership) => setDialog({ kind: 'edit', partnership })}
            onDelete={setToDelete}
          />
          <ListPagination
            page={filters.page}
            pageCount={pageCountOf(partnerships.data)}
            onChange={(page) => updateFilters({ page })}
          />
        </Stack>
      )}

      <PartnershipFormDialog
        target={dialog}
        onClose={() => setDialog(null)}
        onSaved={(saved) => {
          setNotice(
            dialog?.kind === 'edit'
              ? t('adminPartnerships.updated', { pair: pairName(saved) })
              : t('adminPartnerships.created', { pair: pairName(saved) }),
          );
          setDialog(null);
        }}
      />
      <ConfirmDialog
        opened={toDelete !== null}
        title={t('adminPartnerships.deleteTitle', { pair: toDelete ? pairName(toDelete) : '' })}
        message={t('adminPartnerships.deleteMessage')}
        confirmLabel={t('common.delete')}
        danger
        busy={deletion.isPending}
        error={deletion.error ? describeError(deletion.error, t) : null}
        onConfirm={confirmDelete}
        onCancel={closeDelete}
      />
    </Stack>
  );
}
