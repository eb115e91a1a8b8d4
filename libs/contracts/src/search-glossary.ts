import glossary from './data/search-glossary.json';

/**
 * One concept in the interface languages: every term of an entry finds the others. `de` is empty
 * where the German word is the English one (Theater), which already finds it.
 */
export interface GlossaryEntry {
  en: string[];
  tr: string[];
  de: string[];
}

/** The curated English–Turkish–German glossary of the field's terms (data/search-glossary.json). */
export const SEARCH_GLOSSARY: readonly GlossaryEntry[] = (glossary as { entries: GlossaryEntry[] }).entries;

/** The glossary as search synonyms: each term maps to every other term of its entry, in every language. */
export function glossarySynonyms(entries: readonly GlossaryEntry[] = SEARCH_GLOSSARY): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const entry of entries) {
    const terms = [...entry.en, ...entry.tr, ...entry.de].map((term) => term.toLowerCase());
    for (const term of terms) {
      synonyms[term] = [...new Set([...(synonyms[term] ?? []), ...terms.filter((other) => other !== term)])];
    }
  }
  return synonyms;
}

/** Lower case without accents or the dotless ı: "Atık" and "atik", "Müll" and "mull" are one word. */
export function foldForGlossary(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ı/g, 'i');
}

const words = (text: string) => foldForGlossary(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * A glossary word this long also matches longer words it begins: Turkish suffixes (atıkları) and
 * German compounds (Abfallwirtschaft). Shorter ones must match whole (su is not sudan).
 */
export const GLOSSARY_PREFIX_MIN_LENGTH = 5;

interface GlossaryTerm {
  words: string[];
  entry: GlossaryEntry;
}

interface TermIndex {
  /** Every term, by its first word. */
  byFirstWord: Map<string, GlossaryTerm[]>;
  /** Terms of one long word, by its first GLOSSARY_PREFIX_MIN_LENGTH letters: they also match words they begin. */
  byPrefix: Map<string, GlossaryTerm[]>;
}

/** Built once per glossary. */
const termIndexes = new WeakMap<readonly GlossaryEntry[], TermIndex>();

function termIndex(entries: readonly GlossaryEntry[]): TermIndex {
  let index = termIndexes.get(entries);
  if (!index) {
    index = { byFirstWord: new Map(), byPrefix: new Map() };
    const add = (map: Map<string, GlossaryTerm[]>, key: string, term: GlossaryTerm) => map.set(key, [...(map.get(key) ?? []), term]);
    for (const entry of entries) {
      for (const text of [...entry.en, ...entry.tr, ...entry.de]) {
        const term = { words: words(text), entry };
        if (term.words.length === 0) continue;
        add(index.byFirstWord, term.words[0], term);
        if (term.words.length === 1 && term.words[0].length >= GLOSSARY_PREFIX_MIN_LENGTH) add(index.byPrefix, term.words[0].slice(0, GLOSSARY_PREFIX_MIN_LENGTH), term);
      }
    }
    termIndexes.set(entries, index);
  }
  return index;
}

/** Whether a text's word matches a term's word: whole, or as its beginning for a long enough term word. */
const wordMatches = (textWord: string, termWord: string) => textWord === termWord || (termWord.length >= GLOSSARY_PREFIX_MIN_LENGTH && textWord.startsWith(termWord));

/** Whether the term's words stand in the text from `position` on (its last word may be the beginning of a longer one). */
function termAt(term: GlossaryTerm, textWords: readonly string[], position: number): boolean {
  const last = term.words.length - 1;
  return term.words.every((termWord, n) => {
    const textWord = textWords[position + n];
    return textWord !== undefined && (n === last ? wordMatches(textWord, termWord) : textWord === termWord);
  });
}

/**
 * Every term, in every language, of each glossary concept the texts mention. Indexed with a case
 * study, it lets a search in one language find a case study written in another without expanding
 * every query into synonyms (which made each search about three times dearer).
 */
export function glossaryTermsOf(texts: readonly string[], entries: readonly GlossaryEntry[] = SEARCH_GLOSSARY): string[] {
  const { byFirstWord, byPrefix } = termIndex(entries);
  const found = new Set<GlossaryEntry>();
  for (const text of texts) {
    const textWords = words(text);
    textWords.forEach((word, position) => {
      for (const term of byFirstWord.get(word) ?? []) {
        if (!found.has(term.entry) && termAt(term, textWords, position)) found.add(term.entry);
      }
      if (word.length <= GLOSSARY_PREFIX_MIN_LENGTH) return;
      for (const term of byPrefix.get(word.slice(0, GLOSSARY_PREFIX_MIN_LENGTH)) ?? []) {
        if (!found.has(term.entry) && word.startsWith(term.words[0])) found.add(term.entry);
      }
    });
  }
  return [...found].flatMap((entry) => [...entry.en, ...entry.tr, ...entry.de]);
}

/**
 * A query with each word that begins with a longer-than-short glossary word (a German compound, a
 * Turkish word with suffixes) preceded by that word, the longest that fits: "Starkregenvorsorge"
 * becomes "starkregen Starkregenvorsorge", and so finds what the glossary's terms indexed with
 * each case study (glossaryTermsOf) say about heavy rain in any language.
 */
export function withGlossaryStems(query: string, entries: readonly GlossaryEntry[] = SEARCH_GLOSSARY): string {
  const { byFirstWord, byPrefix } = termIndex(entries);
  return query
    .split(/\s+/)
    .filter(Boolean)
    .map((queryWord) => {
      const [word] = words(queryWord);
      if (!word || word.length <= GLOSSARY_PREFIX_MIN_LENGTH || byFirstWord.has(word)) return queryWord;
      const stem = (byPrefix.get(word.slice(0, GLOSSARY_PREFIX_MIN_LENGTH)) ?? [])
        .map((term) => term.words[0])
        .filter((termWord) => word.startsWith(termWord))
        .sort((a, b) => b.length - a.length)[0];
      return stem ? `${stem} ${queryWord}` : queryWord;
    })
    .join(' ');
}
