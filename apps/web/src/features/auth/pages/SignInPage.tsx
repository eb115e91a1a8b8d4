import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { AccountErrorCode, isSecondFactorChallenge } from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { FormAlert } from '../../../common/components/FormAlert';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import {
  hasFieldErrors,
  mergeFieldErrors,
  serverFieldErrors,
  type FieldErrors,
} from '../../../common/utils/field-errors';
import { ApiError } from '../../../lib/api-client';
import { EmailInput } from '../components/EmailInput';
import { PasswordField } from '../components/PasswordField';
import { SecondFactorForm } from '../components/SecondFactorForm';
import { useSession } from '../hooks/useSession';
import { useSignIn } from '../hooks/useSignIn';
import { currentPasswordError, emailError } from '../utils/account-validation';
import { landingPathFor, NEXT_PARAM, safeNextPath } from '../utils/next-path';
import { tooManyAttemptsMessage } from '../utils/too-many-attempts';

const FIELDS = ['email', 'password'] as const;
type SignInField = (typeof FIELDS)[number];

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const { account } = useSession();
  const [searchParams] = useSearchParams();
  const nextPath = safeNextPath(searchParams.get(NEXT_PARAM));
  const signIn = useSignIn();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<SignInField>>({});

  // Signed in, now or before coming here: on to where the person was going.
  if (account) return <Navigate to={nextPath ?? landingPathFor(account)} replace />;

  // The password was right and the account uses two factors: the code step, then on as above.
  if (signIn.data && isSecondFactorChallenge(signIn.data)) {
    return (
      <SecondFactorForm
        challengeToken={signIn.data.challengeToken}
        onStartOver={() => {
          setPassword('');
          signIn.reset();
        }}
      />
    );
  }

  const server = serverFieldErrors(signIn.error, FIELDS, t);
  const shownErrors = mergeFieldErrors(fieldErrors, server.fields);
  const formError = signIn.error && !hasFieldErrors(server.fields) ? signInErrorMessage(signIn.error, t) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<SignInField> = {
      email: emailError(email, t),
      password: currentPasswordError(password, t),
    };
    setFieldErrors(errors);
    if (hasFieldErrors(errors)) {
      focusFirstInvalid();
      return;
    }
    signIn.mutate({ email: email.trim(), password });
  };

  return (
    <Stack gap="lg" maw={420}>
      <Title order={1}>{t('signIn.title')}</Title>
      {nextPath && <Text c="dimmed">{t('signIn.toContinue')}</Text>}
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={[formError, ...server.unmatched]} />
          <EmailInput label={t('signIn.email')} autoComplete="username" value={email} onChange={setEmail} error={shownErrors.email} />
          <PasswordField
            label={t('signIn.password')}
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={shownErrors.password}
          />
          <Button type="submit" loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to="/forgot-password">
        {t('accountSecurity.forgotPasswordLink')}
      </Anchor>
      <Text>
        {t('signIn.noAccount')}{' '}
        <Anchor component={Link} to="/register">
          {t('signIn.registerLink')}
        </Anchor>
      </Text>
    </Stack>
  );
}

function signInErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.code === AccountErrorCode.InvalidCredentials) return t('signIn.invalidCredentials');
    if (error.code === AccountErrorCode.Deactivated) return t('signIn.deactivated');
  }
  return tooManyAttemptsMessage(error, t) ?? describeError(error, t);
}
