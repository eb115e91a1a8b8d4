import { TextInput } from '@mantine/core';
import { DISPLAY_NAME_MAX_LENGTH } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from '../../../common/components/CharacterCount';

interface DisplayNameInputProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** The name a new account goes by (registering, accepting an invitation). */
export function DisplayNameInput({ value, onChange, error }: DisplayNameInputProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('register.displayName')}
      autoComplete="name"
      required
      description={<CharacterCount value={value} max={DISPLAY_NAME_MAX_LENGTH} />}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
