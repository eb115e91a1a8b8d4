import { emptyCaseStudyContent } from './case-studies';
import { changedTextSections, findTranslationProblems, textsOf, withTranslatedTexts } from './translations';

describe('translations of the template’s lists', () => {
  const original = {
    ...emptyCaseStudyContent(),
    title: 'Gece otobüsleri',
    language: 'tr' as const,
    indicators: [{ name: 'Günlük yolculuk', unit: 'yolculuk', baseline: 1, target: 2, achieved: 3, sdgTarget: null, unIndicator: null }],
    failureCauses: [{ cause: 'funding' as const, note: 'Hibe bitti.' }],
  };

  it('names each indicator’s name and unit and each failure note by its path', () => {
    expect(textsOf(original)).toMatchObject({ title: 'Gece otobüsleri', 'indicators[0].name': 'Günlük yolculuk', 'indicators[0].unit': 'yolculuk', 'failureCauses[0].note': 'Hibe bitti.' });
  });

  it('reads a translation into the lists, and keeps the original where an older translation has no list texts', () => {
    const texts = { ...textsOf(original), title: 'Nachtbusse', 'indicators[0].name': 'Tägliche Fahrten', 'failureCauses[0].note': 'Die Förderung endete.' };
    expect(withTranslatedTexts(original, texts, 'de')).toMatchObject({
      title: 'Nachtbusse',
      language: 'de',
      indicators: [{ name: 'Tägliche Fahrten', unit: 'yolculuk', baseline: 1 }],
      failureCauses: [{ cause: 'funding', note: 'Die Förderung endete.' }],
    });
    const older = { ...textsOf(emptyCaseStudyContent()), title: 'Nachtbusse' };
    expect(withTranslatedTexts(original, older, 'de').indicators[0].name).toBe('Günlük yolculuk');
  });

  it('wants every list text the original has, and no other', () => {
    const { 'indicators[0].unit': _unit, ...withoutUnit } = textsOf(original);
    expect(findTranslationProblems({ ...withoutUnit, 'failureCauses[4].note': 'x' }, original).map((problem) => problem.field)).toEqual(['texts.failureCauses[4].note', 'texts.indicators[0].unit']);
  });

  it('counts a changed indicator name or failure note as a change of its section', () => {
    expect(changedTextSections(original, { ...original, indicators: [{ ...original.indicators[0], name: 'Haftalık yolculuk' }] })).toEqual(['story']);
    expect(changedTextSections(original, { ...original, failureCauses: [] })).toEqual(['failureAnalysis']);
  });
});
