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
