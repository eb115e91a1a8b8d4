import { Text } from '@mantine/core';
import { LONG_TEXT_FIELDS, type TranslatedTextKey } from '@twinning/contracts';
import { Markdown } from '../../../common/components/Markdown';
import { isOneOf } from '../../../common/utils/is-one-of';

/** One text of an original or a translation, as a reader of the case study sees it: long texts are Markdown. */
export function TranslatedText({ field, text, lang }: { field: TranslatedTextKey; text: string; lang?: string }) {
  if (isMarkdownText(field)) return <Markdown source={text} lang={lang} />;
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} lang={lang}>
      {text}
    </Text>
  );
}

export function isMarkdownText(field: TranslatedTextKey): boolean {
  return isOneOf(field, LONG_TEXT_FIELDS);
}
