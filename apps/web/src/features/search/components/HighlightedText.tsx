import { Mark } from '@mantine/core';
import { Fragment } from 'react';
import { splitHighlight } from '../utils/highlight';

/**
 * A snippet of the search API with the matched words in `<mark>`. Everything is rendered as
 * text, so markup in a case study ("<img onerror=…>") is shown, never run.
 */
export function HighlightedText({ text }: { text: string }) {
  return (
    <>
      {splitHighlight(text).map((segment, index) =>
        segment.matched ? (
          <Mark key={index} color="yellow">
            {segment.text}
          </Mark>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
