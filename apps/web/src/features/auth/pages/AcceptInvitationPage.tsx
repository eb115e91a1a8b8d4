import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { AccountErrorCode } from '@twinning/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { FormAlert } from '../../../common/components/FormAlert';
import { PageLoader } from '../../../common/components/PageLoader';
import { StatusMessage } from '../../../common/components/StatusMessage';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import { hasFieldErrors, mergeFieldErrors, type FieldErrors } from '../../../common/utils/field-errors';
import { useFormatters } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import { isInvitationInvalid } from '../api/auth.api';
import { DisplayNameInput } from '../components/DisplayNameInput';
import { NewPasswordInput } from '../components/NewPasswordInput';
import { SignOutButton } from '../components/SignOutButton';
import { useAcceptInvitation } from '../hooks/useAcceptInvitation';
import { useInvitation } from '../hooks/useInvitation';
import { useSession } from '../hooks/useSession';
import { accountFieldErrors, displayNameError, newPasswordError } from '../utils/account-validation';
import { type AccountPageState } from './AccountPage';

const FIELDS = ['displayName', 'password'] as const;
type InvitationField = (typeof FIELDS)[number];

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { token = '' } = useParams();
  const { account } = useSession();
  const invitation = useInvitation(token);
  const acceptance = useAcceptInvitation(token);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();

  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<InvitationField>>({});

  const invalid = isInvitationInvalid(invitation.error) || isInvitationInvalid(acceptance.error);
  usePageTitle(invalid ? t('invitation.invalidTitle') : t('invitation.title'));

  if (acceptance.isSuccess) {
    const state: AccountPageState = { welcome: 'invited' };
    return <Navigate to="/account" replace state={state} />;
  }
  if (invalid) {
    return (
      <StatusMessage
        title={t('invitation.invalidTitle')}
        message={t('invitation.invalidMessage')}
        linkTo="/towns"
        linkLabel={t('notFound.backToTowns')}
      />
    );
  }
  if (invitation.isError) {
    return (
      <ErrorState
        title={t('invitation.loadError')}
        error={invitation.error}
        onRetry={() => void invitation.refetch()}
      />
    );
  }
  if (invitation.isPending) return <PageLoader label={t('invitation.loading')} />;

  const preview = invitation.data;
  const error = acceptance.error;
  const server = accountFieldErrors(error, FIELDS, t);
  const shownErrors = mergeFieldErrors(fieldErrors, server.fields);
  const formError =
    error instanceof ApiError && error.code === AccountErrorCode.EmailTaken
      ? t('invitation.emailTaken')
      : error && !hasFieldErrors(server.fields)
        ? describeError(error, t)
        : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<InvitationField> = {
      displayName: displayNameError(displayName, t),
      password: newPasswordError(password, t),
    };
    setFieldErrors(errors);
    if (hasFieldErrors(errors)) {
      focusFirstInvalid();
      return;
    }
    acceptance.mutate({ displayName: displayName.trim(), password });
  };

  return (
    <Stack gap="lg" maw={520}>
      <div>
        <Title order={1}>{t('invitation.title')}</Title>
        <Text c="dimmed">{t('invitation.intro')}</Text>
      </div>
      <Paper withBorder p="md">
        <Stack gap={4}>
          <Text>
            {t('invitation.email')}: <strong>{preview.email}</strong>
          </Text>
          <Text>
            {t('invitation.municipality')}: <strong>{preview.municipality.nameLocal}</strong>
          </Text>
          <Text size="sm" c="dimmed">
            {t('invitation.expires', { date: formatDate(preview.expiresAt) })}
          </Text>
        </Stack>
      </Paper>
      {account ? (
        // Accepting would sign in as someone else; that should be a deliberate step.
        <Alert color="yellow" variant="light" title={t('invitation.signedInTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('invitation.signedInMessage', { email: account.email })}</Text>
            <SignOutButton redirectTo={null} />
          </Stack>
        </Alert>
      ) : (
        <form ref={formRef} onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormAlert messages={[formError, ...server.unmatched]} />
            <DisplayNameInput value={displayName} onChange={setDisplayName} error={shownErrors.displayName} />
            <NewPasswordInput value={password} onChange={setPassword} error={shownErrors.password} />
            <Button type="submit" loading={acceptance.isPending}>
              {t('invitation.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
