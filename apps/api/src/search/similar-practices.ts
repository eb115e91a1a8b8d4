import { type CaseStudyDocument } from './case-study-document';

/** What similar practices are compared on. */
export type SimilarityFields = Pick<CaseStudyDocument, 'themes' | 'sdgs' | 'failureCauses' | 'outcome' | 'glossaryTerms'>;

/**
 * How much each shared trait counts. Wording is compared through the glossary's concepts (the
 * same in every language), so a Turkish composting story is close to a German one; the search
 * engine's own score of the title's words adds what the glossary does not know.
 */
const WEIGHTS = { themes: 2, sdgs: 1, failureCauses: 1.5, outcome: 0.5, concepts: 3, wording: 1 };

/** Shared values over all values of both: 1 for the same set, 0 for nothing in common or two empty sets. */
function overlap<T>(a: readonly T[], b: readonly T[]): number {
  const first = new Set(a);
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 0;
  return [...new Set(b)].filter((value) => first.has(value)).length / union.size;
}

/** How close a candidate is to the case study; `wordingScore` is Meilisearch's ranking score (0–1) of the title query, 0 when it did not match. */
export function similarityScore(source: SimilarityFields, candidate: SimilarityFields, wordingScore: number): number {
  return (
    WEIGHTS.themes * overlap(source.themes, candidate.themes) +
    WEIGHTS.sdgs * overlap(source.sdgs, candidate.sdgs) +
    WEIGHTS.failureCauses * overlap(source.failureCauses, candidate.failureCauses) +
    WEIGHTS.outcome * (source.outcome === candidate.outcome ? 1 : 0) +
    WEIGHTS.concepts * overlap(source.glossaryTerms, candidate.glossaryTerms) +
    WEIGHTS.wording * wordingScore
  );
}
