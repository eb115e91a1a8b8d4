import { API_ERROR_CODES, AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, VALIDATION_RULES } from '@twinning/contracts';
import { ALL_TRANSLATIONS, createTestI18n } from '../test/i18n';
import { detectLanguage, LANGUAGE_STORAGE_KEY, loadI18n, SUPPORTED_LANGUAGES, switchLanguage } from './i18n';

/** Every string of a locale by its dotted key, such as `towns.total_one`. */
function leaves(value: unknown, prefix = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[prefix, value]]);
  return new Map(
    Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => [...leaves(child, prefix ? `${prefix}.${key}` : key)]),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();
}

const english = leaves(ALL_TRANSLATIONS.en);

describe('i18n', () => {
  it('uses the language chosen before', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'tr');

    expect(detectLanguage()).toBe('tr');
  });

  it('ignores a stored value it does not know and falls back to the browser language', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');

    // jsdom's navigator.language is en-US.
    expect(detectLanguage()).toBe('en');
  });

  it('translates with plurals and interpolation in both languages', () => {
    const i18n = createTestI18n('tr');

    expect(i18n.t('towns.total', { count: 1, formattedCount: '1' })).toBe('1 belediye');
    expect(i18n.t('town.partners.since', { year: 1997 })).toBe('1997 yılından beri');

    void i18n.changeLanguage('en');
    expect(i18n.t('towns.total', { count: 2, formattedCount: '2' })).toBe('2 towns');
  });

  it('translates with plurals and interpolation in German', () => {
    const i18n = createTestI18n('de');

    expect(i18n.t('towns.total', { count: 1, formattedCount: '1' })).toBe('1 Kommune');
    expect(i18n.t('towns.total', { count: 1384, formattedCount: '1.384' })).toBe('1.384 Kommunen');
    expect(i18n.t('town.partners.since', { year: 1997 })).toBe('Seit 1997');
    expect(document.documentElement.lang).toBe('de');
  });

  it('loads only the reader\'s language, and another one when the reader switches to it', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    const i18n = await loadI18n();

    expect(i18n.t('towns.total', { count: 2, formattedCount: '2' })).toBe('2 Kommunen');
    expect(SUPPORTED_LANGUAGES.filter((language) => i18n.hasResourceBundle(language, 'translation'))).toEqual(['de']);

    await switchLanguage(i18n, 'tr');
    expect(i18n.t('towns.total', { count: 2, formattedCount: '2' })).toBe('2 belediye');
    expect(document.documentElement.lang).toBe('tr');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('tr');
  });

  it('offers a language the browser asks for', () => {
    window.localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    const browserLanguage = jest.spyOn(window.navigator, 'language', 'get').mockReturnValue('de-AT');

    expect(detectLanguage()).toBe('de');
    browserLanguage.mockRestore();
  });

  // The API words its refusals in English; the interface needs its own text for each code and rule.
  it('has a text for every error code, validation rule and audit action the API can answer with', () => {
    const missing = [
      ...API_ERROR_CODES.map((code) => `apiErrors.${code}`),
      ...VALIDATION_RULES.map((rule) => `apiRules.${rule}`),
      ...AUDIT_ACTIONS.map((action) => `adminAudit.actions.${action}`),
      ...AUDIT_ENTITY_TYPES.map((type) => `adminAudit.entityTypes.${type}`),
    ].filter(
      (key) => !english.has(key),
    );
    expect(missing).toEqual([]);
  });

  it('words a refusal with the limits the API sends', () => {
    const i18n = createTestI18n('tr');

    expect(i18n.t('apiRules.too_long', { max: 200 })).toBe('en çok 200 karakter olabilir');
    void i18n.changeLanguage('de');
    expect(i18n.t('apiRules.too_few', { min: 1 })).toBe('braucht mindestens 1');
  });

  // The type of each locale already demands en.ts's keys; this also catches a locale built another
  // way (a cast, a spread) and a translation that drops or renames a placeholder.
  describe.each(SUPPORTED_LANGUAGES)('%s', (language) => {
    const strings = leaves(ALL_TRANSLATIONS[language]);

    it('has exactly the keys of English, no more and no fewer', () => {
      expect([...strings.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it('keeps every placeholder of the English text', () => {
      const differing = [...english].filter(([key, text]) => placeholders(strings.get(key) ?? '').join() !== placeholders(text).join());
      expect(differing.map(([key]) => key)).toEqual([]);
    });

    it('has no empty string', () => {
      expect([...strings].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    });
  });
});
