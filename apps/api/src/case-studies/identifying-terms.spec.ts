import { emptyCaseStudyContent } from '@twinning/contracts';
import { findIdentifyingTerms, passagesOf } from './identifying-terms';

describe('findIdentifyingTerms', () => {
  const content = {
    ...emptyCaseStudyContent(),
    summary: 'In KADIKOY and in Moda we tried it; Yılmaz led it.',
    whatWorked: 'Kadıköyün pazarı — not a match: a name inside a longer word is not the name.',
    indicators: [{ name: 'Trips from Moda pier', unit: 'trips', baseline: 1, target: 2, achieved: 3 }],
    context: 'The schools could not staff the hubs over the summer holidays.',
  };

  it('finds names as written, whatever the case and Turkish letters, only as whole words', () => {
    const terms = findIdentifyingTerms(content, [
      { kind: 'town', text: 'Kadıköy' },
      { kind: 'place', text: 'Moda' },
      { kind: 'person', text: 'Yılmaz' },
      { kind: 'person', text: 'Ali' },
    ]);
    expect(terms).toEqual([
      { text: 'KADIKOY', kind: 'town', fields: ['summary'] },
      { text: 'Moda', kind: 'place', fields: ['summary', 'indicators'] },
      { text: 'Yılmaz', kind: 'person', fields: ['summary'] },
    ]);
  });

  it('finds long passages copied from the adaptation, and ignores short ones', () => {
    const passages = passagesOf('Short.\nThe schools could not staff the hubs over the summer holidays.');
    expect(passages).toEqual(['The schools could not staff the hubs over the summer holidays.']);
    expect(findIdentifyingTerms(content, passages.map((text) => ({ kind: 'adaptation_text' as const, text })))).toEqual([
      { text: 'The schools could not staff the hubs over the summer holidays.', kind: 'adaptation_text', fields: ['context'] },
    ]);
  });
});
