import { type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { bursaPracticePath, portalUrl } from './support/portal';

describe('the pages a visitor reads, in a real browser', () => {
  const currentPage = usePagePerTest();
  let page: Page;

  beforeEach(() => {
    page = currentPage();
  });

  it('load without a failed request or an error in the console', async () => {
    // The maps' background tiles come from the tile server the portal names (OpenStreetMap's by
    // default), which these machines cannot reach; the maps draw without them. Every other request counts.
    const { mapTiles } = (await (await page.request.get(portalUrl('/api/v1/config'))).json()) as { mapTiles: { urlTemplate: string } };
    const tileHost = new URL(mapTiles.urlTemplate.replace('{s}.', '')).host;
    const isTile = (url: string) => URL.canParse(url) && new URL(url).host.endsWith(tileHost);
    const problems: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400 && !isTile(response.url())) problems.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    });
    page.on('requestfailed', (request) => {
      if (!isTile(request.url())) problems.push(`failed ${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && !isTile(message.location().url)) problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

    const towns = (await (await page.request.get(portalUrl('/api/v1/municipalities?q=bursa&country=TR'))).json()) as { items: { id: string }[] };
    const pages: { path: string; heading: string | RegExp }[] = [
      { path: '/', heading: 'Learn from towns that tried it first' },
      { path: '/towns', heading: 'Towns' },
      { path: '/search?q=waste', heading: /search/i },
      { path: await bursaPracticePath(page), heading: /./ },
      { path: `/towns/${towns.items[0].id}`, heading: 'Bursa' },
      { path: '/statistics', heading: /statistics/i },
      { path: '/case-studies', heading: /case studies/i },
    ];
    for (const { path, heading } of pages) {
      await page.goto(portalUrl(path));
      await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
      await page.waitForLoadState('networkidle');
    }

    expect(problems).toEqual([]);
  });

  it('open on a home page that says what the portal is for, featured practices, recent lessons and the numbers', async () => {
    await page.goto(portalUrl('/'));
    await page.getByRole('heading', { level: 1, name: 'Learn from towns that tried it first' }).waitFor();
    const featured = page.getByRole('region', { name: 'Featured practices' });
    await featured.getByRole('listitem').first().waitFor();
    // Each section loads on its own: wait for this one's answer before counting.
    const successes = page.getByRole('region', { name: 'Recent successes' }).getByRole('listitem');
    await successes.first().waitFor();
    expect(await successes.count()).toBeGreaterThan(0);
    const figures = page.getByRole('region', { name: 'The portal in numbers' });
    await figures.getByText('Twinnings').waitFor();
    expect(Number((await figures.locator('dd').first().textContent())?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(105);
    await page.getByRole('region', { name: 'Your next step' }).getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL(/\/sign-in$/);
  });
});
