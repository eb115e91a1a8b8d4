import { PasswordInput } from '@mantine/core';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';

interface NewPasswordInputProps {
  /** "Password" unless the form has other password fields to tell it from. */
  label?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** A password being chosen, with its rules shown (and read out) before anyone breaks them. */
export function NewPasswordInput({ label, value, onChange, error }: NewPasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      label={label ?? t('password.label')}
      description={t('password.rules', { min: PASSWORD_MIN_LENGTH })}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      // Mantine's PasswordInput marks an error only by its looks; say it to assistive technology too.
      aria-invalid={error ? true : undefined}
      required
      autoComplete="new-password"
      maxLength={PASSWORD_MAX_LENGTH}
      visibilityToggleButtonProps={{ 'aria-label': t('password.toggleVisibility') }}
    />
  );
}
