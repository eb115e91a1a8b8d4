/**
 * Polls `check` until it returns true, or fails after `timeoutMs` naming what it waited for.
 * The wait ends on the condition; the deadline only names a condition that never came, so it sits
 * just under the tests' own 60 s. 15 s was too short on a busy machine: Meilisearch, starved of
 * CPU by other suites, took longer than that to index one case study.
 */
export async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 55_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Waited ${timeoutMs} ms for ${what}`);
}
