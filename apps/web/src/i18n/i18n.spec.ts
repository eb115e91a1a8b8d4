import { createI18n, detectLanguage, LANGUAGE_STORAGE_KEY } from './i18n';
import { en } from './locales/en';
import { tr } from './locales/tr';

function leafValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Object.values(value as Record<string, unknown>).flatMap(leafValues);
}

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
    const i18n = createI18n('tr');

    expect(i18n.t('towns.total', { count: 1, formattedCount: '1' })).toBe('1 belediye');
    expect(i18n.t('town.partners.since', { year: 1997 })).toBe('1997 yılından beri');

    void i18n.changeLanguage('en');
    expect(i18n.t('towns.total', { count: 2, formattedCount: '2' })).toBe('2 towns');
  });

  it('has no empty string in either language', () => {
    expect(leafValues(en).filter((text) => text.trim() === '')).toEqual([]);
    expect(leafValues(tr).filter((text) => text.trim() === '')).toEqual([]);
  });
});
