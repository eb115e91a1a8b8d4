import { Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { AccountErrorCode, SECOND_FACTOR_CODE_MAX_LENGTH } from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from '../../../common/components/CharacterCount';
import { FormAlert } from '../../../common/components/FormAlert';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { describeError } from '../../../common/utils/describe-error';
import { ApiError } from '../../../lib/api-client';
import { useSignInWithCode } from '../hooks/useSignIn';
import { secondFactorCodeError } from '../utils/account-validation';
import { tooManyAttemptsMessage } from '../utils/too-many-attempts';

interface SecondFactorFormProps {
  challengeToken: string;
  /** Back to the e-mail and password (the challenge expired, or the person wants another account). */
  onStartOver: () => void;
}

/** The second step of a two-factor sign-in: a code from the app, or a recovery code. */
export function SecondFactorForm({ challengeToken, onStartOver }: SecondFactorFormProps) {
  const { t } = useTranslation();
  const signIn = useSignInWithCode();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();

  const expired = signIn.error instanceof ApiError && signIn.error.code === AccountErrorCode.SignInChallengeInvalid;
  const codeError = fieldError ?? (signIn.error instanceof ApiError && signIn.error.code === AccountErrorCode.WrongCode ? t('accountSecurity.secondFactor.wrongCode') : undefined);
  const formError = signIn.error && !codeError ? secondFactorErrorMessage(signIn.error, t) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const error = secondFactorCodeError(code, t);
    setFieldError(error);
    if (error) {
      focusFirstInvalid();
      return;
    }
    signIn.mutate({ challengeToken, code: code.trim() }, { onError: focusFirstInvalid });
  };

  return (
    <Stack gap="lg" maw={420}>
      <Title order={1}>{t('accountSecurity.secondFactor.title')}</Title>
      <Text>{t('accountSecurity.secondFactor.intro')}</Text>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={[formError]} />
          <TextInput
            label={t('accountSecurity.secondFactor.code')}
            description={
              <CharacterCount value={code} max={SECOND_FACTOR_CODE_MAX_LENGTH}>
                {t('accountSecurity.secondFactor.codeHint')}
              </CharacterCount>
            }
            autoComplete="one-time-code"
            inputMode="text"
            autoFocus
            required
            value={code}
            onChange={(event) => {
              setCode(event.currentTarget.value);
              setFieldError(undefined);
            }}
            error={codeError}
          />
          <Button type="submit" loading={signIn.isPending} disabled={expired}>
            {t('accountSecurity.secondFactor.submit')}
          </Button>
        </Stack>
      </form>
      <Anchor component="button" type="button" onClick={onStartOver}>
        {t('accountSecurity.secondFactor.startOver')}
      </Anchor>
    </Stack>
  );
}

function secondFactorErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.code === AccountErrorCode.SignInChallengeInvalid) return t('accountSecurity.secondFactor.expired');
  return tooManyAttemptsMessage(error, t) ?? describeError(error, t);
}
