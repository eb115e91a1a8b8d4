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
      // A page's later requests (a town's case studies, then their cover pictures) may follow a
      // pause that a loaded machine makes long enough to look idle: leaving then would cut them off.
      await page.waitForFunction(() => [...document.images].every((image) => image.complete));
      await page.waitForLoadState('networkidle');
    }

    expect(problems).toEqual([]);
    // Seven pages, each waited on until its cover pictures are in: with 66 published demo case
    // studies (51 with a cover) the lists carry many more, which a loaded machine fetches slowly.
  }, 180_000);

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

  it('show a town’s published case studies and how its practices travel, and a case study’s key facts and contents', async () => {
    // A demo adaptation: one town adapting another's published practice.
    const api = async <T>(path: string) => (await (await page.request.get(portalUrl(path))).json()) as T;
    const published = await api<{ items: { id: string; title: string; municipality: { id: string; nameLocal: string } | null }[] }>('/api/v1/case-studies?status=published&per_page=100');
    let found: { practice: (typeof published.items)[number]; adopter: { id: string; nameLocal: string }; status: string } | undefined;
    for (const practice of published.items.filter((item) => item.municipality)) {
      const [adaptation] = await api<{ municipality: { id: string; nameLocal: string }; status: string }[]>(`/api/v1/case-studies/${practice.id}/adaptations`);
      if (adaptation) {
        found = { practice, adopter: adaptation.municipality, status: adaptation.status };
        break;
      }
    }
    expect(found).toBeDefined();
    const { practice, adopter, status } = found!;
    const statusLabel = status.charAt(0).toUpperCase() + status.slice(1);

    // The practice's town lists it among its case studies, and where it travelled.
    await page.goto(portalUrl(`/towns/${practice.municipality!.id}`));
    await page.getByRole('heading', { level: 1, name: practice.municipality!.nameLocal }).waitFor();
    const caseStudies = page.getByRole('region', { name: 'Its case studies' });
    await caseStudies.getByText(/published case stud/).waitFor();
    const travelled = page.getByRole('region', { name: 'Where its practices travelled' }).getByRole('listitem').filter({ hasText: practice.title }).filter({ hasText: adopter.nameLocal });
    await travelled.first().waitFor();
    expect(await travelled.first().textContent()).toContain(statusLabel);

    // The adopting town lists the adaptation, with its status.
    await page.goto(portalUrl(`/towns/${adopter.id}`));
    const adapting = page.getByRole('region', { name: `Practices ${adopter.nameLocal} adapts` }).getByRole('listitem').filter({ hasText: practice.title });
    await adapting.first().waitFor();
    expect(await adapting.first().textContent()).toContain(statusLabel);

    // The case study's page: key facts, and a contents list whose links land on their sections.
    await adapting.first().getByRole('link', { name: practice.title }).click();
    await page.getByRole('heading', { level: 1, name: practice.title }).waitFor();
    const keyFacts = page.getByRole('complementary', { name: 'Key facts' });
    expect(await keyFacts.locator('dt').allTextContents()).toEqual(expect.arrayContaining(['Town', 'Population', 'Outcome']));
    expect(await keyFacts.locator('dd').first().textContent()).toBe(practice.municipality!.nameLocal);
    const contents = page.getByRole('navigation', { name: 'Contents' });
    expect((await contents.getByRole('link').allTextContents()).slice(0, 2)).toEqual(['Story', 'Lessons']);
    await contents.getByRole('link', { name: 'Lessons' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#section-lessons$/);
    await page.waitForFunction(() => document.activeElement?.id === 'section-lessons');
  });
});
