import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_AUTONYMS, SUPPORTED_LANGUAGES } from '../i18n';

/** One button per interface language (EN / TR / DE); the i18n setup remembers the choice and updates `<html lang>`. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={4} role="group" aria-label={t('language.label')}>
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
            onClick={() => void i18n.changeLanguage(language)}
          >
            {code}
          </Button>
        );
      })}
    </Group>
  );
}
