import { Group, Stack, Text, TextInput } from '@mantine/core';
import { type FacetValue } from '@twinning/contracts';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isYear, type SearchFilters } from '../utils/search-filters';

type YearPatch = Pick<SearchFilters, 'yearFrom' | 'yearTo'>;

interface YearRangeProps {
  /** The year facet: which start years the results have, and how many of each. */
  counted: readonly FacetValue[];
  yearFrom: number | null;
  yearTo: number | null;
  onChange: (years: YearPatch) => void;
}

interface YearErrors {
  from?: string;
  to?: string;
}

/**
 * "Started between" as two year fields, bounded by the years the results span. A year is applied
 * when the field is left or Enter is pressed, not at every digit typed.
 */
export function YearRange({ counted, yearFrom, yearTo, onChange }: YearRangeProps) {
  const { t } = useTranslation();
  const years = counted.map((entry) => Number(entry.value)).filter(isYear);
  const min = years.length > 0 ? Math.min(...years) : undefined;
  const max = years.length > 0 ? Math.max(...years) : undefined;

  const [fromText, setFromText] = useState(yearText(yearFrom));
  const [toText, setToText] = useState(yearText(yearTo));
  const [shown, setShown] = useState({ yearFrom, yearTo });
  const [errors, setErrors] = useState<YearErrors>({});
  // The URL can change without typing here (a removed chip, the back button): show what it says.
  if (shown.yearFrom !== yearFrom || shown.yearTo !== yearTo) {
    setShown({ yearFrom, yearTo });
    setFromText(yearText(yearFrom));
    setToText(yearText(yearTo));
    setErrors({});
  }

  const commit = () => {
    const from = parseYearText(fromText);
    const to = parseYearText(toText);
    const example = String(max ?? new Date().getFullYear());
    const next: YearErrors = {
      from: from === undefined ? t('search.yearInvalid', { example }) : undefined,
      to: to === undefined ? t('search.yearInvalid', { example }) : undefined,
    };
    if (from != null && to != null && from > to) next.to = t('search.yearOrder');
    setErrors(next);
    if (next.from || next.to || from === undefined || to === undefined) return;
    if (from !== yearFrom || to !== yearTo) onChange({ yearFrom: from, yearTo: to });
  };
  const commitOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
  };

  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('search.yearHint')}
      </Text>
      <Group gap="xs" grow align="flex-start" wrap="nowrap">
        <TextInput
          type="number"
          inputMode="numeric"
          label={t('search.yearFrom')}
          min={min}
          max={max}
          step={1}
          value={fromText}
          error={errors.from}
          onChange={(event) => setFromText(event.currentTarget.value)}
          onBlur={commit}
          onKeyDown={commitOnEnter}
        />
        <TextInput
          type="number"
          inputMode="numeric"
          label={t('search.yearTo')}
          min={min}
          max={max}
          step={1}
          value={toText}
          error={errors.to}
          onChange={(event) => setToText(event.currentTarget.value)}
          onBlur={commit}
          onKeyDown={commitOnEnter}
        />
      </Group>
    </Stack>
  );
}

function yearText(year: number | null): string {
  return year === null ? '' : String(year);
}

/** Null for an empty field (no bound), undefined for something that is not a year. */
function parseYearText(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{4}$/.test(trimmed)) return undefined;
  const year = Number(trimmed);
  return isYear(year) ? year : undefined;
}
