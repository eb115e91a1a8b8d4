import { glossarySynonyms, glossaryTermsOf, SEARCH_GLOSSARY, withGlossaryStems } from './search-glossary';

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

  describe('the terms indexed with a case study', () => {
    const entries = [
      { en: ['waste', 'garbage'], tr: ['atık'], de: ['Abfall'] },
      { en: ['water'], tr: ['su'], de: ['Wasser'] },
      { en: ['food waste'], tr: ['gıda atığı'], de: ['Lebensmittelabfälle'] },
    ];

    it('gives every term of each concept a text mentions, in every language, whatever its case and accents', () => {
      expect(glossaryTermsOf(['Separate collection of GARBAGE.'], entries)).toEqual(['waste', 'garbage', 'atık', 'Abfall']);
      expect(glossaryTermsOf(['Atik ayristirma'], entries)).toEqual(['waste', 'garbage', 'atık', 'Abfall']);
    });

    it('matches a term of several words only as a whole, and long words by their beginning (suffixes, compounds)', () => {
      expect(glossaryTermsOf(['Gıda atığı azaldı, atık da'], entries)).toEqual(['food waste', 'gıda atığı', 'Lebensmittelabfälle', 'waste', 'garbage', 'atık', 'Abfall']);
      expect(glossaryTermsOf(['food for thought'], entries)).toEqual([]);
      expect(glossaryTermsOf(['Die Abfallwirtschaft der Stadt'], entries)).toEqual(['waste', 'garbage', 'atık', 'Abfall']);
    });

    it('matches a short word only whole: "su" is not the start of "sudan", and "water" is not "waste"', () => {
      expect(glossaryTermsOf(['Sudan, suyun'], entries)).toEqual([]);
      expect(glossaryTermsOf(['su kesintisi'], entries)).toEqual(['water', 'su', 'Wasser']);
      expect(glossaryTermsOf(['wastewater'], entries)).toEqual(['waste', 'garbage', 'atık', 'Abfall']);
    });

    it('finds concepts of the real glossary in each language', () => {
      expect(glossaryTermsOf(['Kompostierung von Bioabfall'])).toEqual(expect.arrayContaining(['composting', 'kompost', 'organic waste', 'organik atık']));
      expect(glossaryTermsOf(['sıfır atık'])).toEqual(expect.arrayContaining(['waste', 'Abfall']));
    });
  });

  it('puts before a query word the longest long glossary word it begins with, and leaves the rest alone', () => {
    const entries = [
      { en: ['bicycle'], tr: ['bisiklet'], de: ['Fahrrad', 'Fahrradverleih'] },
      { en: ['waste'], tr: ['atık', 'atıklar'], de: ['Abfall'] },
      { en: ['water'], tr: ['su'], de: ['Wasser'] },
    ];
    expect(withGlossaryStems('Fahrradverleihsystem', entries)).toBe('fahrradverleih Fahrradverleihsystem');
    expect(withGlossaryStems('atıkların  ayrı toplanması', entries)).toBe('atiklar atıkların ayrı toplanması');
    // A glossary word itself, a short one and a word no glossary word begins stay as they are.
    expect(withGlossaryStems('Fahrrad suyun Wasserwerk kompost', entries)).toBe('Fahrrad suyun wasser Wasserwerk kompost');
    expect(withGlossaryStems('', entries)).toBe('');
  });
});

