import { glossarySynonyms, SEARCH_GLOSSARY } from './search-glossary';

describe('the search glossary', () => {
  it('pairs at least 150 concepts of the field in English and Turkish', () => {
    expect(SEARCH_GLOSSARY.length).toBeGreaterThanOrEqual(150);
    for (const entry of SEARCH_GLOSSARY) {
      expect([entry.en.length > 0, entry.tr.length > 0]).toEqual([true, true]);
    }
  });

  it('never puts one term in two concepts', () => {
    const terms = SEARCH_GLOSSARY.flatMap((entry) => [...entry.en, ...entry.tr].map((term) => term.toLowerCase()));
    expect(terms.filter((term, index) => terms.indexOf(term) !== index)).toEqual([]);
  });

  it('turns each entry into synonyms both ways', () => {
    const synonyms = glossarySynonyms([{ en: ['waste', 'garbage'], tr: ['atık'] }]);
    expect(synonyms).toEqual({ waste: ['garbage', 'atık'], garbage: ['waste', 'atık'], atık: ['waste', 'garbage'] });
  });
});
