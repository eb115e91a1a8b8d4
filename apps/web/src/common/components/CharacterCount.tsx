import { Text, VisuallyHidden } from '@mantine/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n';

/** From this share of the limit on the counter shows; before it, it would only distract. */
const SHOW_FROM = 0.8;

interface CharacterCountProps {
  value: string;
  max: number;
  /** The field's own hint, shown before the counter (the two share the field's description). */
  children?: ReactNode;
}

/**
 * A field's description with a counter once its text nears the limit: "12 characters left", then
 * "30 characters too many" in red. Nothing typed is ever cut: the form refuses to send an
 * over-long text and says why. Crossing the limit is announced once, not at every keystroke.
 */
export function CharacterCount({ value, max, children }: CharacterCountProps) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const length = value.length;
  const over = length > max;
  const counter =
    length >= max * SHOW_FROM ? (
      <Text component="span" size="xs" c={over ? 'red.7' : 'dimmed'} fw={over ? 600 : undefined} display="block">
        {over
          ? t('characterCount.over', { count: length - max, number: formatNumber(length - max), max: formatNumber(max) })
          : t('characterCount.left', { count: max - length, number: formatNumber(max - length) })}
      </Text>
    ) : null;
  return (
    <>
      {children}
      {counter}
      <VisuallyHidden component="span" aria-live="polite">
        {over ? t('characterCount.overAnnouncement', { max: formatNumber(max) }) : ''}
      </VisuallyHidden>
    </>
  );
}
