import { createI18n, type Language, type Translations } from '../i18n';
import { de } from '../i18n/locales/de';
import { en } from '../i18n/locales/en';
import { tr } from '../i18n/locales/tr';

/** Every language's texts, imported at once: a test may switch language without waiting for a chunk. */
export const ALL_TRANSLATIONS: Required<Translations> = { en, tr, de };

/** An i18n instance as the app has it, with all three languages at hand. */
export function createTestI18n(language: Language = 'en') {
  return createI18n(language, ALL_TRANSLATIONS);
}
