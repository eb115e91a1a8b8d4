import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language, LANGUAGE_AUTONYMS, SUPPORTED_LANGUAGES, switchLanguage } from '../i18n';

/**
 * One button per interface language (EN / TR / DE); the i18n setup remembers the choice and updates
 * `<html lang>`. A language not used yet in this visit is fetched first: its button shows that it is
 * loading, and the page, with whatever was typed in it, stays as it is meanwhile.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const [loading, setLoading] = useState<Language | null>(null);
  const [failed, setFailed] = useState<Language | null>(null);

  const choose = async (language: Language) => {
    setFailed(null);
    setLoading(language);
    try {
      await switchLanguage(i18n, language);
    } catch {
      setFailed(language);
    } finally {
      setLoading(null);
    }
  };

  return (
    <Stack gap={2} align="flex-end">
      <Group gap={4} role="group" aria-label={t('language.label')} aria-busy={loading !== null}>
        {SUPPORTED_LANGUAGES.map((language) => {
          const selected = i18n.resolvedLanguage === language;
          const code = language.toUpperCase();
          return (
            <Button
              key={language}
              size="compact-sm"
              variant={selected ? 'filled' : 'subtle'}
              lang={language}
              // The visible code comes first so voice control ("click TR") still works.
              aria-label={`${code}, ${LANGUAGE_AUTONYMS[language]}`}
              aria-pressed={selected}
              title={LANGUAGE_AUTONYMS[language]}
              loading={loading === language}
              loaderProps={{ 'aria-label': t('language.loading', { language: LANGUAGE_AUTONYMS[language] }) }}
              onClick={() => void choose(language)}
            >
              {code}
            </Button>
          );
        })}
      </Group>
      {failed && (
        <Text size="xs" c="red" role="alert" maw={260}>
          {t('language.loadError', { language: LANGUAGE_AUTONYMS[failed] })}
        </Text>
      )}
    </Stack>
  );
}
