import { type CaseStudyLanguage } from '@twinning/contracts';

/** The measures of the search evaluation (search.eval.ts): pure functions of rankings and judgements. */

export const SEARCH_CUTOFF = 10;

export type Language = CaseStudyLanguage;
export type Grades = Record<string, number>;

export interface Judgements {
  queries: { id: string; language: Language; query: string; group: string; relevant: Grades }[];
  similar: { of: string; relevant: Grades }[];
}

export interface Thresholds {
  search: { ndcg: number; recall: number };
  similar: { ndcg: number; recall: number };
  overlap: number;
}

export interface QueryResult {
  id: string;
  language: Language;
  group: string;
  ranked: string[];
  relevant: Grades;
}

const gain = (grade: number) => 2 ** grade - 1;
const discountedGain = (grades: number[]) => grades.reduce((sum, grade, rank) => sum + gain(grade) / Math.log2(rank + 2), 0);

/** nDCG at the cutoff: graded gains of the ranking over those of the ideal ranking. */
export function ndcgAt(ranked: readonly string[], relevant: Grades, cutoff: number): number {
  const ideal = discountedGain(Object.values(relevant).sort((a, b) => b - a).slice(0, cutoff));
  return ideal === 0 ? 0 : discountedGain(ranked.slice(0, cutoff).map((id) => relevant[id] ?? 0)) / ideal;
}

/** Relevant ones found within the cutoff, over as many as could be (all relevant, or the cutoff when there are more). */
export function recallAt(ranked: readonly string[], relevant: Grades, cutoff: number): number {
  const wanted = Object.keys(relevant).filter((id) => relevant[id] > 0);
  if (wanted.length === 0) return 0;
  return ranked.slice(0, cutoff).filter((id) => (relevant[id] ?? 0) > 0).length / Math.min(wanted.length, cutoff);
}

/** Shared results of two top lists over the longer one: 1 for the same set, 0 for nothing shared. */
export function topOverlap(a: readonly string[], b: readonly string[]): number {
  const first = new Set(a);
  return b.filter((id) => first.has(id)).length / Math.max(a.length, b.length);
}

export const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : Number.NaN);
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
export const fixed = (value: number, digits = 3) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

export interface Summary {
  rows: { label: string; count: number; ndcg: number; recall: number }[];
  overall: { ndcg: number; recall: number };
}

export function summarise(results: QueryResult[], cutoff: number): Summary {
  const scored = results.map((result) => ({ ...result, ndcg: ndcgAt(result.ranked, result.relevant, cutoff), recall: recallAt(result.ranked, result.relevant, cutoff) }));
  const row = (label: string, of: typeof scored) => ({ label, count: of.length, ndcg: mean(of.map((item) => item.ndcg)), recall: mean(of.map((item) => item.recall)) });
  const languages = [...new Set(scored.map((item) => item.language))].sort();
  const overall = row('overall', scored);
  return { rows: [...languages.map((language) => row(language, scored.filter((item) => item.language === language))), overall], overall };
}

/** Within each group, the overlap of every two queries in different languages, by pair of languages and overall. */
export function crossLanguageOverlap(results: QueryResult[]): { pairs: Map<string, number[]>; overall: number } {
  const pairs = new Map<string, number[]>();
  const groups = new Map<string, QueryResult[]>();
  for (const result of results) groups.set(result.group, [...(groups.get(result.group) ?? []), result]);
  for (const members of groups.values()) {
    members.forEach((a, n) => {
      for (const b of members.slice(n + 1)) {
        if (a.language === b.language || (a.ranked.length === 0 && b.ranked.length === 0)) continue;
        const pair = [a.language, b.language].sort().join('–');
        pairs.set(pair, [...(pairs.get(pair) ?? []), topOverlap(a.ranked.slice(0, SEARCH_CUTOFF), b.ranked.slice(0, SEARCH_CUTOFF))]);
      }
    });
  }
  return { pairs, overall: mean([...pairs.values()].flat()) };
}

