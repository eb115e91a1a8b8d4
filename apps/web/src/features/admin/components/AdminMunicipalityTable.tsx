import { Button, Group } from '@mantine/core';
import { type MunicipalitySummary } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { TownTable } from '../../municipalities/components/TownTable';

interface AdminMunicipalityTableProps {
  towns: MunicipalitySummary[];
  caption: string;
  onEdit: (town: MunicipalitySummary) => void;
  onDelete: (town: MunicipalitySummary) => void;
}

/** The towns table with edit and delete buttons on each row. */
export function AdminMunicipalityTable({ towns, caption, onEdit, onDelete }: AdminMunicipalityTableProps) {
  const { t } = useTranslation();
  return (
    <TownTable
      towns={towns}
      caption={caption}
      renderActions={(town) => (
        <Group gap="xs" wrap="nowrap">
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => onEdit(town)}
            aria-label={t('common.editNamed', { name: town.nameLocal })}
          >
            {t('common.edit')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={() => onDelete(town)}
            aria-label={t('common.deleteNamed', { name: town.nameLocal })}
          >
            {t('common.delete')}
          </Button>
        </Group>
      )}
    />
  );
}
