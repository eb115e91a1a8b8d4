import { ApiRoutes, type HealthReport, type SearchResponse } from '@twinning/contracts';
import { type CompiledApi } from './compiled-api';

/** For the portal to start, seed its demo data and index it: over 3 minutes on a machine at load 35 or more. */
const READY_TIMEOUT_MS = 300_000;

export const withQuery = (route: string, params: Record<string, string>) => `${route}?${new URLSearchParams(params)}`;

export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Ready, the seed's case studies indexed (nothing waiting in the outbox), and Meilisearch answering. */
export async function waitUntilSearchable(api: string, portal: CompiledApi): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (portal.exited !== null) throw new Error(`the API exited with code ${portal.exited} before it was ready:\n${portal.output.join('\n')}`);
    const searchable = await (async () => {
      if (!(await fetch(`${api}${ApiRoutes.health}/ready`)).ok) return false;
      const health = await getJson<HealthReport>(`${api}${ApiRoutes.health}`);
      if (health.searchOutbox?.pending !== 0) return false;
      const search = await getJson<SearchResponse>(withQuery(`${api}${ApiRoutes.search}`, { q: '' }));
      return search.total > 0 && !search.degraded;
    })().catch(() => false);
    if (searchable) return;
    if (Date.now() > deadline) throw new Error(`the API was not ready and searchable within ${READY_TIMEOUT_MS / 1000} s:\n${portal.output.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

