import { PASSWORD_MIN_LENGTH } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { PasswordField } from './PasswordField';

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
    <PasswordField
      label={label ?? t('password.label')}
      description={t('password.rules', { min: PASSWORD_MIN_LENGTH })}
      autoComplete="new-password"
      required
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
