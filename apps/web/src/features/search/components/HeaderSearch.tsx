import { Box, TextInput } from '@mantine/core';
import { SEARCH_QUERY_MAX_LENGTH } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';

interface SearchBoxProps {
  size?: 'xs' | 'md';
  width?: number | string;
  placeholder?: string;
}

/** A search box: Enter opens the search page with the words typed. */
export function SearchBox({ size = 'xs', width = 220, placeholder }: SearchBoxProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  return (
    <Box
      component="form"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        const q = text.trim();
        void navigate(q ? `/search?${new URLSearchParams({ q }).toString()}` : '/search');
        setText('');
      }}
    >
      <TextInput
        type="search"
        size={size}
        w={width}
        aria-label={t('search.inputLabel')}
        placeholder={placeholder ?? t('search.headerPlaceholder')}
        maxLength={SEARCH_QUERY_MAX_LENGTH}
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
    </Box>
  );
}

/**
 * The header's search box. The search page and the home page have their own, larger box, so this
 * one steps aside there (two boxes of the same name would confuse).
 */
export function HeaderSearch({ width, size }: Pick<SearchBoxProps, 'width' | 'size'>) {
  const onSearchPage = useMatch('/search');
  const onHomePage = useMatch({ path: '/', end: true });
  if (onSearchPage || onHomePage) return null;
  return <SearchBox width={width} size={size} />;
}
