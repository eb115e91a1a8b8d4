import { PasswordInput } from '@mantine/core';
import { PASSWORD_MAX_LENGTH } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from '../../../common/components/CharacterCount';

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

/**
 * Any password box: a counter near the API's limit (a pasted password is kept whole, and the form
 * refuses an over-long one with a reason), its error and its show/hide button named for screen readers.
 */
export function PasswordField({ label, value, onChange, autoComplete, description, error, required }: PasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      label={label}
      description={
        <CharacterCount value={value} max={PASSWORD_MAX_LENGTH}>
          {description}
        </CharacterCount>
      }
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      // Mantine's PasswordInput marks an error only by its looks; say it to assistive technology too.
      aria-invalid={error ? true : undefined}
      required={required}
      autoComplete={autoComplete}
      visibilityToggleButtonProps={{ 'aria-label': t('password.toggleVisibility') }}
    />
  );
}
