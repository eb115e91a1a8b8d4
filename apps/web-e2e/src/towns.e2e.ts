import { type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { portalUrl } from './support/portal';

describe('towns and their twinning partners, in a real browser', () => {
  const currentPage = usePagePerTest();
  let page: Page;

  beforeEach(() => {
    page = currentPage();
  });

  const townLinks = () => page.getByRole('table').getByRole('link');

  it('lists the starter towns with their total, and finds İstanbul when typed without diacritics', async () => {
    await page.goto(portalUrl('/towns'));
    // The towns page is loaded when first opened (it is no longer the home page).
    await page.getByRole('heading', { level: 1, name: 'Towns' }).waitFor();
    await page.getByText(/^\d+ towns$/).waitFor();
    expect(Number((await page.getByText(/^\d+ towns$/).textContent())?.split(' ')[0])).toBeGreaterThanOrEqual(105);

    await page.getByLabel('Search by name').fill('istanbul');
    await page.waitForURL(/[?&]q=istanbul/);
    await page.getByText('1 town', { exact: true }).waitFor();
    expect(await townLinks().allTextContents()).toEqual(['İstanbul']);
  });

  it('opens a town, shows its partners, and the partner lists it back', async () => {
    await page.goto(portalUrl('/towns?q=bursa'));
    await page.getByText('1 town', { exact: true }).waitFor();
    await townLinks().first().click();
    await page.getByRole('heading', { level: 1, name: 'Bursa' }).waitFor();
    const partners = page.getByRole('region', { name: 'Twinning partners' }).getByRole('link');
    await partners.first().waitFor();
    expect(await partners.allTextContents()).toContain('Darmstadt');

    await partners.filter({ hasText: 'Darmstadt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Darmstadt' }).waitFor();
    expect(await page.getByRole('region', { name: 'Twinning partners' }).getByRole('link').allTextContents()).toContain('Bursa');
  });

  it('switches to Turkish, keeps the choice after a reload, and says so in <html lang>', async () => {
    await page.goto(portalUrl('/towns'));
    await page.getByRole('button', { name: /^TR,/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Belediyeler' }).waitFor();
    expect(await page.getByLabel('Ada göre ara').isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('tr');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Belediyeler' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('tr');
  });

  it('switches to German: the towns, their countries and numbers, and the next page stay German', async () => {
    await page.goto(portalUrl('/towns?q=bursa'));
    await page.getByRole('button', { name: /^DE,/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Kommunen' }).waitFor();
    expect(await page.getByLabel('Nach Namen suchen').isVisible()).toBe(true);
    await page.getByText('1 Kommune', { exact: true }).waitFor();
    expect(await page.getByRole('table').getByRole('row', { name: /Bursa/ }).getByText('Türkei').isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');

    await page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Praxisbeispiele' }).click();
    await page.getByRole('heading', { level: 1, name: 'Praxisbeispiele' }).waitFor();
    expect(await page.title()).toBe('Praxisbeispiele · Twinning Exchange');
  });

  it('can be used with the keyboard alone: search, then open a town', async () => {
    await page.goto(portalUrl('/towns'));
    await page.getByText(/^\d+ towns$/).waitFor();
    const search = page.getByLabel('Search by name');
    for (let presses = 0; presses < 15 && !(await search.evaluate((input) => input === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await search.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('köln');
    await page.getByText('1 town', { exact: true }).waitFor();
    await townLinks().first().focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Köln' }).waitFor();
  });

  it('says so when a town does not exist, and when a page does not exist', async () => {
    await page.goto(portalUrl('/towns/00000000-0000-4000-8000-000000000000'));
    await page.getByRole('heading', { level: 1, name: 'Town not found' }).waitFor();

    await page.goto(portalUrl('/no/such/page'));
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  });
});
