import { glossarySynonyms, SEARCH_GLOSSARY } from './search-glossary';

describe('the search glossary', () => {
  it('pairs at least 150 concepts of the field in English and Turkish, nearly all in German too', () => {
    expect(SEARCH_GLOSSARY.length).toBeGreaterThanOrEqual(150);
    for (const entry of SEARCH_GLOSSARY) {
      expect([entry.en.length > 0, entry.tr.length > 0]).toEqual([true, true]);
    }
    // German is left out only where its word is the English one.
    expect(SEARCH_GLOSSARY.filter((entry) => entry.de.length === 0).map((entry) => entry.en[0])).toEqual(['theatre']);
  });

  it('never puts one term in two concepts', () => {
    const terms = SEARCH_GLOSSARY.flatMap((entry) => [...entry.en, ...entry.tr, ...entry.de].map((term) => term.toLowerCase()));
    expect(terms.filter((term, index) => terms.indexOf(term) !== index)).toEqual([]);
  });

  it('turns each entry into synonyms both ways', () => {
    const synonyms = glossarySynonyms([{ en: ['waste', 'garbage'], tr: ['atık'], de: ['Abfall'] }]);
    expect(synonyms).toEqual({
      waste: ['garbage', 'atık', 'abfall'],
      garbage: ['waste', 'atık', 'abfall'],
      atık: ['waste', 'garbage', 'abfall'],
      abfall: ['waste', 'garbage', 'atık'],
    });
  });
});
