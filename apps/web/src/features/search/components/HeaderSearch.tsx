import { Box, TextInput } from '@mantine/core';
import { SEARCH_QUERY_MAX_LENGTH } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';

/**
 * The header's search box: Enter opens the search page with the words typed. The search page has
 * its own, larger box, so this one steps aside there (two boxes of the same name would confuse).
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const onSearchPage = useMatch('/search');
  const [text, setText] = useState('');

  if (onSearchPage) return null;
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
        size="xs"
        w={220}
        aria-label={t('search.inputLabel')}
        placeholder={t('search.headerPlaceholder')}
        maxLength={SEARCH_QUERY_MAX_LENGTH}
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
    </Box>
  );
}
