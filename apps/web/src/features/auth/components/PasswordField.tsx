import { PasswordInput } from '@mantine/core';
import { PASSWORD_MAX_LENGTH } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';

interface PasswordFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Tells browsers and password managers whether to fill in the saved password or offer a new one. */
  autoComplete: 'current-password' | 'new-password';
  description?: string;
  error?: string;
  required?: boolean;
}

/** Any password box: no longer than the API takes, its error and its show/hide button named for screen readers. */
export function PasswordField({ label, value, onChange, autoComplete, description, error, required }: PasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      label={label}
      description={description}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      // Mantine's PasswordInput marks an error only by its looks; say it to assistive technology too.
      aria-invalid={error ? true : undefined}
      required={required}
      autoComplete={autoComplete}
      maxLength={PASSWORD_MAX_LENGTH}
      visibilityToggleButtonProps={{ 'aria-label': t('password.toggleVisibility') }}
    />
  );
}
