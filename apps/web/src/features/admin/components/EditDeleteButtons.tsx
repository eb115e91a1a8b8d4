import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface EditDeleteButtonsProps {
  /** What the row is called, so screen readers hear "Edit Köln" rather than a column of "Edit". */
  name: string;
  onEdit: () => void;
  onDelete: () => void;
}

/** A table row's edit and delete buttons. */
export function EditDeleteButtons({ name, onEdit, onDelete }: EditDeleteButtonsProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="compact-sm" variant="default" onClick={onEdit} aria-label={t('common.editNamed', { name })}>
        {t('common.edit')}
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        onClick={onDelete}
        aria-label={t('common.deleteNamed', { name })}
      >
        {t('common.delete')}
      </Button>
    </Group>
  );
}
