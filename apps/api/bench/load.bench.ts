import { mkdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ApiRoutes, type CaseStudySummary, type MunicipalitySummary, type Page, type SearchResponse } from '@twinning/contracts';
import autocannon from 'autocannon';
import { findFreePort } from '../src/local-services/local-service';
import { CLOCK_TICKS_PER_SECOND, CompiledApi } from './compiled-api';
import { getJson, waitUntilSearchable, withQuery } from './seeded-portal';

/**
 * npm run bench:load [-- --duration=60 --connections=50]: starts the compiled API as production
 * runs it (its own embedded PostgreSQL and Meilisearch under a temporary DATA_DIR, the demo data
 * seeded), and drives a mix of searches and page reads at it with autocannon. Prints throughput,
 * latency percentiles, the status codes, the server-side time per route and the API process's
 * memory; fails (exit 1) on any error, timeout, non-2xx answer or degraded search, and, in runs of
 * 60 s or more, on memory still growing after warm-up.
 */

const DEFAULTS = { duration: 60, connections: 50 };
/**
 * Memory counts as steady when the RSS at the end is within this much of the RSS after warm-up.
 * Under this load the API's RSS climbs for about the first 20–30 s (V8 grows its heap spaces to
 * the allocation rate) and then holds flat: a 240 s run stayed at 316–336 MiB from 20 s on.
 * Measured from 10 s, that climb alone read as +17–25%; so warm-up is 30 s, and a run shorter
 * than twice that reports memory without judging it.
 */
const STEADY_TOLERANCE = 0.15;
const WARM_UP_SECONDS = 30;
const STOP_TIMEOUT_MS = 30_000;
/** Every bench client is 127.0.0.1, so the per-address limits (120 searches a minute) would answer 429 within a second. */
const LIFTED_RATE_LIMIT = '1000000';

type RouteKind = 'search' | 'case study' | 'town list' | 'town' | 'statistics' | 'similar';

/** Share of the requests, in percent, and the route pattern each kind hits (as /metrics labels it). */
const MIX: Record<RouteKind, { percent: number; route: string }> = {
  search: { percent: 40, route: '/api/v1/search' },
  'case study': { percent: 20, route: '/api/v1/case-studies/:id' },
  'town list': { percent: 15, route: '/api/v1/municipalities' },
  town: { percent: 10, route: '/api/v1/municipalities/:id' },
  statistics: { percent: 10, route: '/api/v1/statistics' },
  similar: { percent: 5, route: '/api/v1/case-studies/:id/similar' },
};

/** Words of the published demo case studies, and glossary terms that find them in the other language. */
const SEARCH_WORDS = [
  'flood', 'stormwater', 'youth council', 'participation', 'composting', 'food waste', 'school gardens', 'building permit',
  'solar panels', 'parking', 'budget', 'tourism', 'bike lanes', 'Kadıköy', 'Piran',
  'sıfır atık', 'kompost', 'pazar', 'deprem', 'gönüllü', 'mahalle', 'otopark', 'sensör', 'güneş enerjisi', 'dil kafeleri',
  'suriyeli', 'zanaat', 'turizm', 'taşkın', 'afet', 'atık',
];
/** Each word is searched plainly and once more with one of these, in turn. */
const SEARCH_VARIANTS: Record<string, string>[] = [{ sdg: '11' }, { theme: 'mobility' }, { sort: 'most_adapted' }, { per_page: '5', page: '2' }, { theme: 'environment_climate', sdg: '13' }];

/** Mulberry32: every run draws the same sequence of paths. */
let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];

interface Options {
  duration: number;
  connections: number;
}

function parseOptions(args: string[]): Options {
  const options = { ...DEFAULTS };
  for (const arg of args) {
    const match = /^--(duration|connections)=(\d+)$/.exec(arg);
    if (!match || Number(match[2]) < 1) throw new Error(`unknown or malformed argument "${arg}"; use --duration=<seconds> --connections=<count>`);
    options[match[1] as keyof Options] = Number(match[2]);
  }
  return options;
}

/** The paths of each kind, built from what the seeded portal holds. */
async function buildWorkload(api: string): Promise<Record<RouteKind, string[]>> {
  const caseStudies = await getJson<Page<CaseStudySummary>>(withQuery(`${api}${ApiRoutes.caseStudies}`, { per_page: '100' }));
  const published = caseStudies.items.filter((caseStudy) => caseStudy.status === 'published').map((caseStudy) => caseStudy.id);
  const municipalities: MunicipalitySummary[] = [];
  for (let page = 1; ; page++) {
    const batch = await getJson<Page<MunicipalitySummary>>(withQuery(`${api}${ApiRoutes.municipalities}`, { per_page: '100', page: String(page) }));
    municipalities.push(...batch.items);
    if (municipalities.length >= batch.total || batch.items.length === 0) break;
  }
  if (published.length === 0 || municipalities.length === 0) throw new Error('the seeded portal holds no published case study or no municipality');

  const searches = [
    ...SEARCH_WORDS.map((q) => withQuery(ApiRoutes.search, { q })),
    ...SEARCH_WORDS.map((q, n) => withQuery(ApiRoutes.search, { q, ...SEARCH_VARIANTS[n % SEARCH_VARIANTS.length] })),
    withQuery(ApiRoutes.search, { q: '' }),
    withQuery(ApiRoutes.search, { q: '', sort: 'newest' }),
  ];
  // What people type into the town picker: the start of a name, local (İstanbul, Çankaya) or English.
  const townLists = [
    ...municipalities.filter((_, n) => n % 3 === 0).map((town, n) => withQuery(ApiRoutes.municipalities, { q: (n % 2 ? town.nameEn : town.nameLocal).slice(0, 3 + (n % 4)) })),
    withQuery(ApiRoutes.municipalities, { country: 'TR' }),
    withQuery(ApiRoutes.municipalities, { page: '2' }),
  ];
  return {
    search: searches,
    'case study': published.map((id) => ApiRoutes.caseStudy(id)),
    'town list': townLists,
    town: municipalities.map((town) => ApiRoutes.municipality(town.id)),
    statistics: [ApiRoutes.statistics],
    similar: published.map((id) => ApiRoutes.similarCaseStudies(id)),
  };
}

/** Asks every path once, unmeasured: each must answer 200; returns how many searches find something. */
async function warmUp(api: string, workload: Record<RouteKind, string[]>): Promise<number> {
  let searchesWithHits = 0;
  for (const paths of Object.values(workload)) {
    for (const route of paths) {
      const body = await getJson<unknown>(`${api}${route}`);
      if (route.startsWith(ApiRoutes.search)) {
        const search = body as SearchResponse;
        if (search.degraded) throw new Error(`GET ${route} was answered degraded (by PostgreSQL) before the run`);
        if (search.total > 0) searchesWithHits += 1;
      }
    }
  }
  return searchesWithHits;
}

/** The next path: a kind by the weights of MIX, then one of its paths. */
function mixedPaths(workload: Record<RouteKind, string[]>): () => string {
  const kinds = Object.keys(MIX) as RouteKind[];
  const total = kinds.reduce((sum, kind) => sum + MIX[kind].percent, 0);
  return () => {
    let roll = random() * total;
    const kind = kinds.find((candidate) => (roll -= MIX[candidate].percent) < 0) ?? kinds[kinds.length - 1];
    return pick(workload[kind]);
  };
}

/** The samples of the Prometheus text format, keyed by name and labels as written. */
async function scrapeMetrics(api: string): Promise<Map<string, number>> {
  const response = await fetch(`${api}/metrics`);
  if (!response.ok) throw new Error(`GET /metrics: ${response.status}`);
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*(?:\{.*\})?) (\S+)$/.exec(line);
    if (match) samples.set(match[1], Number(match[2]));
  }
  return samples;
}

interface MemorySample {
  seconds: number;
  rss: number;
  heapUsed: number;
}

/**
 * Once a second, the API process's resident set from /proc (on time whatever the load) and its V8
 * heap in use from its /metrics (which answers behind the queued requests, so it may lag).
 */
function sampleMemory(api: string, portal: CompiledApi, startedAt: number): { samples: MemorySample[]; stop: () => Promise<void> } {
  const samples: MemorySample[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const tick = performance.now();
      const rss = await portal.residentBytes().catch(() => NaN);
      const heapUsed = await scrapeMetrics(api).then((metrics) => metrics.get('nodejs_heap_size_used_bytes') ?? NaN, () => NaN);
      samples.push({ seconds: (tick - startedAt) / 1000, rss, heapUsed });
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (performance.now() - tick))));
    }
  })();
  return {
    samples,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

interface RouteFigures {
  route: string;
  status: string;
  count: number;
  seconds: number;
}

/** Requests and server-side seconds per route and status between two scrapes of http_request_duration_seconds. */
function routeFigures(before: Map<string, number>, after: Map<string, number>): RouteFigures[] {
  const figures = new Map<string, RouteFigures>();
  for (const [key, value] of after) {
    const match = /^http_request_duration_seconds_(count|sum)\{(.*)\}$/.exec(key);
    if (!match) continue;
    const labels = Object.fromEntries([...match[2].matchAll(/(\w+)="([^"]*)"/g)].map(([, name, label]) => [name, label]));
    const id = `${labels.route} ${labels.status_code}`;
    const entry = figures.get(id) ?? { route: labels.route, status: labels.status_code, count: 0, seconds: 0 };
    entry[match[1] === 'count' ? 'count' : 'seconds'] = value - (before.get(key) ?? 0);
    figures.set(id, entry);
  }
  return [...figures.values()].filter((entry) => entry.count > 0 && entry.route !== '/metrics');
}

/** Busy core-seconds of the whole machine so far (the first line of /proc/stat, without idle and iowait). */
async function machineBusySeconds(): Promise<number> {
  const [, ...ticks] = (await readFile('/proc/stat', 'utf8')).split('\n')[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = ticks;
  return (user + nice + system + irq + softirq + steal) / CLOCK_TICKS_PER_SECOND;
}

/** "postgres" and its backends, "meilisearch-1.2…", "node" (the API itself). */
const processLabel = (command: string) => (command === 'node' ? 'API (Node)' : command.startsWith('meilisearch') ? 'Meilisearch' : command === 'postgres' ? 'PostgreSQL' : command);

const mib = (bytes: number) => (Number.isFinite(bytes) ? (bytes / 2 ** 20).toFixed(0) : '–');
const ms = (value: number) => value.toFixed(1);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const judgesMemory = options.duration >= 2 * WARM_UP_SECONDS;
  const warmUpSeconds = judgesMemory ? WARM_UP_SECONDS : Math.floor(options.duration / 2);
  // Not mkdtemp's mode 0700: the embedded PostgreSQL runs as the user "postgres" when this runs as root.
  const dataDir = path.join(os.tmpdir(), `twinning-load-${process.pid}`);
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const port = await findFreePort();
  const api = `http://127.0.0.1:${port}`;
  // DATABASE_URL and MEILI_HOST, when set, are passed on: then the API uses those servers (and, as
  // demo data goes only into the embedded PostgreSQL, that database must hold case studies already).
  const environment = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    DATA_DIR: dataDir,
    LOCAL_POSTGRES_PORT: String(await findFreePort()),
    LOCAL_MEILISEARCH_PORT: String(await findFreePort()),
    SEED_ON_START: 'true',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_SEARCH_PER_MINUTE: LIFTED_RATE_LIMIT,
    RATE_LIMIT_WRITES_PER_MINUTE: LIFTED_RATE_LIMIT,
  };
  let portal: CompiledApi | undefined;
  let failed: boolean;
  try {
    portal = new CompiledApi(environment);
    let started = performance.now();
    await waitUntilSearchable(api, portal);
    console.log(`API ready and its demo data indexed in ${((performance.now() - started) / 1000).toFixed(1)} s (${dataDir})`);
    const workload = await buildWorkload(api);
    const searchesWithHits = await warmUp(api, workload);
    console.log(
      `workload: ${workload.search.length} searches (${searchesWithHits} find something), ${workload['case study'].length} published case studies, ` +
        `${workload['town list'].length} town lists, ${workload.town.length} towns; every path answered 200 once (warm-up)`,
    );
    console.log(`rate limits lifted for the bench: RATE_LIMIT_SEARCH_PER_MINUTE=${LIFTED_RATE_LIMIT}, RATE_LIMIT_WRITES_PER_MINUTE=${LIFTED_RATE_LIMIT} (defaults 300 and 300 per address and minute; every bench client is 127.0.0.1)`);
    console.log(`running ${options.connections} connections for ${options.duration} s …`);

    const nextPath = mixedPaths(workload);
    const before = await scrapeMetrics(api);
    const cpuBefore = { machine: await machineBusySeconds(), portal: await portal.cpuSecondsByCommand(), bench: process.cpuUsage() };
    started = performance.now();
    const memory = sampleMemory(api, portal, started);
    const result = await autocannon({
      url: api,
      connections: options.connections,
      duration: options.duration,
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: nextPath() }) }],
    });
    await memory.stop();
    const cpuAfter = { machine: await machineBusySeconds(), portal: await portal.cpuSecondsByCommand(), bench: process.cpuUsage(cpuBefore.bench) };
    const after = await scrapeMetrics(api);

    const statuses = Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => `${status}: ${count}`).join(', ');
    const degraded = (after.get('search_duration_seconds_count{engine="postgres"}') ?? 0) - (before.get('search_duration_seconds_count{engine="postgres"}') ?? 0);
    console.log(`\n${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load generator, API, PostgreSQL and Meilisearch on the same machine`);
    console.log(`${options.connections} connections, ${result.duration.toFixed(0)} s; status codes ${statuses}`);
    console.log('| requests/s mean | stdev | p50 ms | p90 ms | p99 ms | max ms | requests | non-2xx | errors | timeouts | degraded searches |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    console.log(
      `| ${result.requests.mean.toFixed(0)} | ${result.requests.stddev.toFixed(0)} | ${result.latency.p50} | ${result.latency.p90} | ${result.latency.p99} | ${result.latency.max} | ` +
        `${result.requests.total} | ${result.non2xx} | ${result.errors} | ${result.timeouts} | ${degraded} |`,
    );
    console.log(`(data ${(result.throughput.mean / 2 ** 20).toFixed(1)} MiB/s)`);

    const routes = routeFigures(before, after);
    const served = routes.reduce((sum, entry) => sum + entry.count, 0);
    console.log('\nper route, server-side (from /metrics: from the request reaching Express to the answer sent):');
    console.log('| kind | route | status | requests | share | target | mean ms |\n| --- | --- | --- | --- | --- | --- | --- |');
    for (const [kind, { percent, route }] of Object.entries(MIX)) {
      for (const entry of routes.filter((candidate) => candidate.route === route)) {
        console.log(`| ${kind} | ${route} | ${entry.status} | ${entry.count} | ${((100 * entry.count) / served).toFixed(1)}% | ${percent}% | ${ms((1000 * entry.seconds) / entry.count)} |`);
      }
    }
    for (const entry of routes.filter((candidate) => !Object.values(MIX).some(({ route }) => route === candidate.route))) {
      console.log(`| other | ${entry.route} | ${entry.status} | ${entry.count} | ${((100 * entry.count) / served).toFixed(1)}% | 0% | ${ms((1000 * entry.seconds) / entry.count)} |`);
    }

    const cpu = new Map<string, number>();
    for (const [command, seconds] of cpuAfter.portal) cpu.set(processLabel(command), (cpu.get(processLabel(command)) ?? 0) + seconds - (cpuBefore.portal.get(command) ?? 0));
    cpu.set('load generator (this process)', (cpuAfter.bench.user + cpuAfter.bench.system) / 1e6);
    const accounted = [...cpu.values()].reduce((sum, seconds) => sum + seconds, 0);
    const busy = cpuAfter.machine - cpuBefore.machine;
    console.log(`\nCPU during the run, in core-seconds of ${os.cpus().length} cores × ${result.duration.toFixed(0)} s = ${(os.cpus().length * result.duration).toFixed(0)}:`);
    console.log(
      [...[...cpu].sort((a, b) => b[1] - a[1]).map(([label, seconds]) => `${label} ${seconds.toFixed(1)}`), `anything else on the machine ${Math.max(0, busy - accounted).toFixed(1)}`, `idle ${Math.max(0, os.cpus().length * result.duration - busy).toFixed(1)}`].join(', '),
    );

    const samples = memory.samples.filter((sample) => Number.isFinite(sample.rss));
    if (samples.length === 0) throw new Error(`no memory sample: /proc had no VmRSS of the API process:\n${portal.output.join('\n')}`);
    const at = (seconds: number) => samples.reduce((best, sample) => (Math.abs(sample.seconds - seconds) < Math.abs(best.seconds - seconds) ? sample : best));
    const [first, warm, last] = [samples[0], at(warmUpSeconds), samples[samples.length - 1]];
    const peak = samples.reduce((best, sample) => (sample.rss > best.rss ? sample : best));
    const steady = last.rss <= warm.rss * (1 + STEADY_TOLERANCE);
    console.log(`\nmemory of the API process (${samples.length} samples, one a second; RSS from /proc/<pid>/status, heap from its /metrics):`);
    console.log('| | at | RSS MiB | heap used MiB |\n| --- | --- | --- | --- |');
    for (const [label, sample] of [['start', first], [`after warm-up`, warm], ['end', last], ['max RSS', peak]] as const) {
      console.log(`| ${label} | ${sample.seconds.toFixed(0)} s | ${mib(sample.rss)} | ${mib(sample.heapUsed)} |`);
    }
    console.log(`RSS MiB every 10 s: ${samples.filter((_, n) => n % 10 === 0).map((sample) => `${sample.seconds.toFixed(0)} s ${mib(sample.rss)}`).join(', ')}`);
    const change = `end ${mib(last.rss)} MiB is ${(100 * (last.rss / warm.rss - 1)).toFixed(1)}% from ${mib(warm.rss)} MiB at ${warm.seconds.toFixed(0)} s`;
    if (judgesMemory) console.log(`memory ${steady ? 'steady' : 'NOT steady'}: ${change} (limit +${100 * STEADY_TOLERANCE}% after ${WARM_UP_SECONDS} s of warm-up)`);
    else console.log(`memory not judged: ${change}, but a run under ${2 * WARM_UP_SECONDS} s ends before the RSS has settled`);

    const failures = [
      result.errors > 0 && `${result.errors} connection errors`,
      result.timeouts > 0 && `${result.timeouts} timeouts`,
      result.non2xx > 0 && `${result.non2xx} non-2xx answers (${statuses})`,
      degraded > 0 && `${degraded} searches answered degraded by PostgreSQL`,
      judgesMemory && !steady && 'memory not steady',
    ].filter((failure): failure is string => Boolean(failure));
    failed = failures.length > 0;
    console.log(failed ? `\nFAIL: ${failures.join('; ')}` : `\nPASS: no errors, no timeouts, no non-2xx answers, no degraded search${judgesMemory ? ', memory steady' : ''}`);
  } finally {
    const exit = await portal?.stop(STOP_TIMEOUT_MS);
    if (exit === 'killed') console.error(`the API did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM and was killed; its PostgreSQL and Meilisearch may outlive it`);
    else if (exit !== undefined) console.log(`API stopped (exit code ${exit})`);
    await rm(dataDir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
