import { Button, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../common/components/FormAlert';
import { SuccessNotice } from '../../../common/components/SuccessNotice';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { describeError } from '../../../common/utils/describe-error';
import { hasFieldErrors, mergeFieldErrors, type FieldErrors } from '../../../common/utils/field-errors';
import { useChangePassword } from '../hooks/useChangePassword';
import { accountFieldErrors, currentPasswordError, newPasswordError, repeatedPasswordError } from '../utils/account-validation';
import { tooManyAttemptsMessage } from '../utils/too-many-attempts';
import { NewPasswordInput } from './NewPasswordInput';
import { PasswordField } from './PasswordField';

const FIELDS = ['currentPassword', 'password', 'repeatedPassword'] as const;
type ChangePasswordField = (typeof FIELDS)[number];

interface ChangePasswordFormProps {
  /** The account's e-mail, so that password managers know whose password is being replaced. */
  email: string;
}

/** The signed-in person replaces their password; their other sessions end, this one stays. */
export function ChangePasswordForm({ email }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const change = useChangePassword();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();

  const [currentPassword, setCurrentPassword] = useState('');
  const [password, setPassword] = useState('');
  const [repeatedPassword, setRepeatedPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<ChangePasswordField>>({});
  const [notice, setNotice] = useState<string | null>(null);

  const error = change.error;
  const server = accountFieldErrors(error, FIELDS, t);
  const shownErrors = mergeFieldErrors(fieldErrors, server.fields);
  const formError =
    error && !hasFieldErrors(server.fields) ? (tooManyAttemptsMessage(error, t) ?? describeError(error, t)) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const errors: FieldErrors<ChangePasswordField> = {
      currentPassword: currentPasswordError(currentPassword, t),
      password: newPasswordError(password, t),
      repeatedPassword: repeatedPasswordError(password, repeatedPassword, t),
    };
    setFieldErrors(errors);
    if (hasFieldErrors(errors)) {
      focusFirstInvalid();
      return;
    }
    change.mutate(
      { currentPassword, password },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setPassword('');
          setRepeatedPassword('');
          setNotice(t('changePassword.changed'));
        },
        // A refused field (a wrong current password) is not announced by itself: take the person there.
        onError: focusFirstInvalid,
      },
    );
  };

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md" maw={520}>
      <div>
        <Title order={2} id={headingId}>
          {t('changePassword.title')}
        </Title>
        <Text c="dimmed">{t('changePassword.intro')}</Text>
      </div>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={[formError, ...server.unmatched]} />
          {/* Not shown; it tells password managers which account's password this is. */}
          <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
          <PasswordField
            label={t('changePassword.currentPassword')}
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={setCurrentPassword}
            error={shownErrors.currentPassword}
          />
          <NewPasswordInput
            label={t('changePassword.newPassword')}
            value={password}
            onChange={setPassword}
            error={shownErrors.password}
          />
          <PasswordField
            label={t('changePassword.repeatPassword')}
            autoComplete="new-password"
            required
            value={repeatedPassword}
            onChange={setRepeatedPassword}
            error={shownErrors.repeatedPassword}
          />
          <Button type="submit" loading={change.isPending}>
            {t('changePassword.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
