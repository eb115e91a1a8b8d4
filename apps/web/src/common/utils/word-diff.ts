export type WordDiffPart = { kind: 'same' | 'deleted' | 'inserted'; text: string };

/**
 * The most cells the LCS table may have (after the common start and end are set aside): 2,000,000
 * 16-bit cells, 4 MB, a few tens of milliseconds. Two fully rewritten texts of about 1,400 tokens
 * each (some 700 words, with the spaces between them) reach it; past it `wordDiff` gives up and the
 * caller shows the texts before and after instead.
 */
export const WORD_DIFF_MAX_CELLS = 2_000_000;

/**
 * Words (letters, combining marks and digits of any script: "ağaçlandırma", "Straße"), runs of
 * whitespace and single punctuation marks, so "well." against "well," changes only the mark and
 * Markdown's "**" or "- " are marks of their own.
 */
const TOKEN = /\s+|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * One text with what was deleted and what was inserted, word by word: the longest common
 * subsequence of the two texts' tokens, whitespace kept, so joining the same and deleted parts
 * gives `before` back and the same and inserted parts give `after`. Null when the texts are too
 * long to compare (see WORD_DIFF_MAX_CELLS).
 */
export function wordDiff(before: string, after: string): WordDiffPart[] | null {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  const rows = a.length - start - end;
  const cols = b.length - start - end;
  if ((rows + 1) * (cols + 1) > WORD_DIFF_MAX_CELLS) return null;

  // lengths[i * (cols + 1) + j]: the LCS of the middle of `a` from i and the middle of `b` from j.
  const lengths = new Uint16Array((rows + 1) * (cols + 1));
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = cols - 1; j >= 0; j -= 1) {
      lengths[i * (cols + 1) + j] =
        a[start + i] === b[start + j]
          ? lengths[(i + 1) * (cols + 1) + j + 1] + 1
          : Math.max(lengths[(i + 1) * (cols + 1) + j], lengths[i * (cols + 1) + j + 1]);
    }
  }

  const parts: WordDiffPart[] = [];
  const push = (kind: WordDiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  a.slice(0, start).forEach((token) => push('same', token));
  let i = 0;
  let j = 0;
  while (i < rows || j < cols) {
    if (i < rows && j < cols && a[start + i] === b[start + j]) {
      push('same', a[start + i]);
      i += 1;
      j += 1;
    } else if (j >= cols || (i < rows && lengths[(i + 1) * (cols + 1) + j] >= lengths[i * (cols + 1) + j + 1])) {
      push('deleted', a[start + i]);
      i += 1;
    } else {
      push('inserted', b[start + j]);
      j += 1;
    }
  }
  a.slice(a.length - end).forEach((token) => push('same', token));
  return parts;
}
