import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { AccountErrorCode, EMAIL_MAX_LENGTH, type Invitation, type MunicipalitySummary } from '@twinning/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from '../../../common/components/CharacterCount';
import { FormAlert } from '../../../common/components/FormAlert';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { useUnsavedChangesGuard } from '../../../common/hooks/useUnsavedChangesGuard';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import {
  hasFieldErrors,
  mergeFieldErrors,
  serverFieldErrors,
  type FieldErrors,
} from '../../../common/utils/field-errors';
import { useFormatters } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import { emailError } from '../../auth/utils/account-validation';
import { MunicipalityPicker } from '../../municipalities/components/MunicipalityPicker';
import { useCreateInvitation } from '../hooks/useAdminUsers';
import { BackLink } from '../../../common/components/BackLink';

const FIELDS = ['email', 'municipalityId'] as const;
type InviteField = (typeof FIELDS)[number];

/** An admin invites a municipal officer; accepting the link creates a verified staff account. */
export function InviteAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminInvite.title'));
  const [sent, setSent] = useState<Invitation | null>(null);

  return (
    <Stack gap="lg" maw={560}>
      <div>
        <BackLink to="/admin/accounts" label={t('adminInvite.backToAccounts')} />
        <Title order={1} mt="xs">
          {t('adminInvite.title')}
        </Title>
        <Text c="dimmed">{t('adminInvite.intro')}</Text>
      </div>
      {sent ? (
        <InvitationSent invitation={sent} onAnother={() => setSent(null)} />
      ) : (
        <InviteForm onSent={setSent} />
      )}
    </Stack>
  );
}

function InviteForm({ onSent }: { onSent: (invitation: Invitation) => void }) {
  const { t } = useTranslation();
  const invite = useCreateInvitation();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [email, setEmail] = useState('');
  const [municipality, setMunicipality] = useState<MunicipalitySummary | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<InviteField>>({});
  useUnsavedChangesGuard({ when: email.trim() !== '' || municipality !== null });

  const server = serverFieldErrors(invite.error, FIELDS, t);
  if (invite.error instanceof ApiError && invite.error.code === AccountErrorCode.EmailTaken) {
    server.fields.email = t('adminInvite.emailTaken');
  }
  const errors = mergeFieldErrors(fieldErrors, server.fields);
  const formError = invite.error && !hasFieldErrors(server.fields) ? describeError(invite.error, t) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors<InviteField> = {
      email: emailError(email, t),
      municipalityId: municipality ? undefined : t('forms.required'),
    };
    setFieldErrors(found);
    if (hasFieldErrors(found) || !municipality) {
      focusFirstInvalid();
      return;
    }
    invite.mutate({ email: email.trim(), municipalityId: municipality.id }, { onSuccess: onSent });
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormAlert messages={[formError, ...server.unmatched]} />
        <TextInput
          label={t('adminInvite.email')}
          type="email"
          required
          autoComplete="off"
          description={<CharacterCount value={email} max={EMAIL_MAX_LENGTH} />}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errors.email}
        />
        <MunicipalityPicker
          label={t('adminInvite.municipality')}
          required
          value={municipality}
          onChange={setMunicipality}
          error={errors.municipalityId}
        />
        <Button type="submit" loading={invite.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('adminInvite.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function InvitationSent({ invitation, onAnother }: { invitation: Invitation; onAnother: () => void }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  return (
    <Stack gap="md" align="flex-start">
      <Alert color="green" variant="light" role="status" title={t('adminInvite.sentTitle')}>
        <Stack gap="xs">
          <Text size="sm">
            {t('adminInvite.sentMessage', {
              email: invitation.email,
              municipality: invitation.municipality.nameLocal,
              date: formatDate(invitation.expiresAt),
            })}
          </Text>
          <Text size="sm">{t('adminInvite.smtpNote')}</Text>
        </Stack>
      </Alert>
      <Button variant="default" onClick={onAnother}>
        {t('adminInvite.another')}
      </Button>
    </Stack>
  );
}
