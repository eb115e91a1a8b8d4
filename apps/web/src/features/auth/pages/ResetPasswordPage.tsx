import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormAlert } from '../../../common/components/FormAlert';
import { StatusMessage } from '../../../common/components/StatusMessage';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import { hasFieldErrors, mergeFieldErrors, type FieldErrors } from '../../../common/utils/field-errors';
import { isLinkInvalid } from '../api/auth.api';
import { NewPasswordInput } from '../components/NewPasswordInput';
import { PasswordField } from '../components/PasswordField';
import { useCompletePasswordReset } from '../hooks/usePasswordReset';
import { accountFieldErrors, newPasswordError, repeatedPasswordError } from '../utils/account-validation';

const FIELDS = ['password', 'repeatedPassword'] as const;
type ResetField = (typeof FIELDS)[number];

/** The link of the reset e-mail: a new password, then every session of the account is over. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const reset = useCompletePasswordReset(token);
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [password, setPassword] = useState('');
  const [repeatedPassword, setRepeatedPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<ResetField>>({});
  const invalid = isLinkInvalid(reset.error);
  usePageTitle(invalid ? t('accountSecurity.resetPassword.invalidTitle') : t('accountSecurity.resetPassword.title'));

  if (invalid) {
    return (
      <StatusMessage
        title={t('accountSecurity.resetPassword.invalidTitle')}
        message={t('accountSecurity.resetPassword.invalidMessage')}
        linkTo="/forgot-password"
        linkLabel={t('accountSecurity.resetPassword.requestNew')}
      />
    );
  }
  if (reset.isSuccess) {
    return (
      <Stack gap="md" maw={420}>
        <Title order={1}>{t('accountSecurity.resetPassword.title')}</Title>
        <Alert color="green" variant="light" role="status" title={t('accountSecurity.resetPassword.doneTitle')}>
          {t('accountSecurity.resetPassword.doneMessage')}
        </Alert>
        <Anchor component={Link} to="/sign-in">
          {t('accountSecurity.resetPassword.signIn')}
        </Anchor>
      </Stack>
    );
  }

  const server = accountFieldErrors(reset.error, FIELDS, t);
  const shownErrors = mergeFieldErrors(fieldErrors, server.fields);
  const formError = reset.error && !hasFieldErrors(server.fields) ? describeError(reset.error, t) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<ResetField> = {
      password: newPasswordError(password, t),
      repeatedPassword: repeatedPasswordError(password, repeatedPassword, t),
    };
    setFieldErrors(errors);
    if (hasFieldErrors(errors)) {
      focusFirstInvalid();
      return;
    }
    reset.mutate({ password }, { onError: focusFirstInvalid });
  };

  return (
    <Stack gap="lg" maw={420}>
      <Title order={1}>{t('accountSecurity.resetPassword.title')}</Title>
      <Text>{t('accountSecurity.resetPassword.intro')}</Text>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={[formError, ...server.unmatched]} />
          <NewPasswordInput label={t('accountSecurity.resetPassword.newPassword')} value={password} onChange={setPassword} error={shownErrors.password} />
          <PasswordField
            label={t('accountSecurity.resetPassword.repeatPassword')}
            autoComplete="new-password"
            required
            value={repeatedPassword}
            onChange={setRepeatedPassword}
            error={shownErrors.repeatedPassword}
          />
          <Button type="submit" loading={reset.isPending}>
            {t('accountSecurity.resetPassword.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
