import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';

export const SEARCH_DEBOUNCE_MS = 300;

interface SearchInputProps {
  /** The search in the URL. */
  value: string;
  /** Called once typing pauses (or on Enter), not on every key. */
  onCommit: (value: string) => void;
  label: string;
  description?: string;
  placeholder?: string;
  maxLength: number;
}

export function SearchInput({ value, onCommit, label, description, placeholder, maxLength }: SearchInputProps) {
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
      label={label}
      description={description}
      placeholder={placeholder}
      value={text}
      maxLength={maxLength}
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
