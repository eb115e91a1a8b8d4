import { type Page } from 'playwright-core';

/** Set by the global setup: where the portal under test answers. */
export const PORTAL_URL_VARIABLE = 'E2E_PORTAL_URL';

export function portalUrl(path = '/'): string {
  const base = process.env[PORTAL_URL_VARIABLE];
  if (!base) throw new Error(`${PORTAL_URL_VARIABLE} is not set: the e2e global setup did not run.`);
  return new URL(path, base).toString();
}

/** The page of Bursa's first published demo case study (Darmstadt's twin town, so Darmstadt may adapt it). */
export async function bursaPracticePath(page: Page): Promise<string> {
  const towns = (await (await page.request.get(portalUrl('/api/v1/municipalities?q=bursa&country=TR'))).json()) as { items: { id: string; nameLocal: string }[] };
  const bursa = towns.items.find((town) => town.nameLocal === 'Bursa')!;
  const practices = (await (await page.request.get(portalUrl(`/api/v1/case-studies?municipality=${bursa.id}&status=published&per_page=100`))).json()) as {
    items: { id: string; title: string }[];
  };
  // A demo practice, not one another browser test published (and maybe adapted) in this run: theirs end in "(<timestamp>)".
  return `/case-studies/${practices.items.find((practice) => !/\(\d{10,}\)$/.test(practice.title))!.id}`;
}
