import { type Label, type TextVariants } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { isLanguage } from './i18n';

export interface Formatters {
  language: string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** "DE" → "Germany" / "Almanya" / "Deutschland"; falls back to the code itself. */
  countryName: (code: string) => string;
  /** "de" → "German" / "Almanca"; falls back to the code itself. */
  languageName: (code: string) => string;
  /** A word of the shared vocabularies (`THEME_LABELS`, `OUTCOME_LABELS`, …) in the current language. */
  labelOf: (label: Label) => string;
  /** A text entered once (a region, a twinning's description) in the current language where it was written in it, else as entered. */
  localized: (text: string, variants: TextVariants) => string;
  compareText: (a: string, b: string) => number;
  /** An ISO timestamp as a date ("10 Apr 2025" / "10 Nis 2025"). */
  formatDate: (iso: string) => string;
  /** An ISO timestamp as date and time, in the browser's time zone. */
  formatDateTime: (iso: string) => string;
  /** An ISO timestamp as the time of day ("14:05"), in the browser's time zone. */
  formatTime: (iso: string) => string;
  /** A calendar date written YYYY-MM-DD, as a date; no time zone can move it to the day before. */
  formatCalendarDate: (date: string) => string;
  /** A month written YYYY-MM, as "Mar 2025" / "Mar 2025"; no time zone can move it to the month before. */
  formatMonth: (month: string) => string;
  /** How long ago an ISO timestamp was: "3 days ago" / "3 gün önce". */
  formatTimeAgo: (iso: string, now?: number) => string;
}

const TIME_AGO_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/**
 * Locale-aware formatting in the current language. Built once per language for the whole app:
 * every field with a counter or a number asks for them, and Intl's constructors are not cheap.
 */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.language);
}

const formattersByLanguage = new Map<string, Formatters>();

function formattersFor(language: string): Formatters {
  let formatters = formattersByLanguage.get(language);
  if (!formatters) {
    formatters = buildFormatters(language);
    formattersByLanguage.set(language, formatters);
  }
  return formatters;
}

function buildFormatters(language: string): Formatters {
  const regionNames = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const languageNames = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
  const collator = new Intl.Collator(language);
  const numberFormat = new Intl.NumberFormat(language);
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const calendarDateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const timeFormat = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
  const relativeFormat = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const displayName = (names: Intl.DisplayNames, code: string) => {
    try {
      return names.of(code) ?? code;
    } catch {
      // Intl throws on anything that is not a well-formed code.
      return code;
    }
  };
  return {
    language,
    // Tables format a number per row: the plain format is made once, special ones when asked for.
    formatNumber: (value, options) =>
      (options ? new Intl.NumberFormat(language, options) : numberFormat).format(value),
    countryName: (code) => displayName(regionNames, code),
    languageName: (code) => displayName(languageNames, code),
    labelOf: (label) => label[isLanguage(language) ? language : 'en'],
    localized: (text, variants) => (isLanguage(language) && variants[language]?.trim()) || text,
    compareText: collator.compare,
    formatDate: (iso) => dateFormat.format(new Date(iso)),
    formatDateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    formatTime: (iso) => timeFormat.format(new Date(iso)),
    formatCalendarDate: (date) => {
      const parsed = new Date(`${date}T00:00:00Z`);
      return Number.isNaN(parsed.getTime()) ? date : calendarDateFormat.format(parsed);
    },
    formatMonth: (month) => {
      const parsed = new Date(`${month}-01T00:00:00Z`);
      return /^\d{4}-\d{2}$/.test(month) && !Number.isNaN(parsed.getTime()) ? monthFormat.format(parsed) : month;
    },
    formatTimeAgo: (iso, now = Date.now()) => {
      let amount = (new Date(iso).getTime() - now) / 1000;
      for (const [unit, size] of TIME_AGO_STEPS) {
        if (Math.abs(amount) < size) return relativeFormat.format(Math.round(amount), unit);
        amount /= size;
      }
      return relativeFormat.format(Math.round(amount), 'year');
    },
  };
}
