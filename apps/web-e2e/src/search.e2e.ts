import { type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { portalUrl } from './support/portal';

/**
 * A visitor searches the demo case studies, narrows by an SDG facet, removes it by its chip,
 * opens a result, and shares the URL, which restores the same search.
 */
describe('searching case studies, in a real browser', () => {
  const currentPage = usePagePerTest();
  let page: Page;

  beforeEach(() => {
    page = currentPage();
  });

  const results = () => page.getByRole('region', { name: 'Results' }).getByRole('listitem');
  const resultCount = async () => Number((await page.getByText(/\d+ results? in/).first().textContent())?.match(/\d+/)?.[0]);

  it('narrows by a facet, widens again by its chip, opens a result, and restores a shared search', async () => {
    await page.goto(portalUrl('/towns'));
    const headerSearch = page.getByRole('banner').getByRole('searchbox', { name: 'Search case studies' }).or(page.getByRole('banner').getByLabel('Search case studies'));
    await headerSearch.first().fill('deprem');
    await headerSearch.first().press('Enter');
    await page.waitForURL(/\/search\?.*q=deprem/);
    await page.getByText(/\d+ results? in/).first().waitFor();
    const everything = await resultCount();
    expect(everything).toBeGreaterThan(0);

    const sdgFacet = page.getByRole('checkbox', { name: /^SDG 11 · / });
    // A click, not check(): the box follows the URL, so it turns checked only after the navigation.
    await sdgFacet.click();
    await page.waitForURL(/sdg=11/);
    const chip = page.getByRole('button', { name: /^Remove filter: SDG 11 · / });
    await chip.waitFor();
    await page.waitForFunction((before) => {
      const text = document.body.innerText.match(/(\d+) results? in/);
      return text !== null && Number(text[1]) <= before;
    }, everything);
    const narrowed = await resultCount();
    expect(narrowed).toBeLessThanOrEqual(everything);

    const shared = page.url();
    await chip.click();
    await page.waitForURL((url) => !url.searchParams.has('sdg'));
    await page.waitForFunction((before) => document.body.innerText.includes(`${before} result`), everything);

    const firstTitle = (await results().first().getByRole('link').first().textContent())?.trim() ?? '';
    await results().first().getByRole('link').first().click();
    await page.waitForURL(/\/case-studies\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: firstTitle }).waitFor();

    // Someone opening the shared link sees the same narrowed search.
    await page.goto(shared);
    await page.getByRole('button', { name: /^Remove filter: SDG 11 · / }).waitFor();
    expect(await page.getByRole('checkbox', { name: /^SDG 11 · / }).isChecked()).toBe(true);
    await page.getByText(`${narrowed} result`, { exact: false }).first().waitFor();
  });
});
