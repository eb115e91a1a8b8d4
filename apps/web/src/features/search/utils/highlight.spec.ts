import { HIGHLIGHT_END as END, HIGHLIGHT_START as START } from '@twinning/contracts';
import { hasHighlight, splitHighlight, stripHighlight } from './highlight';

describe('splitHighlight', () => {
  it('separates the matched words from the text around them', () => {
    expect(splitHighlight(`Separate ${START}organic${END} waste, ${START}composted${END}.`)).toEqual([
      { text: 'Separate ', matched: false },
      { text: 'organic', matched: true },
      { text: ' waste, ', matched: false },
      { text: 'composted', matched: true },
      { text: '.', matched: false },
    ]);
  });

  it('gives plain text as one unmatched run, and nothing for an empty text', () => {
    expect(splitHighlight('No match here')).toEqual([{ text: 'No match here', matched: false }]);
    expect(splitHighlight('')).toEqual([]);
  });

  it('drops stray and unbalanced markers instead of showing them', () => {
    expect(splitHighlight(`${END}atık ${START}${START}ayrıştırma`)).toEqual([
      { text: 'atık ', matched: false },
      { text: 'ayrıştırma', matched: true },
    ]);
    expect(splitHighlight(`${START}${END}`)).toEqual([]);
  });
});

describe('stripHighlight and hasHighlight', () => {
  it('reads the snippet without its markers, and tells whether anything matched', () => {
    const snippet = `Çöp ${START}ayrıştırma${END}`;
    expect(stripHighlight(snippet)).toBe('Çöp ayrıştırma');
    expect(hasHighlight(snippet)).toBe(true);
    expect(hasHighlight('Çöp ayrıştırma')).toBe(false);
    expect(hasHighlight(`${START}${END}`)).toBe(false);
  });
});
