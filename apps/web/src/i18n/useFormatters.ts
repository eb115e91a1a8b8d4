import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Formatters {
  language: string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** "DE" → "Germany" / "Almanya"; falls back to the code itself. */
  countryName: (code: string) => string;
  compareText: (a: string, b: string) => number;
  /** An ISO timestamp as a date ("10 Apr 2025" / "10 Nis 2025"). */
  formatDate: (iso: string) => string;
  /** An ISO timestamp as date and time, in the browser's time zone. */
  formatDateTime: (iso: string) => string;
}

/** Locale-aware formatting in the current language, rebuilt only when the language changes. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const regionNames = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    const collator = new Intl.Collator(language);
    const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    const dateTimeFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      language,
      formatNumber: (value, options) => new Intl.NumberFormat(language, options).format(value),
      countryName: (code) => {
        try {
          return regionNames.of(code) ?? code;
        } catch {
          // Intl throws on anything that is not a well-formed region code.
          return code;
        }
      },
      compareText: collator.compare,
      formatDate: (iso) => dateFormat.format(new Date(iso)),
      formatDateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    };
  }, [language]);
}
