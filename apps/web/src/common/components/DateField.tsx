import { TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DateFieldProps {
  id?: string;
  label: string;
  /** A calendar date written YYYY-MM-DD, or null when empty. */
  value: string | null;
  onChange: (value: string | null) => void;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
}

type DatePart = 'day' | 'month' | 'year';

interface DatePattern {
  order: DatePart[];
  separator: string;
}

const patterns = new Map<string, DatePattern>();

/**
 * How dates are written in a language: "10.04.2025" in Turkish and German. English follows the
 * British order (10/04/2025): the portal serves European towns, and a month first reads as a day.
 */
export function datePatternOf(language: string): DatePattern {
  let pattern = patterns.get(language);
  if (!pattern) {
    const parts = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).formatToParts(new Date(Date.UTC(2025, 3, 10)));
    pattern = {
      order: parts.flatMap((part) => (part.type === 'day' || part.type === 'month' || part.type === 'year' ? [part.type] : [])),
      separator: parts.find((part) => part.type === 'literal')?.value ?? '.',
    };
    patterns.set(language, pattern);
  }
  return pattern;
}

/** "2025-04-10" as typed in the language ("10.04.2025"); anything else as it is. */
export function writeDate(iso: string, { order, separator }: DatePattern): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const parts: Record<DatePart, string> = { year: match[1], month: match[2], day: match[3] };
  return order.map((part) => parts[part]).join(separator);
}

/** What a person typed in the language's order (or as YYYY-MM-DD) as YYYY-MM-DD; null if no real date. */
export function readDate(text: string, { order }: DatePattern): string | null {
  const trimmed = text.trim();
  const numbers = /^\d{4}-\d{1,2}-\d{1,2}$/.test(trimmed)
    ? trimmed.split('-')
    : trimmed.split(/[./\-\s]+/).filter(Boolean);
  if (numbers.length !== 3 || numbers.some((number) => !/^\d+$/.test(number))) return null;
  const inOrder: DatePart[] = numbers[0].length === 4 ? ['year', 'month', 'day'] : order;
  const parts = Object.fromEntries(inOrder.map((part, index) => [part, Number(numbers[index])])) as Record<DatePart, number>;
  const yearText = numbers[inOrder.indexOf('year')];
  if (yearText.length !== 4) return null;
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  // Date.UTC rolls 31 February over into March: such a date was never real.
  if (date.getUTCMonth() !== parts.month - 1 || date.getUTCDate() !== parts.day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A date typed in the order of the interface language, not the browser's: a native date input
 * shows mm/dd/yyyy to a Turkish reader whose browser is in English. The form's value is always
 * YYYY-MM-DD or null; what is typed stays as typed, with the reason when it is not a date.
 */
export function DateField({ id, label, value, onChange, description, error, required }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const pattern = datePatternOf(i18n.language);
  const [text, setText] = useState(value ? writeDate(value, pattern) : '');
  const [lastValue, setLastValue] = useState(value);
  const [lastPattern, setLastPattern] = useState(pattern);
  // Half a date is what typing looks like: the reason waits until the person leaves the field.
  const [left, setLeft] = useState(false);
  // The value can change from outside (a reload), the language too: show it, unless it is what is typed already.
  if (value !== lastValue || pattern !== lastPattern) {
    setLastValue(value);
    setLastPattern(pattern);
    if (readDate(text, pattern) !== value || pattern !== lastPattern) setText(value ? writeDate(value, pattern) : '');
  }
  const format = t('forms.dateFormat');
  const unreadable = text.trim() !== '' && readDate(text, pattern) === null;
  const notADate = left && unreadable;
  return (
    <TextInput
      id={id}
      label={label}
      description={description}
      placeholder={format}
      inputMode="numeric"
      autoComplete="off"
      required={required}
      error={error || (notADate ? t('forms.date', { format, example: writeDate('2025-04-10', pattern) }) : undefined)}
      value={text}
      // The value is null while the text is no date; a form asks this before sending (useFocusFirstInvalid).
      data-unreadable={unreadable || undefined}
      onBlur={() => setLeft(true)}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        const parsed = typed.trim() === '' ? null : readDate(typed, pattern);
        setText(typed);
        setLastValue(parsed);
        onChange(parsed);
      }}
    />
  );
}
