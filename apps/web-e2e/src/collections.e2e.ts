import { type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { portalUrl } from './support/portal';
import { signIn } from './support/sign-in';

/**
 * A moderator builds a collection (texts in three languages, two practices found by search,
 * reordered, featured); it appears on the home page with its showcase in that order, and the
 * search filtered by it shows exactly its practices.
 */
describe('building a collection, in a real browser', () => {
  const currentPage = usePagePerTest();
  let page: Page;

  beforeEach(() => {
    page = currentPage();
  });

  const KAPANA = 'Kapana: reviving a derelict craft quarter with low rents for creative businesses';
  const KARAIM = 'Restoring the wooden Karaim houses with their owners';

  /** Finds a practice through the builder's search and adds it. */
  async function addPractice(words: string, title: string): Promise<void> {
    const search = page.getByRole('searchbox', { name: 'Find published practices' });
    await search.fill(words);
    const add = page.getByRole('list', { name: 'Practices found' }).getByRole('button', { name: `Add “${title}”` });
    await add.click();
    await page.getByRole('button', { name: `“${title}” is added` }).waitFor();
  }

  it('builds a featured collection that the home page shows and the search filters by', async () => {
    const title = `Old quarters brought back ${Date.now()}`;
    await signIn(page, 'moderator@demo.twinning.test');
    await page.goto(portalUrl('/moderation'));
    await page.getByRole('link', { name: 'Collections' }).click();
    await page.waitForURL(/\/moderation\/collections$/);
    await page.getByRole('link', { name: 'New collection' }).click();
    await page.waitForURL(/\/moderation\/collections\/new$/);

    const form = page.getByRole('form', { name: 'New collection' });
    for (const [legend, inLanguage, text] of [
      ['In English', title, 'Historic quarters that came back to life with their residents.'],
      ['In Turkish', `${title} (tr)`, 'Sakinleriyle yeniden canlanan tarihi mahalleler.'],
      ['In German', `${title} (de)`, 'Altstadtviertel, die mit ihren Bewohnern wieder aufleben.'],
    ]) {
      const group = form.getByRole('group', { name: legend });
      await group.getByRole('textbox', { name: /Title/ }).fill(inLanguage);
      await group.getByRole('textbox', { name: /Text/ }).fill(text);
    }
    await form.getByRole('switch', { name: 'Show on the home page' }).check();
    await addPractice('Kapana', KAPANA);
    await addPractice('Karaim', KARAIM);

    // Karaim first, by keyboard.
    const chosen = form.getByRole('list', { name: /^Practices in this order/ });
    await chosen.getByRole('button', { name: `Move “${KARAIM}” up` }).focus();
    await page.keyboard.press('Enter');
    expect(await chosen.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining(KARAIM), expect.stringContaining(KAPANA)]);

    await form.getByRole('button', { name: 'Create the collection' }).click();
    await page.waitForURL(/\/moderation\/collections$/);
    await page.getByRole('switch', { name: `Show “${title}” on the home page` }).waitFor();

    // On the home page, with its showcase in the collection's order.
    await page.goto(portalUrl('/'));
    const collections = page.getByRole('region', { name: 'Collections' });
    const link = collections.getByRole('link', { name: title, exact: true });
    await link.waitFor();
    // The innermost block holding the collection's link and practices (a `has` locator starts at the block, not the page).
    const entry = collections
      .locator('div')
      .filter({ has: page.getByRole('link', { name: title, exact: true }) })
      .filter({ has: page.getByRole('heading', { level: 4 }) })
      .last();
    await entry.getByRole('heading', { level: 4 }).first().waitFor();
    expect(await entry.getByRole('heading', { level: 4 }).allTextContents()).toEqual([KARAIM, KAPANA]);

    // Its page leads to the search filtered by it: exactly its practices, the filter named by its title.
    await link.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('link', { name: 'Search within this collection' }).click();
    await page.waitForURL(/\/search\?collection=[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: `Remove filter: ${title}` }).waitFor();
    // The outbox carries the new membership to Meilisearch within moments; until then, look again.
    for (let attempt = 0; attempt < 20 && !(await page.getByText(/^2 results in/).first().isVisible()); attempt++) {
      await page.waitForTimeout(1_000);
      await page.reload();
      await page.getByText(/\d+ results? in/).first().waitFor();
    }
    const titles = await page.getByRole('region', { name: 'Results' }).getByRole('heading', { level: 3 }).allTextContents();
    expect(titles.map((text) => text.trim()).sort()).toEqual([KAPANA, KARAIM].sort());
  });
});
