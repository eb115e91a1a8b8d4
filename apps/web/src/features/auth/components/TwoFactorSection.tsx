import { Alert, Button, Code, Group, Image, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { AccountErrorCode, SECOND_FACTOR_CODE_MAX_LENGTH, type Account, type TwoFactorSetup } from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { toString as qrCodeSvg } from 'qrcode';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from '../../../common/components/CharacterCount';
import { FormAlert } from '../../../common/components/FormAlert';
import { SuccessNotice } from '../../../common/components/SuccessNotice';
import { useFocusFirstInvalid } from '../../../common/hooks/useFocusFirstInvalid';
import { describeError } from '../../../common/utils/describe-error';
import { ApiError } from '../../../lib/api-client';
import { useBeginTwoFactorSetup, useDisableTwoFactor, useEnableTwoFactor } from '../hooks/useTwoFactor';
import { currentPasswordError, secondFactorCodeError } from '../utils/account-validation';
import { tooManyAttemptsMessage } from '../utils/too-many-attempts';
import { PasswordField } from './PasswordField';

/**
 * Two-factor sign-in on the account page: set up (QR code and key, confirmed with a code), the
 * recovery codes shown once, and turning it off with the password and a code.
 */
export function TwoFactorSection({ account }: { account: Account }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md" maw={520}>
      <div>
        <Title order={2} id={headingId}>
          {t('accountSecurity.twoFactor.title')}
        </Title>
        <Text c="dimmed">{t('accountSecurity.twoFactor.intro')}</Text>
      </div>
      {account.twoFactorSetupRequired && (
        <Alert color="red" variant="light" title={t('accountSecurity.twoFactor.requiredTitle')}>
          {t('accountSecurity.twoFactor.requiredMessage')}
        </Alert>
      )}
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      {recoveryCodes ? (
        // Shown whatever the session says now: the codes are never available again.
        <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />
      ) : account.twoFactorEnabled ? (
        <DisableTwoFactorForm email={account.email} onDisabled={() => setNotice(t('accountSecurity.twoFactor.disabled'))} />
      ) : (
        <SetUpTwoFactor
          onEnabled={(codes) => {
            setRecoveryCodes(codes);
            setNotice(t('accountSecurity.twoFactor.enabled'));
          }}
        />
      )}
    </Stack>
  );
}

function SetUpTwoFactor({ onEnabled }: { onEnabled: (recoveryCodes: string[]) => void }) {
  const { t } = useTranslation();
  const begin = useBeginTwoFactorSetup();
  const setup = begin.data;
  if (!setup) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text>{t('accountSecurity.twoFactor.off')}</Text>
        <FormAlert messages={[begin.error ? describeError(begin.error, t) : null]} />
        <Button loading={begin.isPending} onClick={() => begin.mutate()}>
          {t('accountSecurity.twoFactor.start')}
        </Button>
      </Stack>
    );
  }
  return <ConfirmTwoFactor setup={setup} onCancel={() => begin.reset()} onEnabled={onEnabled} />;
}

function ConfirmTwoFactor({ setup, onCancel, onEnabled }: { setup: TwoFactorSetup; onCancel: () => void; onEnabled: (recoveryCodes: string[]) => void }) {
  const { t } = useTranslation();
  const enable = useEnableTwoFactor();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const qrCode = useQrCode(setup.otpauthUri);

  const codeError = fieldError ?? wrongCodeMessage(enable.error, t);
  const formError = enable.error && !codeError ? (tooManyAttemptsMessage(enable.error, t) ?? describeError(enable.error, t)) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const error = secondFactorCodeError(code, t);
    setFieldError(error);
    if (error) {
      focusFirstInvalid();
      return;
    }
    enable.mutate({ code: code.trim() }, { onSuccess: (result) => onEnabled(result.recoveryCodes), onError: focusFirstInvalid });
  };

  return (
    <Stack gap="md">
      <Text>{t('accountSecurity.twoFactor.scan')}</Text>
      {qrCode && <Image src={qrCode} alt={t('accountSecurity.twoFactor.qrAlt')} w={200} h={200} />}
      <div>
        <Text size="sm" fw={500}>
          {t('accountSecurity.twoFactor.secret')}
        </Text>
        <Code style={{ wordBreak: 'break-all' }}>{setup.secret}</Code>
      </div>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert messages={[formError]} />
          <TextInput
            label={t('accountSecurity.twoFactor.confirmCode')}
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            description={<CharacterCount value={code} max={SECOND_FACTOR_CODE_MAX_LENGTH} />}
            value={code}
            onChange={(event) => {
              setCode(event.currentTarget.value);
              setFieldError(undefined);
            }}
            error={codeError}
          />
          <Group>
            <Button type="submit" loading={enable.isPending}>
              {t('accountSecurity.twoFactor.confirm')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('accountSecurity.twoFactor.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" title={t('accountSecurity.twoFactor.recoveryTitle')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('accountSecurity.twoFactor.recoveryIntro')}</Text>
        <List aria-label={t('accountSecurity.twoFactor.recoveryListLabel')} listStyleType="none" spacing={2}>
          {codes.map((code) => (
            <List.Item key={code}>
              <Code>{code}</Code>
            </List.Item>
          ))}
        </List>
        <Button onClick={onDone}>{t('accountSecurity.twoFactor.recoveryDone')}</Button>
      </Stack>
    </Alert>
  );
}

/** Admins and moderators who must keep it are told so by the API (two_factor_required). */
function DisableTwoFactorForm({ email, onDisabled }: { email: string; onDisabled: () => void }) {
  const { t } = useTranslation();
  const disable = useDisableTwoFactor();
  const { formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ password?: string; code?: string }>({});

  const error = disable.error;
  const passwordError = fieldErrors.password ?? (error instanceof ApiError && error.code === AccountErrorCode.WrongPassword ? t('accountSecurity.twoFactor.wrongPassword') : undefined);
  const codeError = fieldErrors.code ?? wrongCodeMessage(error, t);
  const formError = error && !passwordError && !codeError ? disableErrorMessage(error, t) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = { password: currentPasswordError(password, t), code: secondFactorCodeError(code, t) };
    setFieldErrors(errors);
    if (errors.password || errors.code) {
      focusFirstInvalid();
      return;
    }
    disable.mutate({ password, code: code.trim() }, { onSuccess: onDisabled, onError: focusFirstInvalid });
  };

  return (
    <Stack gap="sm">
      <Text>{t('accountSecurity.twoFactor.on')}</Text>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={3}>{t('accountSecurity.twoFactor.disableTitle')}</Title>
          <FormAlert messages={[formError]} />
          <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
          <PasswordField
            label={t('accountSecurity.twoFactor.disablePassword')}
            autoComplete="current-password"
            required
            value={password}
            onChange={setPassword}
            error={passwordError}
          />
          <TextInput
            label={t('accountSecurity.twoFactor.disableCode')}
            autoComplete="one-time-code"
            required
            description={<CharacterCount value={code} max={SECOND_FACTOR_CODE_MAX_LENGTH} />}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={codeError}
          />
          <Button type="submit" color="red" variant="light" loading={disable.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('accountSecurity.twoFactor.disable')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

/** The QR code of the set-up as an SVG data URL (no canvas needed, and allowed by the CSP's img-src). */
function useQrCode(otpauthUri: string): string | null {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void qrCodeSvg(otpauthUri, { type: 'svg', margin: 1 }).then((svg) => {
      if (current) setDataUrl(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      current = false;
    };
  }, [otpauthUri]);
  return dataUrl;
}

function wrongCodeMessage(error: unknown, t: TFunction): string | undefined {
  return error instanceof ApiError && error.code === AccountErrorCode.WrongCode ? t('accountSecurity.twoFactor.wrongCode') : undefined;
}

function disableErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.code === AccountErrorCode.TwoFactorRequired) return t('accountSecurity.twoFactor.mustKeep');
  return tooManyAttemptsMessage(error, t) ?? describeError(error, t);
}
