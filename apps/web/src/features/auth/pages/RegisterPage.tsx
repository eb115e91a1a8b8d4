import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { AccountErrorCode, type MunicipalitySummary } from '@twinning/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { FormAlert } from '../../../common/components/FormAlert';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { describeError } from '../../../common/utils/describe-error';
import { hasFieldErrors, mergeFieldErrors, type FieldErrors } from '../../../common/utils/field-errors';
import { ApiError } from '../../../lib/api-client';
import { MunicipalityPicker } from '../../municipalities/components/MunicipalityPicker';
import { DisplayNameInput } from '../components/DisplayNameInput';
import { EmailInput } from '../components/EmailInput';
import { NewPasswordInput } from '../components/NewPasswordInput';
import { useRegister } from '../hooks/useRegister';
import { useSession } from '../hooks/useSession';
import { accountFieldErrors, displayNameError, emailError, newPasswordError } from '../utils/account-validation';
import { type AccountPageState } from './AccountPage';

const FIELDS = ['displayName', 'email', 'password', 'municipalityId'] as const;
type RegisterField = (typeof FIELDS)[number];

export function RegisterPage() {
  const { t } = useTranslation();
  usePageTitle(t('register.title'));
  const { account } = useSession();
  const registration = useRegister();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();

  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [municipality, setMunicipality] = useState<MunicipalitySummary | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<RegisterField>>({});

  if (account) {
    const state: AccountPageState | undefined = registration.isSuccess ? { welcome: 'registered' } : undefined;
    return <Navigate to="/account" replace state={state} />;
  }

  const error = registration.error;
  const server = accountFieldErrors(error, FIELDS, t);
  const shownErrors = mergeFieldErrors(fieldErrors, server.fields);
  const formError = error && !hasFieldErrors(server.fields) ? describeError(error, t) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors<RegisterField> = {
      displayName: displayNameError(displayName, t),
      email: emailError(email, t),
      password: newPasswordError(password, t),
      municipalityId: municipality ? undefined : t('register.municipalityRequired'),
    };
    setFieldErrors(errors);
    if (hasFieldErrors(errors) || !municipality) {
      focusFirstInvalid();
      return;
    }
    registration.mutate({
      displayName: displayName.trim(),
      email: email.trim(),
      password,
      municipalityId: municipality.id,
    });
  };

  return (
    <Stack gap="lg" maw={520}>
      <div>
        <Title order={1}>{t('register.title')}</Title>
        <Text c="dimmed">{t('register.intro')}</Text>
      </div>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={[formError, ...server.unmatched]} />
          <DisplayNameInput value={displayName} onChange={setDisplayName} error={shownErrors.displayName} />
          <EmailInput
            label={t('register.email')}
            description={t('register.emailHint')}
            autoComplete="email"
            required
            value={email}
            onChange={setEmail}
            error={
              shownErrors.email && (
                <>
                  {shownErrors.email}
                  {error instanceof ApiError && error.code === AccountErrorCode.EmailTaken && !fieldErrors.email && (
                    <>
                      {' '}
                      <Anchor component={Link} to="/sign-in" size="sm">
                        {t('register.signInInstead')}
                      </Anchor>
                    </>
                  )}
                </>
              )
            }
          />
          <NewPasswordInput value={password} onChange={setPassword} error={shownErrors.password} />
          <MunicipalityPicker
            label={t('register.municipality')}
            description={t('register.municipalityHint')}
            value={municipality}
            onChange={setMunicipality}
            error={shownErrors.municipalityId}
            required
          />
          <Button type="submit" loading={registration.isPending}>
            {t('register.submit')}
          </Button>
        </Stack>
      </form>
      <Text>
        {t('register.haveAccount')}{' '}
        <Anchor component={Link} to="/sign-in">
          {t('register.signInLink')}
        </Anchor>
      </Text>
    </Stack>
  );
}
