import { TextInput } from '@mantine/core';
import { EMAIL_MAX_LENGTH } from '@twinning/contracts';
import { type ReactNode } from 'react';
import { CharacterCount } from '../../../common/components/CharacterCount';

interface EmailInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** `username` where the address signs in to an account; `email` where a new account gets one. */
  autoComplete: 'username' | 'email';
  description?: string;
  error?: ReactNode;
  required?: boolean;
}

/**
 * The e-mail address of an account (signing in, registering, a forgotten password): a pasted
 * address is kept whole, with a counter near the limit; `emailError` refuses an over-long one.
 */
export function EmailInput({ label, value, onChange, autoComplete, description, error, required }: EmailInputProps) {
  return (
    <TextInput
      label={label}
      description={
        <CharacterCount value={value} max={EMAIL_MAX_LENGTH}>
          {description}
        </CharacterCount>
      }
      type="email"
      autoComplete={autoComplete}
      required={required}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
