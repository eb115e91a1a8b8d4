import { type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { portalUrl } from './support/portal';

/** A phone's window (an iPhone 12–14, in CSS pixels). */
const PHONE = { width: 390, height: 844 };

/**
 * The portal on a phone: the header's links behind a menu button, the search's results before
 * its filters, and tables that scroll inside their own box rather than widening the page.
 */
describe('on a phone, in a real browser', () => {
  const currentPage = usePagePerTest();
  let page: Page;

  beforeEach(async () => {
    page = currentPage();
    await page.setViewportSize(PHONE);
  });

  /** How far the page itself scrolls sideways (0 when nothing is wider than the window). */
  const sidewaysOverflow = () => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

  it('opens the navigation from a menu button, and reaches a page through it', async () => {
    await page.goto(portalUrl('/'));
    const banner = page.getByRole('banner');
    const menuButton = banner.getByRole('button', { name: 'Menu', exact: true });
    await menuButton.waitFor();
    expect(await banner.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');

    await menuButton.click();
    const menu = page.getByRole('dialog', { name: 'Menu' });
    await menu.waitFor();
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    const nav = menu.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Towns', 'Map', 'Case studies', 'Funding', 'Statistics', 'Sign in', 'Register']);

    await nav.getByRole('link', { name: 'Statistics' }).click();
    await page.waitForURL(/\/statistics$/);
    await page.getByRole('heading', { level: 1, name: /statistics/i }).waitFor();
    await menu.waitFor({ state: 'detached' });
    expect(await sidewaysOverflow()).toBeLessThanOrEqual(0);
  });

  it('shows the search results before the filters, and applies a filter from their drawer', async () => {
    await page.goto(portalUrl('/search'));
    const results = page.getByRole('region', { name: /Newest case studies|Results/ });
    await results.getByRole('listitem').first().waitFor();
    const filtersButton = page.getByRole('button', { name: 'Filters (0)' });
    const [buttonBox, resultsBox] = [await filtersButton.boundingBox(), await results.boundingBox()];
    // The first result starts within the first screen, the filters wait behind their button.
    expect(resultsBox!.y).toBeLessThan(PHONE.height);
    expect(buttonBox!.y).toBeLessThan(resultsBox!.y);
    expect(await page.getByRole('checkbox', { name: /^SDG 11 · / }).count()).toBe(0);

    await filtersButton.click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await drawer.getByRole('button', { name: 'SDGs' }).click();
    await drawer.getByRole('checkbox', { name: /^SDG 11 · / }).click();
    await page.waitForURL(/sdg=11/);
    await drawer.getByRole('button', { name: 'Show results' }).click();
    await drawer.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Filters (1)' }).waitFor();
    await page.getByRole('button', { name: /^Remove filter: SDG 11 · / }).waitFor();
    await page.getByRole('region', { name: 'Results' }).getByRole('listitem').first().waitFor();
    expect(await sidewaysOverflow()).toBeLessThanOrEqual(0);
  });

  it('keeps a wide table inside its own scrolling box, not the page', async () => {
    await page.goto(portalUrl('/towns'));
    const table = page.getByRole('table');
    await table.getByRole('rowheader').first().waitFor();

    expect(await sidewaysOverflow()).toBeLessThanOrEqual(0);
    // The table is wider than the phone, so its box scrolls: the last column is there to reach.
    expect((await table.boundingBox())!.width).toBeGreaterThan(PHONE.width);
  });
});
