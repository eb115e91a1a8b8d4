import { Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { type Partnership } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../common/components/ConfirmDialog';
import { PagedList } from '../../../common/components/PagedList';
import { SuccessNotice } from '../../../common/components/SuccessNotice';
import { useUrlFilters } from '../../../common/hooks/useUrlFilters';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import { MunicipalityPicker } from '../../municipalities/components/MunicipalityPicker';
import { useMunicipality } from '../../municipalities/hooks/useMunicipality';
import { PartnershipFormDialog, type PartnershipDialogTarget } from '../components/PartnershipFormDialog';
import { PartnershipTable } from '../components/PartnershipTable';
import { useAdminPartnerships, useDeletePartnership } from '../hooks/useAdminPartnerships';
import { parsePartnershipFilters, partnershipFiltersToParams, toPartnershipListQuery } from '../utils/list-filters';
import { partnershipPairName } from '../utils/partnership-form';

export function PartnershipsAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminPartnerships.title'));
  const { filters, updateFilters } = useUrlFilters(parsePartnershipFilters, partnershipFiltersToParams);
  const partnerships = useAdminPartnerships(toPartnershipListQuery(filters));
  // The URL holds only the town's id; the picker shows its name.
  const filterTown = useMunicipality(filters.municipalityId ?? '');
  const [dialog, setDialog] = useState<PartnershipDialogTarget | null>(null);
  const [toDelete, setToDelete] = useState<Partnership | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const deletion = useDeletePartnership();

  const pairName = (partnership: Partnership) => partnershipPairName(partnership, t);
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
      <PagedList
        query={partnerships}
        page={filters.page}
        onPageChange={updateFilters}
        totalLabel={(counts) => t('adminPartnerships.total', counts)}
        loadingLabel={t('adminPartnerships.loading')}
        errorTitle={t('adminPartnerships.loadError')}
        empty={filters.municipalityId ? t('adminPartnerships.emptyForTown') : t('adminPartnerships.empty')}
      >
        {(items, position) => (
          <PartnershipTable
            partnerships={items}
            caption={t('adminPartnerships.table.caption', position)}
            onEdit={(partnership) => setDialog({ kind: 'edit', partnership })}
            onDelete={setToDelete}
          />
        )}
      </PagedList>

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
