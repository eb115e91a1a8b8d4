import { similarityScore, type SimilarityFields } from './similar-practices';

const practice = (overrides: Partial<SimilarityFields>): SimilarityFields => ({ themes: [], sdgs: [], failureCauses: [], outcome: 'success', glossaryTerms: [], ...overrides });

describe('similar practices', () => {
  const composting = practice({ themes: ['water_waste', 'education'], sdgs: [12, 13], glossaryTerms: ['compost', 'kompost', 'Kompost', 'food waste', 'gıda atığı'] });

  it('puts a practice on the same concept in another language before one that shares only a goal', () => {
    const turkishComposting = practice({ themes: ['water_waste'], sdgs: [12], glossaryTerms: ['compost', 'kompost', 'Kompost'] });
    const bikeLanes = practice({ themes: ['mobility'], sdgs: [13], glossaryTerms: ['cycling', 'bisiklet', 'Radverkehr'] });
    expect(similarityScore(composting, turkishComposting, 0)).toBeGreaterThan(similarityScore(composting, bikeLanes, 0.9));
  });

  it('counts shared failure causes between failures', () => {
    const failure = practice({ outcome: 'failure', failureCauses: ['funding', 'political_change'] });
    const sameCauses = practice({ outcome: 'failure', failureCauses: ['funding'] });
    const otherCauses = practice({ outcome: 'failure', failureCauses: ['technical'] });
    expect(similarityScore(failure, sameCauses, 0)).toBeGreaterThan(similarityScore(failure, otherCauses, 0));
  });

  it('scores nothing in common (and empty lists) as 0 apart from the outcome', () => {
    expect(similarityScore(practice({}), practice({ outcome: 'failure' }), 0)).toBe(0);
  });
});
