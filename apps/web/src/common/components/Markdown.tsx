import { Typography } from '@mantine/core';
import { useMemo } from 'react';
import { renderMarkdown } from '../utils/markdown';

interface MarkdownProps {
  /** Markdown as the author wrote it. */
  source: string;
  /** The language the text is written in, when it differs from the page's. */
  lang?: string;
}

/** A long text of a case study: Markdown rendered and sanitised (see `renderMarkdown`). */
export function Markdown({ source, lang }: MarkdownProps) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // The HTML comes out of DOMPurify, so inserting it cannot run script.
  return <Typography lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
