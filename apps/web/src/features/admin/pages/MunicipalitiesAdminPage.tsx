import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { AdminErrorCode, type MunicipalitySummary } from '@twinning/contracts';
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
import { ApiError } from '../../../lib/api-client';
import { NoTownsFound } from '../../municipalities/components/NoTownsFound';
import { TownSearchForm } from '../../municipalities/components/TownSearchForm';
import { useMunicipalities } from '../../municipalities/hooks/useMunicipalities';
import { useTownFilters } from '../../municipalities/hooks/useTownFilters';
import { toMunicipalityListQuery } from '../../municipalities/utils/town-filters';
import { AdminMunicipalityTable } from '../components/AdminMunicipalityTable';
import { MunicipalityFormDialog, type MunicipalityDialogTarget } from '../components/MunicipalityFormDialog';
import { useDeleteMunicipality } from '../hooks/useAdminMunicipalities';

/** The towns, searched through the public list, with what admins can do to each. */
export function MunicipalitiesAdminPage() {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  usePageTitle(t('adminMunicipalities.title'));
  const { filters, hasFilters, updateFilters, clearFilters } = useTownFilters();
  const towns = useMunicipalities(toMunicipalityListQuery(filters));
  const [dialog, setDialog] = useState<MunicipalityDialogTarget | null>(null);
  const [toDelete, setToDelete] = useState<MunicipalitySummary | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const deletion = useDeleteMunicipality();

  const closeDelete = () => {
    setToDelete(null);
    deletion.reset();
  };
  const confirmDelete = () => {
    if (!toDelete) return;
    deletion.mutate(toDelete.id, {
      onSuccess: () => {
        setNotice(t('adminMunicipalities.deleted', { name: toDelete.nameLocal }));
        closeDelete();
      },
    });
  };
  const deleteError =
    deletion.error instanceof ApiError && deletion.error.code === AdminErrorCode.MunicipalityInUse
      ? t('adminMunicipalities.inUse')
      : deletion.error
        ? describeError(deletion.error, t)
        : null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('adminMunicipalities.title')}</Title>
          <Text c="dimmed">{t('adminMunicipalities.intro')}</Text>
        </div>
        <Button onClick={() => setDialog({ kind: 'create' })}>{t('adminMunicipalities.create')}</Button>
      </Group>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      <TownSearchForm filters={filters} hasFilters={hasFilters} onChange={updateFilters} onClear={clearFilters} />
      <Text fw={500} aria-live="polite" aria-atomic="true">
        {towns.data && !towns.isError
          ? t('towns.total', { count: towns.data.total, formattedCount: formatNumber(towns.data.total) })
          : ''}
      </Text>

      {towns.isPending ? (
        <TableSkeleton label={t('towns.loading')} />
      ) : towns.isError ? (
        <ErrorState title={t('towns.loadError')} error={towns.error} onRetry={() => void towns.refetch()} />
      ) : towns.data.items.length === 0 ? (
        <NoTownsFound query={filters.q.trim()} onClear={clearFilters} />
      ) : (
        <Stack gap="md" aria-busy={towns.isPlaceholderData}>
          <AdminMunicipalityTable
            towns={towns.data.items}
            caption={t('towns.table.caption', { page: towns.data.page, pages: pageCountOf(towns.data) })}
            onEdit={(town) => setDialog({ kind: 'edit', id: town.id, name: town.nameLocal })}
            onDelete={setToDelete}
          />
          <ListPagination
            page={filters.page}
            pageCount={pageCountOf(towns.data)}
            onChange={(page) => updateFilters({ page })}
          />
        </Stack>
      )}

      <MunicipalityFormDialog
        target={dialog}
        onClose={() => setDialog(null)}
        onSaved={(saved) => {
          setNotice(
            dialog?.kind === 'edit'
              ? t('adminMunicipalities.updated', { name: saved.nameLocal })
              : t('adminMunicipalities.created', { name: saved.nameLocal }),
          );
          setDialog(null);
        }}
      />
      <ConfirmDialog
        opened={toDelete !== null}
        title={t('adminMunicipalities.deleteTitle', { name: toDelete?.nameLocal ?? '' })}
        message={t('adminMunicipalities.deleteMessage')}
        confirmLabel={t('common.delete')}
        danger
        busy={deletion.isPending}
        error={deleteError}
        onConfirm={confirmDelete}
        onCancel={closeDelete}
      />
    </Stack>
  );
}
