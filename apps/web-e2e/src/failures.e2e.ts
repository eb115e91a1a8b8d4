import { type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { portalUrl } from './support/portal';

/**
 * A visitor goes from the statistics to why practices fail, follows the most named cause to its
 * stories in the search, and opens one that names that cause in its failure analysis.
 */
describe('browsing failures by cause, in a real browser', () => {
  const currentPage = usePagePerTest();
  let page: Page;

  beforeEach(() => {
    page = currentPage();
  });

  it('follows a cause from the failures page to its stories and opens one', async () => {
    await page.goto(portalUrl('/statistics'));
    await page.getByRole('link', { name: /^Why practices fail/ }).click();
    await page.waitForURL(/\/failures$/);
    await page.getByRole('heading', { level: 1, name: 'Why practices fail' }).waitFor();

    // The causes stand most named first; the first one's link says how many stories name it.
    const allStories = page.getByRole('link', { name: /^All \d+ stories about / }).first();
    const [, count, cause] = (await allStories.textContent())?.match(/^All (\d+) stories about (.+)$/) ?? [];
    expect(Number(count)).toBeGreaterThan(1);
    await allStories.click();

    await page.waitForURL(/\/search\?failure_cause=/);
    await page.getByRole('button', { name: `Remove filter: ${cause}` }).waitFor();
    // As many stories as the failures page counted.
    await page.getByText(new RegExp(`^${count} results? in`)).first().waitFor();
    const results = page.getByRole('region', { name: 'Results' }).getByRole('listitem');

    const title = (await results.first().getByRole('link').first().textContent())?.trim() ?? '';
    await results.first().getByRole('link').first().click();
    await page.waitForURL(/\/case-studies\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // Its failure analysis names the cause it was found by.
    await page.getByText(cause, { exact: true }).first().waitFor();
  });
});
