import { foldForGlossary, GLOSSARY_PREFIX_MIN_LENGTH, type GlossaryEntry, glossaryTermsOf, SEARCH_GLOSSARY } from '@twinning/contracts';
import { loadDemoCaseStudies } from '../database/seed/demo-case-studies';

const words = (text: string) => foldForGlossary(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * What glossaryTermsOf must answer, written the slow and plain way: at every word of every text,
 * every term of the glossary is tried in turn (whole words first, then long words by their
 * beginning), and each concept is listed where it is first found.
 */
function glossaryTermsByScanning(texts: readonly string[], entries: readonly GlossaryEntry[] = SEARCH_GLOSSARY): string[] {
  const terms = entries.flatMap((entry) => [...entry.en, ...entry.tr, ...entry.de].map((term) => ({ words: words(term), entry }))).filter((term) => term.words.length > 0);
  const found = new Set<GlossaryEntry>();
  for (const textWords of texts.map(words)) {
    textWords.forEach((word, position) => {
      for (const term of terms) {
        const whole = term.words.every((termWord, n) => {
          const textWord = textWords[position + n];
          const isLast = n === term.words.length - 1;
          return textWord === termWord || (isLast && n > 0 && termWord.length >= GLOSSARY_PREFIX_MIN_LENGTH && textWord?.startsWith(termWord) === true);
        });
        if (whole) found.add(term.entry);
      }
      if (word.length <= GLOSSARY_PREFIX_MIN_LENGTH) return;
      for (const term of terms) {
        if (term.words.length === 1 && term.words[0].length >= GLOSSARY_PREFIX_MIN_LENGTH && word.startsWith(term.words[0])) found.add(term.entry);
      }
    });
  }
  return [...found].flatMap((entry) => [...entry.en, ...entry.tr, ...entry.de]);
}

describe('the glossary terms indexed with a case study', () => {
  it('are those a scan of every glossary term finds, in the same order, for every demo case study', () => {
    const demo = loadDemoCaseStudies();
    expect(demo.length).toBeGreaterThan(50);
    for (const { content } of demo) {
      const texts = Object.values(content).filter((value): value is string => typeof value === 'string');
      expect(glossaryTermsOf(texts)).toEqual(glossaryTermsByScanning(texts));
    }
  });

  it('are those a scan finds in texts made of glossary words with suffixes, compounds and cut-off terms', () => {
    const glossaryTerms = SEARCH_GLOSSARY.flatMap((entry) => [...entry.en, ...entry.tr, ...entry.de]);
    const glossaryWords = [...new Set(glossaryTerms.flatMap((term) => term.split(' ')))];
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pick = (items: readonly string[]) => items[Math.floor(random() * items.length)];
    // A word or a whole term (of several words too), some with a suffix on a word or a letter cut off.
    const word = () => {
      const picked = random() < 0.5 ? pick(glossaryWords) : pick(glossaryTerms);
      const roll = random();
      return roll < 0.1 ? `${picked}ları` : roll < 0.15 ? picked.slice(0, -1) : roll < 0.2 ? `${picked}wirtschaft` : roll < 0.25 ? picked.replace(' ', 'ları ') : picked;
    };
    let found = 0;
    for (let n = 0; n < 50; n++) {
      const texts = Array.from({ length: 3 }, () => Array.from({ length: 40 }, () => (random() < 0.6 ? word() : 'the')).join(random() < 0.5 ? ' ' : ', '));
      const terms = glossaryTermsOf(texts);
      expect(terms).toEqual(glossaryTermsByScanning(texts));
      found += terms.length;
    }
    expect(found).toBeGreaterThan(250);
  });
});
