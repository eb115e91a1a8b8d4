import { Button, Group, Select, Stack, Text } from '@mantine/core';
import {
  ROLES,
  type AdminUser,
  type MunicipalitySummary,
  type Role,
  type UpdateUserRequest,
} from '@twinning/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../common/components/FormAlert';
import { GuardedModal } from '../../../common/components/GuardedModal';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { useUnsavedChangesGuard } from '../../../common/hooks/useUnsavedChangesGuard';
import { isOneOf } from '../../../common/utils/is-one-of';
import {
  hasFieldErrors,
  mergeFieldErrors,
  serverFieldErrors,
  type FieldErrors,
} from '../../../common/utils/field-errors';
import { MunicipalityPicker } from '../../municipalities/components/MunicipalityPicker';
import { useUpdateUser } from '../hooks/useAdminUsers';
import { accountActionError } from '../utils/account-errors';

const FIELDS = ['role', 'municipalityId'] as const;
type AccountField = (typeof FIELDS)[number];

interface EditAccountDialogProps {
  user: AdminUser | null;
  onClose: () => void;
  onSaved: (saved: AdminUser) => void;
}

/** An admin changes someone's role and, for staff, their municipality. */
export function EditAccountDialog({ user, onClose, onSaved }: EditAccountDialogProps) {
  const { t } = useTranslation();
  return (
    <GuardedModal
      opened={user !== null}
      onClose={onClose}
      title={user ? t('adminAccounts.editTitle', { name: user.displayName }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {user && <EditAccountForm key={user.id} user={user} onCancel={onClose} onSaved={onSaved} />}
    </GuardedModal>
  );
}

function EditAccountForm({
  user,
  onCancel,
  onSaved,
}: {
  user: AdminUser;
  onCancel: () => void;
  onSaved: (saved: AdminUser) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [role, setRole] = useState<Role>(user.role);
  const [municipality, setMunicipality] = useState<MunicipalitySummary | null>(user.municipality);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<AccountField>>({});
  const guard = useUnsavedChangesGuard({ when: role !== user.role || municipality?.id !== user.municipality?.id });

  const server = serverFieldErrors(update.error, FIELDS, t);
  const errors = mergeFieldErrors(fieldErrors, server.fields);
  const formError = update.error && !hasFieldErrors(server.fields) ? accountActionError(update.error, t) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors<AccountField> = {
      municipalityId: role === 'staff' && !municipality ? t('adminAccounts.municipalityRequired') : undefined,
    };
    setFieldErrors(found);
    if (hasFieldErrors(found)) {
      focusFirstInvalid();
      return;
    }
    // Moderators and admins belong to no municipality; the API clears it when the role changes.
    const request: UpdateUserRequest = role === 'staff' ? { role, municipalityId: municipality?.id } : { role };
    update.mutate({ userId: user.id, request }, { onSuccess: onSaved });
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {user.email}
        </Text>
        <FormAlert messages={[formError, ...server.unmatched]} />
        <Select
          label={t('adminAccounts.table.role')}
          description={t('adminAccounts.roleHint')}
          required
          allowDeselect={false}
          data={ROLES.map((candidate) => ({ value: candidate, label: t(`roles.${candidate}`) }))}
          value={role}
          onChange={(value) => {
            if (isOneOf(value, ROLES)) setRole(value);
          }}
          error={errors.role}
        />
        {role === 'staff' && (
          <MunicipalityPicker
            label={t('adminAccounts.table.municipality')}
            required
            value={municipality}
            onChange={setMunicipality}
            error={errors.municipalityId}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => guard.confirmDiscard(onCancel)} disabled={update.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.saveChanges')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
