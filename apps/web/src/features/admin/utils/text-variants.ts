import { type Label, type TextVariants } from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { SUPPORTED_LANGUAGES } from '../../../i18n';

/** What the form holds: one box per interface language, empty where nothing was written. */
export function variantsToForm(variants: TextVariants): Label {
  return { en: variants.en ?? '', tr: variants.tr ?? '', de: variants.de ?? '' };
}

/** What is sent: the languages written in, trimmed; the others fall back to the text as entered. */
export function variantsFromForm(values: Label): TextVariants {
  return Object.fromEntries(SUPPORTED_LANGUAGES.flatMap((language) => (values[language].trim() ? [[language, values[language].trim()]] : [])));
}

export function variantsError(values: Label, max: number, t: TFunction): string | undefined {
  return SUPPORTED_LANGUAGES.some((language) => values[language].trim().length > max) ? t('forms.tooLong', { max }) : undefined;
}
