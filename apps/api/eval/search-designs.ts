import { glossarySynonyms, glossaryTermsOf } from '@twinning/contracts';
import { type Settings } from 'meilisearch';
import { CASE_STUDY_INDEX_SETTINGS, type CaseStudyDocument } from '../src/search/case-study-document';
import { CASE_STUDY_INDEX } from '../src/search/search-indexer.service';
import { buildMeilisearchQueries } from '../src/search/search.service';
import { type SearchRepository } from '../src/search/search.repository';
import { crossLanguageOverlap, fixed, type Judgements, mean, percentile, SEARCH_CUTOFF, summarise } from './search-metrics';

const MEILISEARCH_DEFAULT_TYPOS = { minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } };

/** Passes over every judged query per design when timing designs, one request at a time. */
const TIMING_PASSES = 5;

interface Design {
  label: string;
  settings: Settings;
  /** Whether its documents carry the glossary's terms (and its queries the glossary's stems of their words). */
  indexedTerms: boolean;
}

/** The designs compared by --designs: before (synonyms), nothing, and what the portal does now. */
const DESIGNS: Design[] = [
  { label: 'glossary as query synonyms (before)', settings: { ...CASE_STUDY_INDEX_SETTINGS, synonyms: glossarySynonyms(), typoTolerance: MEILISEARCH_DEFAULT_TYPOS }, indexedTerms: false },
  { label: 'no glossary', settings: { ...CASE_STUDY_INDEX_SETTINGS, typoTolerance: MEILISEARCH_DEFAULT_TYPOS }, indexedTerms: false },
  { label: 'glossary terms indexed, a typo from 5 letters', settings: { ...CASE_STUDY_INDEX_SETTINGS, typoTolerance: MEILISEARCH_DEFAULT_TYPOS }, indexedTerms: true },
  { label: 'glossary terms indexed, a typo from 6 letters (now)', settings: CASE_STUDY_INDEX_SETTINGS, indexedTerms: true },
];

/**
 * Each design's index built from the portal's own documents, every judged query sent as the
 * portal sends it (the full request: facets, highlights, crops), the designs taking turns.
 */
export async function compareDesigns(search: SearchRepository, meili: { host: string; masterKey: string }, judgements: Judgements): Promise<void> {
  const response = await fetch(`${meili.host}/indexes/${CASE_STUDY_INDEX}/documents?limit=10000`, { headers: { authorization: `Bearer ${meili.masterKey}` } });
  const { results: documents } = (await response.json()) as { results: CaseStudyDocument[] };
  glossaryTermsOf([]); // builds the glossary's lookup tables, once per process
  const started = performance.now();
  for (const document of documents) {
    glossaryTermsOf([document.title, document.summary, document.lessons, document.transferability, document.failureAnalysis, document.story, ...document.translatedTitles, ...document.translatedSummaries, ...document.translatedTexts]);
  }
  const termMs = (performance.now() - started) / documents.length;
  const termCounts = documents.map((document) => document.glossaryTerms.length);
  console.log(`\n## designs (${documents.length} documents; finding a document's glossary terms takes ${termMs.toFixed(2)} ms, and adds ${Math.round(mean(termCounts))} terms on average, ${Math.max(...termCounts)} at most)`);

  const indexes = DESIGNS.map((_, n) => `eval_design_${n}`);
  for (const [n, design] of DESIGNS.entries()) {
    await search.ensureIndex(indexes[n], 'id');
    await search.applySettings(indexes[n], design.settings);
    await search.writeDocuments(indexes[n], design.indexedTerms ? documents : documents.map((document) => ({ ...document, glossaryTerms: [] })), []);
  }
  const run = async (n: number, q: string) => {
    const began = performance.now();
    const { queries } = buildMeilisearchQueries({ q, per_page: SEARCH_CUTOFF });
    const [main] = await search.multiSearch<CaseStudyDocument>(indexes[n], DESIGNS[n].indexedTerms ? queries : queries.map((query) => ({ ...query, q })));
    return { ms: performance.now() - began, ids: main.hits.map((hit) => hit.id) };
  };
  const rankings = DESIGNS.map(() => new Map<string, string[]>());
  const times = DESIGNS.map((): number[] => []);
  for (let pass = 0; pass <= TIMING_PASSES; pass++) {
    for (const [k, query] of judgements.queries.entries()) {
      for (let turn = 0; turn < DESIGNS.length; turn++) {
        const n = (turn + k + pass) % DESIGNS.length;
        const { ms, ids } = await run(n, query.query);
        // The first pass warms up: its rankings are kept, its times not.
        if (pass === 0) rankings[n].set(query.id, ids);
        else times[n].push(ms);
      }
    }
  }
  console.log(
    `\none client, the portal's full request straight to Meilisearch, ${TIMING_PASSES} passes over the ${judgements.queries.length} queries per design, taking turns\n` +
      `| design | nDCG@${SEARCH_CUTOFF} | recall@${SEARCH_CUTOFF} | cross-language overlap | p50 ms | p95 ms |\n| --- | --- | --- | --- | --- | --- |`,
  );
  for (const [n, design] of DESIGNS.entries()) {
    const results = judgements.queries.map((query) => ({ ...query, ranked: rankings[n].get(query.id) ?? [] }));
    const { overall } = summarise(results, SEARCH_CUTOFF);
    console.log(`| ${design.label} | ${fixed(overall.ndcg)} | ${fixed(overall.recall)} | ${fixed(crossLanguageOverlap(results).overall)} | ${fixed(percentile(times[n], 50), 2)} | ${fixed(percentile(times[n], 95), 2)} |`);
  }
  for (const index of indexes) await search.deleteIndex(index);
}

