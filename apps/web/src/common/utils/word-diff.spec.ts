import { tokenize, WORD_DIFF_MAX_CELLS, wordDiff, type WordDiffPart } from './word-diff';

function joined(parts: WordDiffPart[], side: 'before' | 'after'): string {
  const left = side === 'before' ? 'deleted' : 'inserted';
  return parts.filter((part) => part.kind === 'same' || part.kind === left).map((part) => part.text).join('');
}

describe('wordDiff', () => {
  it('marks a replaced word, keeping the whitespace around it', () => {
    expect(wordDiff('It went well.', 'It went badly.')).toEqual([
      { kind: 'same', text: 'It went ' },
      { kind: 'deleted', text: 'well' },
      { kind: 'inserted', text: 'badly' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('keeps Turkish and German words whole, dotted and dotless i, umlauts and ß included', () => {
    expect(tokenize('Ağaçlandırma İzmir’de, Straße für Bürger')).toEqual(['Ağaçlandırma', ' ', 'İzmir', '’', 'de', ',', ' ', 'Straße', ' ', 'für', ' ', 'Bürger']);
    expect(wordDiff('Çöp ayrıştırma başarılı oldu', 'Çöp ayrıştırma kısmen başarılı oldu')).toEqual([
      { kind: 'same', text: 'Çöp ayrıştırma ' },
      { kind: 'inserted', text: 'kısmen ' },
      { kind: 'same', text: 'başarılı oldu' },
    ]);
    expect(wordDiff('Die Gemeinde übernahm das Modell', 'Die Kommune übernahm das Modell')).toEqual([
      { kind: 'same', text: 'Die ' },
      { kind: 'deleted', text: 'Gemeinde' },
      { kind: 'inserted', text: 'Kommune' },
      { kind: 'same', text: ' übernahm das Modell' },
    ]);
  });

  it('changes only the punctuation mark when only the mark changed', () => {
    expect(wordDiff('Bins, then bikes.', 'Bins; then bikes!')).toEqual([
      { kind: 'same', text: 'Bins' },
      { kind: 'deleted', text: ',' },
      { kind: 'inserted', text: ';' },
      { kind: 'same', text: ' then bikes' },
      { kind: 'deleted', text: '.' },
      { kind: 'inserted', text: '!' },
    ]);
  });

  it('treats Markdown marks as text of their own, so bolding a phrase shows the marks inserted', () => {
    const parts = wordDiff('Waste fell by a third.\n\n- one\n- two', 'Waste fell by **a third**.\n\n- one\n- two\n- three')!;
    expect(parts.filter((part) => part.kind === 'inserted').map((part) => part.text)).toEqual(['**', '**', '\n- three']);
    expect(parts.some((part) => part.kind === 'deleted')).toBe(false);
  });

  it('gives both texts back: the same and deleted parts are the old text, the same and inserted the new', () => {
    const before = 'Bisiklet yolu 2019’da açıldı.\n\nDie Nutzung stieg um 40 %.';
    const after = 'Bisiklet yolu 2020’de genişletildi.\nDie Nutzung stieg deutlich (um 45 %).';
    const parts = wordDiff(before, after)!;
    expect(joined(parts, 'before')).toBe(before);
    expect(joined(parts, 'after')).toBe(after);
  });

  it('handles an empty side as all inserted or all deleted, and equal texts as one same part', () => {
    expect(wordDiff('', 'New text')).toEqual([{ kind: 'inserted', text: 'New text' }]);
    expect(wordDiff('Old text', '')).toEqual([{ kind: 'deleted', text: 'Old text' }]);
    expect(wordDiff('Same', 'Same')).toEqual([{ kind: 'same', text: 'Same' }]);
  });

  it('gives up on texts too long to compare, but not on long texts that differ in one place', () => {
    const words = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}${index}`).join(' ');
    const side = Math.ceil(Math.sqrt(WORD_DIFF_MAX_CELLS) / 2) + 10;
    expect(wordDiff(words('a', side), words('b', side))).toBeNull();
    const long = words('w', 5000);
    expect(wordDiff(long, long.replace('w2500 ', 'changed '))).toEqual([
      { kind: 'same', text: long.slice(0, long.indexOf('w2500 ')) },
      { kind: 'deleted', text: 'w2500' },
      { kind: 'inserted', text: 'changed' },
      { kind: 'same', text: long.slice(long.indexOf('w2500 ') + 'w2500'.length) },
    ]);
  });
});
