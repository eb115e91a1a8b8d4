import i18next, { type i18n as I18n } from 'i18next';
import { isOneOf } from '../common/utils/is-one-of';
import { type Translation } from './locales/en';

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

/** The texts of the languages at hand; the app has the reader's, tests have all three (test/i18n.ts). */
export type Translations = Partial<Record<Language, Translation>>;

// Each language is a chunk of its own, fetched when needed: a first visit downloads one language's
// texts, not three (docs/benchmarks.md, First visit).
const LOCALE_LOADERS: Record<Language, () => Promise<Translation>> = {
  en: () => import('./locales/en').then((module) => module.en),
  tr: () => import('./locales/tr').then((module) => module.tr),
  de: () => import('./locales/de').then((module) => module.de),
};

/**
 * A separate instance per app (and per test), so languages never leak between them. `language`
 * must be among `translations`.
 */
export function createI18n(language: Language, translations: Translations): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: Object.fromEntries(Object.entries(translations).map(([code, translation]) => [code, { translation }])),
    lng: language,
    fallbackLng: 'en',
    supportedLngs: SUPPORTED_LANGUAGES,
    // React escapes what it renders; escaping here too would show "&amp;" in names.
    interpolation: { escapeValue: false },
    // The texts are at hand before init, so the first render can already be translated.
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

/** The app's instance, once the reader's language has arrived: the page renders once, already translated. */
export async function loadI18n(language: Language = detectLanguage()): Promise<I18n> {
  return createI18n(language, { [language]: await LOCALE_LOADERS[language]() });
}

/** Fetches a language's texts the first time it is chosen, then switches; rejects (and stays) when they cannot be fetched. */
export async function switchLanguage(i18n: I18n, language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await LOCALE_LOADERS[language]());
  }
  await i18n.changeLanguage(language);
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
