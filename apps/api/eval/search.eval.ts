import { mkdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApiRoutes, PAGINATION_MAX_PER_PAGE, type SearchHit, type SearchResponse } from '@twinning/contracts';
import { CompiledApi } from '../bench/compiled-api';
import { getJson, waitUntilSearchable, withQuery } from '../bench/seeded-portal';
import { findFreePort } from '../src/local-services/local-service';
import { startPackagedMeilisearch } from '../src/local-services/packaged-meilisearch';
import { SearchRepository } from '../src/search/search.repository';
import { workspaceRoot } from '../test/support/api-process';
import { compareDesigns } from './search-designs';
import { crossLanguageOverlap, fixed, type Grades, type Judgements, type Language, mean, ndcgAt, percentile, type QueryResult, SEARCH_CUTOFF, type Summary, summarise, type Thresholds } from './search-metrics';

/**
 * npm run eval:search [-- --judgements=<file>] [-- --designs]: starts the compiled API with the
 * demo data (its own PostgreSQL and Meilisearch), runs every judged query of
 * apps/api/eval/search-judgements.json through GET /api/v1/search and every judged case study
 * through its similar practices, and prints nDCG and recall per language and overall, and how
 * much the top 10 of a query and of its translations agree. Exits 1 below the thresholds of
 * apps/api/eval/search-thresholds.json. `--designs` also builds the same documents into one index
 * per search design (the glossary as query synonyms, nothing, the glossary's terms indexed with
 * each document) and prints each one's quality beside its cost, straight to Meilisearch.
 */

const ROOT = workspaceRoot();
const DEFAULT_JUDGEMENTS = path.join(ROOT, 'apps/api/eval/search-judgements.json');
const THRESHOLDS = path.join(ROOT, 'apps/api/eval/search-thresholds.json');
const DEMO_CASE_STUDIES = path.join(ROOT, 'apps/api/src/database/seed/data/case-studies.json');
/** Similar practices shows this many (search.service.ts): they are judged as the page shows them. */
const SIMILAR_CUTOFF = 6;
const LIFTED_RATE_LIMIT = '1000000';

function printSummary(title: string, summary: Summary, cutoff: number): void {
  console.log(`\n${title}\n| language | queries | nDCG@${cutoff} | recall@${cutoff} |\n| --- | --- | --- | --- |`);
  for (const row of summary.rows) console.log(`| ${row.label} | ${row.count} | ${fixed(row.ndcg)} | ${fixed(row.recall)} |`);
}

function printOverlap(overlap: ReturnType<typeof crossLanguageOverlap>): void {
  console.log(`\ncross-language overlap of the top ${SEARCH_CUTOFF} (shared results over the longer list, a query against its translations)\n| languages | pairs | overlap |\n| --- | --- | --- |`);
  for (const [pair, values] of [...overlap.pairs].sort()) console.log(`| ${pair} | ${values.length} | ${fixed(mean(values))} |`);
  console.log(`| overall | ${[...overlap.pairs.values()].flat().length} | ${fixed(overlap.overall)} |`);
}

function parseArgs(args: string[]): { judgements: string; designs: boolean } {
  const options = { judgements: DEFAULT_JUDGEMENTS, designs: false };
  for (const arg of args) {
    const judgements = /^--judgements=(.+)$/.exec(arg);
    if (judgements) options.judgements = path.resolve(judgements[1]);
    else if (arg === '--designs') options.designs = true;
    else throw new Error(`unknown argument "${arg}"; use --judgements=<file> and --designs`);
  }
  return options;
}

/** Published case studies by demo key, found by their titles among everything the search lists, and the language of each. */
async function caseStudyIdsByKey(api: string): Promise<{ ids: Map<string, string>; languages: Map<string, Language> }> {
  const demo = JSON.parse(await readFile(DEMO_CASE_STUDIES, 'utf8')) as { caseStudies: { key: string; status: string; content: { title: string } }[] };
  const keysByTitle = new Map(demo.caseStudies.filter((item) => item.status === 'published').map((item) => [item.content.title, item.key]));
  const ids = new Map<string, string>();
  const languages = new Map<string, Language>();
  for (let page = 1; ; page++) {
    const result = await getJson<SearchResponse>(withQuery(`${api}${ApiRoutes.search}`, { q: '', per_page: String(PAGINATION_MAX_PER_PAGE), page: String(page) }));
    for (const hit of result.hits) {
      languages.set(hit.id, hit.language);
      const key = keysByTitle.get(hit.title);
      if (key) ids.set(key, hit.id);
    }
    if (result.hits.length < PAGINATION_MAX_PER_PAGE) break;
  }
  return { ids, languages };
}

/** The judgements with demo keys turned into case study ids; throws on a key that is no published demo case study. */
function resolveKeys(judgements: Judgements, ids: Map<string, string>): Judgements {
  const missing = new Set<string>();
  const grades = (relevant: Grades) =>
    Object.fromEntries(
      Object.entries(relevant).map(([key, grade]) => {
        if (!ids.has(key)) missing.add(key);
        return [ids.get(key) ?? key, grade];
      }),
    );
  const resolved = {
    queries: judgements.queries.map((query) => ({ ...query, relevant: grades(query.relevant) })),
    similar: judgements.similar.map((item) => {
      if (!ids.has(item.of)) missing.add(item.of);
      return { of: ids.get(item.of) ?? item.of, relevant: grades(item.relevant) };
    }),
  };
  if (missing.size > 0) throw new Error(`judged keys that are no published demo case study: ${[...missing].join(', ')}`);
  return resolved;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const judged = JSON.parse(await readFile(options.judgements, 'utf8')) as Judgements;
  const thresholds = JSON.parse(await readFile(THRESHOLDS, 'utf8')) as Thresholds;
  // Not mkdtemp's mode 0700: the embedded PostgreSQL runs as the user "postgres" when this runs as root.
  const dataDir = path.join(os.tmpdir(), `twinning-eval-${process.pid}`);
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  // A Meilisearch of its own, so that --designs can build indexes beside the portal's.
  const meili = await startPackagedMeilisearch({ dataDir: path.join(dataDir, 'meilisearch'), port: await findFreePort(), log: () => undefined });
  const port = await findFreePort();
  const api = `http://127.0.0.1:${port}`;
  let portal: CompiledApi | undefined;
  let failures: string[];
  try {
    portal = new CompiledApi({
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOCAL_POSTGRES_PORT: String(await findFreePort()),
      MEILI_HOST: meili.host,
      MEILI_MASTER_KEY: meili.masterKey,
      SEARCH_INDEX_PREFIX: '',
      SEED_ON_START: 'true',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_SEARCH_PER_MINUTE: LIFTED_RATE_LIMIT,
    });
    const started = performance.now();
    await waitUntilSearchable(api, portal);
    const { ids, languages } = await caseStudyIdsByKey(api);
    const judgements = resolveKeys(judged, ids);
    console.log(`API ready with ${ids.size} published demo case studies indexed in ${((performance.now() - started) / 1000).toFixed(1)} s; ${judgements.queries.length} judged queries, ${judgements.similar.length} judged similar-practice lists (${path.relative(ROOT, options.judgements)})`);

    const times: number[] = [];
    const searchResults: QueryResult[] = [];
    for (const query of judgements.queries) {
      const began = performance.now();
      const result = await getJson<SearchResponse>(withQuery(`${api}${ApiRoutes.search}`, { q: query.query, per_page: String(SEARCH_CUTOFF) }));
      times.push(performance.now() - began);
      searchResults.push({ ...query, ranked: result.hits.map((hit) => hit.id) });
    }
    const similarResults: QueryResult[] = [];
    for (const item of judgements.similar) {
      const hits = await getJson<SearchHit[]>(`${api}${ApiRoutes.similarCaseStudies(item.of)}`);
      similarResults.push({ id: item.of, language: languages.get(item.of)!, group: item.of, ranked: hits.map((hit) => hit.id), relevant: item.relevant });
    }

    const search = summarise(searchResults, SEARCH_CUTOFF);
    const similar = summarise(similarResults, SIMILAR_CUTOFF);
    const overlap = crossLanguageOverlap(searchResults);
    printSummary(`## search (GET ${ApiRoutes.search}, by the query's language)`, search, SEARCH_CUTOFF);
    printOverlap(overlap);
    printSummary(`## similar practices (the ${SIMILAR_CUTOFF} the page shows, by the case study's language)`, similar, SIMILAR_CUTOFF);
    console.log(`\nsearch through the API, one client: p50 ${fixed(percentile(times, 50), 1)} ms, p95 ${fixed(percentile(times, 95), 1)} ms (${times.length} requests)`);
    const worst = searchResults
      .map((result) => ({ id: result.id, ndcg: ndcgAt(result.ranked, result.relevant, SEARCH_CUTOFF) }))
      .sort((a, b) => a.ndcg - b.ndcg)
      .slice(0, 8);
    console.log(`weakest queries: ${worst.map((item) => `${item.id} ${fixed(item.ndcg, 2)}`).join(', ')}`);

    if (options.designs) await compareDesigns(new SearchRepository({ meiliHost: meili.host, meiliMasterKey: meili.masterKey, searchIndexPrefix: '' } as ConstructorParameters<typeof SearchRepository>[0]), meili, judgements);

    const below = (label: string, value: number, threshold: number) => (value < threshold ? [`${label} ${fixed(value)} < ${threshold}`] : []);
    failures = [
      ...below('search nDCG', search.overall.ndcg, thresholds.search.ndcg),
      ...below('search recall', search.overall.recall, thresholds.search.recall),
      ...below('similar nDCG', similar.overall.ndcg, thresholds.similar.ndcg),
      ...below('similar recall', similar.overall.recall, thresholds.similar.recall),
      ...below('cross-language overlap', overlap.overall, thresholds.overlap),
    ];
    console.log(failures.length ? `\nFAIL: ${failures.join('; ')} (thresholds: ${path.relative(ROOT, THRESHOLDS)})` : `\nPASS: every figure at or above ${path.relative(ROOT, THRESHOLDS)}`);
  } finally {
    await portal?.stop(30_000);
    await meili.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  process.exit(failures.length ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
