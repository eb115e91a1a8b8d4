import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { AdminErrorCode, type MunicipalitySummary } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../common/components/ConfirmDialog';
import { PagedList } from '../../../common/components/PagedList';
import { SuccessNotice } from '../../../common/components/SuccessNotice';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import { ApiError } from '../../../lib/api-client';
import { NoTownsFound } from '../../municipalities/components/NoTownsFound';
import { TownSearchForm } from '../../municipalities/components/TownSearchForm';
import { TownTable } from '../../municipalities/components/TownTable';
import { useMunicipalities } from '../../municipalities/hooks/useMunicipalities';
import { useTownFilters } from '../../municipalities/hooks/useTownFilters';
import { toMunicipalityListQuery } from '../../municipalities/utils/town-filters';
import { EditDeleteButtons } from '../components/EditDeleteButtons';
import { MunicipalityFormDialog, type MunicipalityDialogTarget } from '../components/MunicipalityFormDialog';
import { useDeleteMunicipality } from '../hooks/useAdminMunicipalities';

/** The towns, searched through the public list, with what admins can do to each. */
export function MunicipalitiesAdminPage() {
  const { t } = useTranslation();
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
      <PagedList
        query={towns}
        page={filters.page}
        onPageChange={updateFilters}
        totalLabel={(counts) => t('towns.total', counts)}
        loadingLabel={t('towns.loading')}
        errorTitle={t('towns.loadError')}
        empty={<NoTownsFound query={filters.q.trim()} onClear={clearFilters} />}
      >
        {(items, position) => (
          <TownTable
            towns={items}
            caption={t('towns.table.caption', position)}
            renderActions={(town) => (
              <EditDeleteButtons
                name={town.nameLocal}
                onEdit={() => setDialog({ kind: 'edit', id: town.id, name: town.nameLocal })}
                onDelete={() => setToDelete(town)}
              />
            )}
          />
        )}
      </PagedList>

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
