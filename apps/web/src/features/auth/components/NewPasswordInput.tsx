import { PasswordInput } from '@mantine/core';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';

interface NewPasswordInputProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** A password being chosen, with its rules shown (and read out) before anyone breaks them. */
export function NewPasswordInput({ value, onChange, error }: NewPasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      label={t('password.label')}
      description={t('password.rules', { min: PASSWORD_MIN_LENGTH })}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      required
      autoComplete="new-password"
      maxLength={PASSWORD_MAX_LENGTH}
      visibilityToggleButtonProps={{ 'aria-label': t('password.toggleVisibility') }}
    />
  );
}
