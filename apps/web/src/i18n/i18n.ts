import i18next, { type i18n as I18n } from 'i18next';
import { isOneOf } from '../common/utils/is-one-of';
import { de } from './locales/de';
import { en } from './locales/en';
import { tr } from './locales/tr';

export const SUPPORTED_LANGUAGES = ['en', 'tr', 'de'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

/** Each language is offered under its own name, whatever language the page is in. */
export const LANGUAGE_AUTONYMS: Record<Language, string> = { en: 'English', tr: 'Türkçe', de: 'Deutsch' };

export const LANGUAGE_STORAGE_KEY = 'twinning-exchange.language';

export function isLanguage(value: unknown): value is Language {
  return isOneOf(value, SUPPORTED_LANGUAGES);
}

/** The language chosen before, else the browser's if we have it, else English. */
export function detectLanguage(): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  const browserLanguage = navigator.language.slice(0, 2).toLowerCase();
  return isLanguage(browserLanguage) ? browserLanguage : 'en';
}

/** A separate instance per app (and per test), so languages never leak between them. */
export function createI18n(language: Language = detectLanguage()): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { translation: en }, tr: { translation: tr }, de: { translation: de } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: SUPPORTED_LANGUAGES,
    // React escapes what it renders; escaping here too would show "&amp;" in names.
    interpolation: { escapeValue: false },
    // The resources are bundled, so the first render can already be translated.
    initAsync: false,
  });
  reflectLanguage(language);
  instance.on('languageChanged', (next) => {
    if (!isLanguage(next)) return;
    reflectLanguage(next);
    storeLanguage(next);
  });
  return instance;
}

function reflectLanguage(language: Language): void {
  document.documentElement.lang = language;
}

function readStoredLanguage(): Language | null {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    // Storage can be disabled (private mode, strict settings); the choice is then not remembered.
    return null;
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // See readStoredLanguage.
  }
}
