import { type Translation } from './locales/en';

// Typed keys: `t('towns.titel')` fails the type check instead of showing a raw key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}
