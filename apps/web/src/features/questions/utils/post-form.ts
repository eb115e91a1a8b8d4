import { type TFunction } from 'i18next';

/** The API's rule for a question, an answer and a report's reason: some text, and not too much of it. */
export function validatePostText(value: string, maxLength: number, t: TFunction): string | undefined {
  const text = value.trim();
  if (!text) return t('forms.required');
  if (text.length > maxLength) return t('forms.tooLong', { max: maxLength });
  return undefined;
}
