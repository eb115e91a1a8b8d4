import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../common/components/FormAlert';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import { serverFieldErrors } from '../../../common/utils/field-errors';
import { EmailInput } from '../components/EmailInput';
import { useRequestPasswordReset } from '../hooks/usePasswordReset';
import { emailError } from '../utils/account-validation';

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('accountSecurity.forgotPassword.title'));
  const request = useRequestPasswordReset();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [sentTo, setSentTo] = useState<string | null>(null);

  const server = serverFieldErrors(request.error, ['email'] as const, t);
  const formError = request.error && !server.fields.email ? describeError(request.error, t) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const error = emailError(email, t);
    setFieldError(error);
    if (error) {
      focusFirstInvalid();
      return;
    }
    const address = email.trim();
    request.mutate({ email: address }, { onSuccess: () => setSentTo(address) });
  };

  return (
    <Stack gap="lg" maw={420}>
      <Title order={1}>{t('accountSecurity.forgotPassword.title')}</Title>
      {sentTo ? (
        <Alert color="green" variant="light" role="status" title={t('accountSecurity.forgotPassword.sentTitle')}>
          {t('accountSecurity.forgotPassword.sent', { email: sentTo })}
        </Alert>
      ) : (
        <>
          <Text>{t('accountSecurity.forgotPassword.intro')}</Text>
          <form ref={formRef} onSubmit={submit} noValidate>
            <Stack gap="md">
              <FormAlert messages={[formError, ...server.unmatched]} />
              <EmailInput
                label={t('accountSecurity.forgotPassword.email')}
                autoComplete="username"
                required
                value={email}
                onChange={setEmail}
                error={fieldError ?? server.fields.email}
              />
              <Button type="submit" loading={request.isPending}>
                {t('accountSecurity.forgotPassword.submit')}
              </Button>
            </Stack>
          </form>
        </>
      )}
      <Anchor component={Link} to="/sign-in">
        {t('accountSecurity.forgotPassword.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
