import { type Partnership } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { GuardedModal } from '../../../common/components/GuardedModal';
import { PartnershipForm } from './PartnershipForm';

/** Which twinning the dialog is for: a new one, or this one (the list has all its fields). */
export type PartnershipDialogTarget = { kind: 'create' } | { kind: 'edit'; partnership: Partnership };

interface PartnershipFormDialogProps {
  target: PartnershipDialogTarget | null;
  onClose: () => void;
  onSaved: (saved: Partnership) => void;
}

export function PartnershipFormDialog({ target, onClose, onSaved }: PartnershipFormDialogProps) {
  const { t } = useTranslation();
  return (
    <GuardedModal
      opened={target !== null}
      onClose={onClose}
      title={target?.kind === 'edit' ? t('adminPartnerships.form.editTitle') : t('adminPartnerships.form.createTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target?.kind === 'create' && <PartnershipForm onCancel={onClose} onSaved={onSaved} />}
      {target?.kind === 'edit' && (
        <PartnershipForm
          key={target.partnership.id}
          partnership={target.partnership}
          onCancel={onClose}
          onSaved={onSaved}
        />
      )}
    </GuardedModal>
  );
}
