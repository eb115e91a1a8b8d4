import { NumberInput } from '@mantine/core';
import { useState } from 'react';

interface NumberFieldProps {
  id: string;
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  description?: string;
  error?: string;
  min?: number;
  max?: number;
  suffix?: string;
}

function toNumber(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const parsed = Number(value);
  return value.trim() !== '' && Number.isFinite(parsed) ? parsed : null;
}

/**
 * A number that may be left empty (null). It keeps what is being typed ("12.", "-") as typed and
 * reports the number it stands for, so the form's value is always a number or null.
 */
export function NumberField({ id, label, value, onChange, description, error, min, max, suffix }: NumberFieldProps) {
  const [text, setText] = useState<string | number>(value ?? '');
  const [lastValue, setLastValue] = useState(value);
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
      error={error}
      min={min}
      max={max}
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
