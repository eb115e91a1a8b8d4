import { type Municipality } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { GuardedModal } from '../../../common/components/GuardedModal';
import { ErrorState } from '../../../common/components/ErrorState';
import { PageLoader } from '../../../common/components/PageLoader';
import { useMunicipality } from '../../municipalities/hooks/useMunicipality';
import { MunicipalityForm } from './MunicipalityForm';

/** Which town the dialog is for: a new one, or the one with this id. */
export type MunicipalityDialogTarget = { kind: 'create' } | { kind: 'edit'; id: string; name: string };

interface MunicipalityFormDialogProps {
  target: MunicipalityDialogTarget | null;
  onClose: () => void;
  onSaved: (saved: Municipality) => void;
}

export function MunicipalityFormDialog({ target, onClose, onSaved }: MunicipalityFormDialogProps) {
  const { t } = useTranslation();
  const title =
    target?.kind === 'edit'
      ? t('adminMunicipalities.form.editTitle', { name: target.name })
      : t('adminMunicipalities.form.createTitle');
  return (
    <GuardedModal
      opened={target !== null}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target?.kind === 'create' && <MunicipalityForm onCancel={onClose} onSaved={onSaved} />}
      {target?.kind === 'edit' && (
        <EditMunicipality key={target.id} id={target.id} onClose={onClose} onSaved={onSaved} />
      )}
    </GuardedModal>
  );
}

/** The list holds summaries; the form needs every field, so it loads the town first. */
interface EditMunicipalityProps {
  id: string;
  onClose: () => void;
  onSaved: (saved: Municipality) => void;
}

function EditMunicipality({ id, onClose, onSaved }: EditMunicipalityProps) {
  const { t } = useTranslation();
  const town = useMunicipality(id);
  if (town.isPending) return <PageLoader label={t('town.loading')} />;
  if (town.isError) {
    return <ErrorState title={t('town.loadError')} error={town.error} onRetry={() => void town.refetch()} />;
  }
  return <MunicipalityForm municipality={town.data} onCancel={onClose} onSaved={onSaved} />;
}
