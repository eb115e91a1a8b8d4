import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { MUNICIPALITY_SEARCH_MAX_LENGTH } from '@twinning/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const SEARCH_DEBOUNCE_MS = 300;

interface TownSearchInputProps {
  /** The search in the URL. */
  value: string;
  /** Called once typing pauses (or on Enter), not on every key. */
  onCommit: (value: string) => void;
}

export function TownSearchInput({ value, onCommit }: TownSearchInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  const commit = useDebouncedCallback(onCommit, SEARCH_DEBOUNCE_MS);

  // The URL can change without typing (back button, "clear filters"): show what it now says.
  if (value !== lastValue) {
    setLastValue(value);
    setText(value);
  }
  // ...and drop a keystroke still waiting to be committed, or it would bring the old search back.
  useEffect(() => {
    commit.cancel();
  }, [value, commit]);

  return (
    <TextInput
      type="search"
      label={t('towns.searchLabel')}
      description={t('towns.searchDescription')}
      placeholder={t('towns.searchPlaceholder')}
      value={text}
      maxLength={MUNICIPALITY_SEARCH_MAX_LENGTH}
      autoComplete="off"
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit.flush();
      }}
    />
  );
}
