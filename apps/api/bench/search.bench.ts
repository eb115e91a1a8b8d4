import { randomBytes, randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type CaseStudyContent, CSRF_HEADER, SEARCH_GLOSSARY, SESSION_COOKIE, type Theme, THEMES } from '@twinning/contracts';
import { DataSource } from 'typeorm';
import { hashToken } from '../src/auth/session.service';
import { loadConfig, type ResolvedConfig } from '../src/config/app-config';
import { createDataSource } from '../src/database/data-source';
import { seedStarterData } from '../src/database/seed/seed';
import { startEmbeddedPostgres } from '../src/local-services/embedded-postgres';
import { findFreePort } from '../src/local-services/local-service';
import { startPackagedMeilisearch } from '../src/local-services/packaged-meilisearch';
import { CASE_STUDY_INDEX_SETTINGS, toCaseStudyDocument } from '../src/search/case-study-document';
import { CaseStudyDocumentsRepository } from '../src/search/case-study-documents.repository';
import { CASE_STUDY_INDEX } from '../src/search/search-indexer.service';
import { rebuildSearchIndex } from '../src/search/search-rebuild';
import { buildMeilisearchQueries } from '../src/search/search.service';
import { SearchRepository } from '../src/search/search.repository';
import { CompiledApi } from './compiled-api';

/**
 * npm run bench:search [-- 10000 100000] [--search-only] [--fallback-only] [--smoke]: for each corpus size, builds a
 * synthetic corpus of ~750-word case studies in PostgreSQL, times Meilisearch indexing the
 * documents itself against the portal's full rebuild, then starts the compiled API in a process of
 * its own and measures with 8 concurrent clients and the same queries, the paths taking turns so
 * that all meet the same load: search through the API, the identical request straight to
 * Meilisearch, and the bare query alone (hits only: no facets, highlights or per-filter counts);
 * then the time from an approval to the case study being searchable; last, a second API whose
 * Meilisearch answers nothing, answering from PostgreSQL, taking turns with the first API and
 * Meilisearch. Prints figures; fails only when a request does.
 * `--search-only` skips Meilisearch's own indexing pass; `--fallback-only` also skips the first
 * measurement and the approvals, for the last one alone (a 100,000 run in a fraction of the time);
 * `--smoke` runs a tiny corpus in seconds (what `npm test` runs, so that the benchmark cannot rot).
 */

const CLIENTS = 8;
const SMOKE = process.argv.includes('--smoke');
const FALLBACK_ONLY = process.argv.includes('--fallback-only');
const SEARCH_ONLY = SMOKE || FALLBACK_ONLY || process.argv.includes('--search-only');
const REQUESTS = SMOKE ? 24 : 2_000;
const PUBLISH_SAMPLES = SMOKE ? 1 : 20;
/** The fallback is an order of magnitude slower; fewer requests keep a run within minutes. */
const FALLBACK_REQUESTS = SMOKE ? REQUESTS : 400;
/** Slices per path in an interleaved measurement. */
const ROUNDS = SMOKE ? 2 : 20;
/** Every bench client is 127.0.0.1: the default search limit would answer 429 within a second. */
const LIFTED_RATE_LIMIT = '1000000';

const WORDS = [...new Set(SEARCH_GLOSSARY.flatMap((entry) => [...entry.en, ...entry.tr]).flatMap((term) => term.split(' ')))];
const FILLER = 'the and of to in for with on by from at we our town municipality residents council project year first new local public'.split(' ');
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
const text = (words: number) => Array.from({ length: words }, () => (random() < 0.35 ? pick(WORDS) : pick(FILLER))).join(' ');

function syntheticContent(): CaseStudyContent {
  const outcome = pick(['success', 'success', 'partial', 'failure', 'ongoing'] as const);
  return {
    title: text(8), summary: text(40), language: pick(['en', 'tr', 'de'] as const), partnerMunicipalityIds: [], outcome,
    context: text(140), whatWasDone: text(140), results: text(100),
    indicators: [{ name: text(4), unit: 'count', baseline: 10, target: 50, achieved: 40, sdgTarget: '11.6', unIndicator: '11.6.1' }],
    whatWorked: text(60), whatDidNotWork: text(60), whatWeWouldDoDifferently: text(50),
    failureCauses: outcome === 'partial' || outcome === 'failure' ? [{ cause: 'funding', note: text(20) }] : [],
    failureStage: outcome === 'partial' || outcome === 'failure' ? 'operation' : null, salvaged: text(20),
    preconditions: text(40), tipsForAdopters: text(40), budgetAmount: Math.round(random() * 1_000_000), budgetCurrency: 'EUR',
    fundingSources: [{ kind: pick(['eu_programme', 'national', 'own_budget'] as const), programmeId: null, programmeName: 'IPA II', amount: null }], coFinancingPercent: 20,
    afterFunding: text(20), continuedAfterFunding: null, staffAndTime: text(15), startDate: `${2012 + Math.floor(random() * 14)}-03-01`, endDate: null,
    sdgs: [1 + Math.floor(random() * 17), 11], sdgTargets: ['11.6'], themes: [pick(THEMES), pick(THEMES)].filter((theme, index, all) => all.indexOf(theme) === index),
    contactName: 'Bench Mark', contactRole: 'Officer', contactEmail: 'bench@example.org',
  };
}

async function insertCorpus(dataSource: DataSource, size: number): Promise<void> {
  const municipalities = ((await dataSource.query('SELECT id FROM municipalities')) as { id: string }[]).map((row) => row.id);
  for (let offset = 0; offset < size; offset += 1_000) {
    const count = Math.min(1_000, size - offset);
    const ids = Array.from({ length: count }, () => randomUUID());
    const revisions = Array.from({ length: count }, () => randomUUID());
    const contents = Array.from({ length: count }, () => JSON.stringify(syntheticContent()));
    const owners = Array.from({ length: count }, () => pick(municipalities));
    await dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO case_studies (id, municipality_id, status, content, version, published_at)
         SELECT id, owner, 'published', content::jsonb, 1, now() FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS t(id, owner, content)`,
        [ids, owners, contents],
      );
      await manager.query(
        `INSERT INTO case_study_revisions (id, case_study_id, number, content) SELECT id, cs, 1, content::jsonb FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS t(id, cs, content)`,
        [revisions, ids, contents],
      );
      await manager.query(`UPDATE case_studies cs SET published_revision_id = t.revision FROM unnest($1::uuid[], $2::uuid[]) AS t(id, revision) WHERE cs.id = t.id`, [ids, revisions]);
    });
  }
}

const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });

/** Answers the milliseconds to a 200, which `check` may still refuse by naming what is wrong with the body. */
function httpRequest(url: string, method: 'GET' | 'POST', body?: string, headers: Record<string, string> = {}, check?: (body: string) => string | null): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { method, agent, headers: { 'accept-encoding': 'identity', ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => check && chunks.push(chunk));
      res.on('end', () => {
        const elapsed = performance.now() - started;
        const refused = res.statusCode === 200 ? check?.(Buffer.concat(chunks).toString('utf8')) : `status ${res.statusCode}`;
        if (refused) reject(new Error(`${method} ${url}: ${refused}`));
        else resolve(elapsed);
      });
    });
    // A kept-alive socket the server closed while it sat idle (other paths ran meanwhile): send again.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' && req.reusedSocket ? resolve(httpRequest(url, method, body, headers, check)) : reject(error)));
    req.end(body);
  });
}

type Figures = { p50: number; p95: number; p99: number; perSecond: number };
type Query = { q: string; sdg?: number[]; theme?: Theme[] };
type Path = { label: string; send: (query: Query) => Promise<number>; requests: number };

/** Runs the requests on CLIENTS concurrent clients; answers each one's latency and the wall time. */
async function run(requests: (() => Promise<number>)[]): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    while (next < requests.length) latencies.push(await requests[next++]());
  }));
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

/**
 * Measures the paths taking turns: each path's requests are cut into ROUNDS slices, and every round
 * runs one slice of each, in an order that rotates, so that all paths meet the same load on a
 * shared machine and their ratios compare like with like. Each path is warmed first.
 */
async function interleaved(paths: Path[], queries: Query[], log: (message: string) => void): Promise<Figures[]> {
  for (const path of paths) await run(queries.map((query) => () => path.send(query)));
  const latencies = paths.map((): number[] => []);
  const seconds = paths.map(() => 0);
  const sent = paths.map(() => 0);
  for (let round = 0; round < ROUNDS; round++) {
    for (let turn = 0; turn < paths.length; turn++) {
      const index = (round + turn) % paths.length;
      const count = Math.round((paths[index].requests * (round + 1)) / ROUNDS) - sent[index];
      const slice = await run(Array.from({ length: count }, (_, n) => () => paths[index].send(queries[(sent[index] + n) % queries.length])));
      sent[index] += count;
      latencies[index].push(...slice.latencies);
      seconds[index] += slice.seconds;
    }
  }
  return paths.map((path, index) => {
    const sorted = latencies[index].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    const figures = { p50: at(0.5), p95: at(0.95), p99: at(0.99), perSecond: sorted.length / seconds[index] };
    log(`${path.label}: p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms, p99 ${figures.p99.toFixed(1)} ms, ${figures.perSecond.toFixed(0)}/s (${path.requests} requests)`);
    return figures;
  });
}

/** Meilisearch's own indexing of the very documents the rebuild will produce, in seconds. */
async function indexDirectly(dataSource: DataSource, search: SearchRepository, log: (message: string) => void): Promise<number> {
  const documents = new CaseStudyDocumentsRepository({ anonymityMinTowns: 5 });
  const ids = ((await dataSource.query(`SELECT id FROM case_studies`)) as { id: string }[]).map((row) => row.id);
  const docs = [];
  for (let offset = 0; offset < ids.length; offset += 1_000) docs.push(...(await documents.loadIndexable(dataSource.manager, ids.slice(offset, offset + 1_000))).map(toCaseStudyDocument));
  await search.ensureIndex('meili_only', 'id');
  await search.applySettings('meili_only', CASE_STUDY_INDEX_SETTINGS);
  const started = performance.now();
  for (let offset = 0; offset < docs.length; offset += 1_000) await search.writeDocuments('meili_only', docs.slice(offset, offset + 1_000), []);
  const seconds = (performance.now() - started) / 1000;
  log(`Meilisearch indexed the documents itself in ${seconds.toFixed(1)} s`);
  await search.deleteIndex('meili_only');
  return seconds;
}

async function benchmark(size: number): Promise<string[]> {
  const dataDir = path.join(os.tmpdir(), `twinning-bench-${process.pid}-${size}`);
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const log = (message: string) => console.log(`[${size}] ${message}`);
  const postgres = await startEmbeddedPostgres({ databaseDir: path.join(dataDir, 'postgres'), port: await findFreePort(), database: 'bench', persistent: false, log: () => undefined });
  const meili = await startPackagedMeilisearch({ dataDir: path.join(dataDir, 'meilisearch'), port: await findFreePort(), log: () => undefined });
  const apis: CompiledApi[] = [];
  let dataSource: DataSource | undefined;
  // The compiled API in a process of its own, as `npm start` runs it, so that it does not share
  // an event loop with the bench's clients.
  const startApi = async (meiliHost: string): Promise<string> => {
    const port = await findFreePort();
    const api = new CompiledApi({
      ...process.env, NODE_ENV: 'test', PORT: String(port), DATABASE_URL: postgres.databaseUrl, MEILI_HOST: meiliHost, MEILI_MASTER_KEY: meili.masterKey,
      SEED_ON_START: 'false', SEARCH_OUTBOX_POLL_MS: '50', LOG_LEVEL: 'error', RATE_LIMIT_SEARCH_PER_MINUTE: LIFTED_RATE_LIMIT, RATE_LIMIT_WRITES_PER_MINUTE: LIFTED_RATE_LIMIT,
    });
    apis.push(api);
    const origin = `http://127.0.0.1:${port}`;
    for (const started = Date.now(); !(await fetch(`${origin}/api/health/ready`).then((response) => response.ok, () => false)); ) {
      if (api.exited !== null || Date.now() - started > 120_000) throw new Error(`the API did not get ready:\n${api.output.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return origin;
  };
  try {
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: postgres.databaseUrl, MEILI_HOST: meili.host, MEILI_MASTER_KEY: meili.masterKey }) as ResolvedConfig;
    const db = (dataSource = await createDataSource(config.databaseUrl).initialize());
    await db.runMigrations();
    await seedStarterData(db);
    const started = performance.now();
    await insertCorpus(db, size);
    log(`corpus of ${size} case studies inserted in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const search = new SearchRepository(config);
    const meiliSeconds = SEARCH_ONLY ? Number.NaN : await indexDirectly(db, search, log);
    const rebuild = await rebuildSearchIndex(db, search, { anonymityMinTowns: 5 }, () => undefined);
    log(`full rebuild from PostgreSQL in ${rebuild.seconds.toFixed(1)} s`);

    const api = await startApi(meili.host);
    const queries: Query[] = Array.from({ length: 50 }, (_, n) => ({ q: `${pick(WORDS)}${n % 3 === 0 ? ` ${pick(WORDS)}` : ''}`, sdg: n % 4 === 0 ? [11] : undefined, theme: n % 5 === 0 ? [pick(THEMES)] : undefined }));
    const searchUrl = (origin: string, query: Query) => {
      const params = new URLSearchParams({ q: query.q });
      query.sdg?.forEach((sdg) => params.append('sdg', String(sdg)));
      query.theme?.forEach((theme) => params.append('theme', theme));
      return `${origin}/api/v1/search?${params}`;
    };
    // Straight to Meilisearch: the very multi-search the API sends for the same query; `bare` is
    // the query alone (the hits of the page, no facets, highlights or per-filter counts).
    const meiliBody = (query: Query, bare = false) =>
      JSON.stringify({ queries: buildMeilisearchQueries(query, bare).queries.map((meiliQuery) => ({ ...meiliQuery, indexUid: CASE_STUDY_INDEX })) });
    const meiliUrl = `${meili.host}/multi-search`;
    const auth = { authorization: `Bearer ${meili.masterKey}` };
    const answered = (engine: 'meilisearch' | 'postgres') => (body: string) =>
      (JSON.parse(body) as { degraded: boolean }).degraded === (engine === 'postgres') ? null : `not answered by ${engine}`;
    const throughApi = (requests: number): Path => ({ label: 'API (Meilisearch)', requests, send: (query) => httpRequest(searchUrl(api, query), 'GET', undefined, {}, answered('meilisearch')) });
    const direct = (requests: number): Path => ({ label: 'Meilisearch, full request', requests, send: (query) => httpRequest(meiliUrl, 'POST', meiliBody(query), auth) });
    // What each search cost before counts were kept in memory: one upsert of the client's row, all
    // clients on the same row (one address), each a commit of its own, under the same concurrency.
    const upsert: Path = {
      label: 'rate-limit upsert alone',
      requests: REQUESTS,
      send: async () => {
        const started = performance.now();
        await db.query(
          `INSERT INTO rate_limit_hits (key, window_start, hits) VALUES ('bench:127.0.0.1', date_trunc('minute', now()), 1)
           ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
           RETURNING hits, ceil(extract(epoch FROM window_start + interval '1 minute' - now()))::int AS retry_after`,
        );
        return performance.now() - started;
      },
    };
    const ms = (value: number) => value.toFixed(1);
    const row = (label: string, figures: Figures) =>
      `| ${size.toLocaleString('en')} | ${label} | ${ms(figures.p50)} | ${ms(figures.p95)} | ${ms(figures.p99)} | ${figures.perSecond.toFixed(0)} |`;
    const ratio = (label: string, over: Figures, under: Figures) =>
      `| ${size.toLocaleString('en')} | ${label} | ${(over.p50 / under.p50).toFixed(2)} | ${(over.p95 / under.p95).toFixed(2)} | ${(over.p99 / under.p99).toFixed(2)} | ${(over.perSecond / under.perSecond).toFixed(2)} |`;

    // The API against Meilisearch and the bare query, then approvals (skipped by --fallback-only).
    const measureWithMeilisearch = async (): Promise<string[]> => {
      const [apiFigures, directFigures, bareFigures, upsertFigures] = await interleaved(
        [throughApi(REQUESTS), direct(REQUESTS), { label: 'Meilisearch, bare query', requests: REQUESTS, send: (query) => httpRequest(meiliUrl, 'POST', meiliBody(query, true), auth) }, upsert],
        queries,
        log,
      );

      // From an approval to the case study being found.
      const [moderator] = (await db.query(`INSERT INTO users (email, display_name, password_hash, role, verified_at, email_confirmed_at) VALUES ('bench-moderator@example.org', 'Bench', 'x', 'moderator', now(), now()) RETURNING id`)) as { id: string }[];
      const session = { token: randomBytes(32).toString('base64url'), csrfToken: randomBytes(32).toString('base64url') };
      await db.query(`INSERT INTO sessions (token_hash, user_id, csrf_token, last_seen_at, expires_at) VALUES ($1, $2, $3, now(), now() + interval '1 day')`, [hashToken(session.token), moderator.id, session.csrfToken]);
      const visibility: number[] = [];
      // The first approval also waits for the indexer's first look at the index: not measured.
      for (let n = -1; n < PUBLISH_SAMPLES; n++) {
        const marker = `benchmarker${n}zz`;
        const content = { ...syntheticContent(), title: `${marker} ${text(4)}` };
        const [cs] = (await db.query(`INSERT INTO case_studies (municipality_id, status, content) SELECT id, 'submitted', $1 FROM municipalities LIMIT 1 RETURNING id`, [content])) as { id: string }[];
        const [revision] = (await db.query(`INSERT INTO case_study_revisions (case_study_id, number, content) VALUES ($1, 1, $2) RETURNING id`, [cs.id, content])) as { id: string }[];
        const approvedAt = performance.now();
        await httpRequest(`${api}/api/v1/moderation/revisions/${revision.id}/decision`, 'POST', JSON.stringify({ decision: 'approve', comment: '', sectionComments: {} }), { cookie: `${SESSION_COOKIE}=${session.token}`, [CSRF_HEADER]: session.csrfToken });
        for (;;) {
          const found = await fetch(`${api}/api/v1/search?q=${marker}`).then((response) => response.json() as Promise<{ total: number }>);
          if (found.total > 0) break;
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        if (n >= 0) visibility.push(performance.now() - approvedAt);
      }
      visibility.sort((a, b) => a - b);
      return [
        row('API (Meilisearch)', apiFigures),
        row('Meilisearch, full request', directFigures),
        row('Meilisearch, bare query', bareFigures),
        row('per-search rate-limit upsert of before (alone)', upsertFigures),
        ratio('API ÷ Meilisearch', apiFigures, directFigures),
        ratio('full ÷ bare query', directFigures, bareFigures),
        `approval → searchable (${PUBLISH_SAMPLES} samples, ${size.toLocaleString('en')}): p50 ${ms(visibility[Math.floor(visibility.length / 2)])} ms, p95 ${ms(visibility[Math.floor(visibility.length * 0.95)])} ms, max ${ms(visibility[visibility.length - 1])} ms`,
      ];
    };
    const firstLines = FALLBACK_ONLY ? [] : await measureWithMeilisearch();

    // Meilisearch away: a second API process, on the same PostgreSQL, whose Meilisearch address
    // answers nothing, so that it answers from PostgreSQL; measured taking turns with the first API
    // and with Meilisearch itself, fewer requests each (the fallback is far slower).
    const fallbackApi = await startApi(`http://127.0.0.1:${await findFreePort()}`);
    const [fallbackFigures, apiFigures2, directFigures2] = await interleaved(
      [{ label: 'API (PostgreSQL fallback)', requests: FALLBACK_REQUESTS, send: (query) => httpRequest(searchUrl(fallbackApi, query), 'GET', undefined, {}, answered('postgres')) }, throughApi(FALLBACK_REQUESTS), direct(FALLBACK_REQUESTS)],
      queries,
      log,
    );

    return [
      ...firstLines,
      `| ${size.toLocaleString('en')} | *taking turns, ${FALLBACK_REQUESTS} requests each:* | | | | |`,
      row('API (PostgreSQL fallback)', fallbackFigures),
      row('API (Meilisearch)', apiFigures2),
      row('Meilisearch, full request', directFigures2),
      ratio('PostgreSQL fallback ÷ API (Meilisearch)', fallbackFigures, apiFigures2),
      ratio('PostgreSQL fallback ÷ Meilisearch', fallbackFigures, directFigures2),
      SEARCH_ONLY
        ? `indexing ${size.toLocaleString('en')}: full rebuild ${rebuild.seconds.toFixed(1)} s (Meilisearch alone not measured)`
        : `indexing ${size.toLocaleString('en')}: Meilisearch alone ${meiliSeconds.toFixed(1)} s; full rebuild ${rebuild.seconds.toFixed(1)} s; ratio ${(rebuild.seconds / meiliSeconds).toFixed(2)}`,
    ];
  } finally {
    await Promise.all(apis.map((api) => api.stop(30_000)));
    await dataSource?.destroy();
    await meili.stop();
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const lines: string[] = [];
  for (const size of sizes.length ? sizes : SMOKE ? [120] : [10_000, 100_000]) lines.push(...(await benchmark(size)));
  console.log(`\n${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Meilisearch 1.21.0, PostgreSQL 18`);
  console.log(`search latency in ms with ${CLIENTS} concurrent clients, ${REQUESTS} requests each way (the PostgreSQL fallback ${FALLBACK_REQUESTS})${SMOKE ? ' (smoke run: figures mean nothing)' : ''}:`);
  console.log('| corpus | through | p50 | p95 | p99 | requests/s |\n| --- | --- | --- | --- | --- | --- |');
  for (const line of lines.filter((l) => l.startsWith('|'))) console.log(line);
  for (const line of lines.filter((l) => !l.startsWith('|'))) console.log(line);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
