import { HIGHLIGHT_END, HIGHLIGHT_START } from '@twinning/contracts';

/** A run of a highlighted text: the words the search matched, or the text between them. */
export interface HighlightSegment {
  text: string;
  matched: boolean;
}

/**
 * Splits a highlighted snippet of the search API at its markers (private-use characters, never
 * HTML), so the matches can be rendered as elements and the rest as plain text. A stray or
 * unbalanced marker is dropped rather than shown.
 */
export function splitHighlight(text: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let matched = false;
  let run = '';
  const endRun = () => {
    if (!run) return;
    const previous = segments[segments.length - 1];
    if (previous && previous.matched === matched) previous.text += run;
    else segments.push({ text: run, matched });
    run = '';
  };
  for (const char of text) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_END) {
      endRun();
      matched = char === HIGHLIGHT_START;
    } else {
      run += char;
    }
  }
  endRun();
  return segments;
}

/** The snippet as plain text, its markers removed. */
export function stripHighlight(text: string): string {
  return text.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '');
}

/** Whether the search matched anything in this snippet. */
export function hasHighlight(text: string): boolean {
  return splitHighlight(text).some((segment) => segment.matched);
}
