import { NumberInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n';

interface NumberFieldProps {
  id?: string;
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  min?: number;
  max?: number;
  /** Whole numbers only (a year, a population). */
  integer?: boolean;
  suffix?: string;
}

function toNumber(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const parsed = Number(value);
  return value.trim() !== '' && Number.isFinite(parsed) ? parsed : null;
}

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** Why a number breaks its rule, in the reader's language; null when it fits (or is empty). */
export function useNumberProblem() {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  return (value: number | null, { min, max, integer }: NumberRule): string | null => {
    if (value === null) return null;
    if (integer && !Number.isInteger(value)) return t('forms.integer');
    const below = min !== undefined && value < min;
    const above = max !== undefined && value > max;
    if (!below && !above) return null;
    if (min !== undefined && max !== undefined) return t('forms.between', { min: formatNumber(min), max: formatNumber(max) });
    return below ? t('numberRange.atLeast', { min: formatNumber(min ?? 0) }) : t('numberRange.atMost', { max: formatNumber(max ?? 0) });
  };
}

/**
 * A number that may be left empty (null). It keeps what is being typed ("12.", "-") as typed and
 * reports the number it stands for, so the form's value is always a number or null. A number out
 * of range is never changed into one that fits (−500 stays −500): it is shown with the reason,
 * at once, and the form refuses to send it.
 */
export function NumberField({ id, label, value, onChange, description, error, required, min, max, integer, suffix }: NumberFieldProps) {
  const [text, setText] = useState<string | number>(value ?? '');
  const [lastValue, setLastValue] = useState(value);
  const numberProblem = useNumberProblem();
  // The value can change from outside (a reload): show it, unless it is what is typed already.
  if (value !== lastValue) {
    setLastValue(value);
    if (toNumber(text) !== value) setText(value ?? '');
  }
  return (
    <NumberInput
      id={id}
      label={label}
      description={description}
      error={error || numberProblem(value, { min, max, integer })}
      required={required}
      clampBehavior="none"
      suffix={suffix}
      hideControls
      value={text}
      onChange={(next) => {
        const parsed = toNumber(next);
        setText(next);
        setLastValue(parsed);
        onChange(parsed);
      }}
    />
  );
}
