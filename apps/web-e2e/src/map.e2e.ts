import { type Locator, type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { portalUrl } from './support/portal';

/** The two ends of an SVG path that Leaflet drew for a line, where they are on the screen. */
function lineEnds(line: Locator): Promise<[number, number][]> {
  return line.evaluate((element) => {
    const path = element as SVGPathElement;
    const toScreen = path.getScreenCTM()!;
    return [0, path.getTotalLength()].map((at): [number, number] => {
      const point = path.getPointAtLength(at).matrixTransform(toScreen);
      return [point.x, point.y];
    });
  });
}

/** Where a marker's middle is on the screen. */
async function centreOf(marker: Locator): Promise<[number, number]> {
  const box = (await marker.boundingBox())!;
  return [box.x + box.width / 2, box.y + box.height / 2];
}

describe('the map of twinnings, in a real browser without map tiles', () => {
  const currentPage = usePagePerTest();
  let page: Page;

  beforeEach(() => {
    page = currentPage();
  });

  const bursaDarmstadt = () => page.locator('path.twinning-line[aria-label*="Bursa –"][aria-label*="Darmstadt"], path.twinning-line[aria-label*="Darmstadt – Bursa,"]');

  it('draws Bursa–Darmstadt as a line, although no tile loads', async () => {
    await page.goto(portalUrl('/map'));
    await page.getByRole('heading', { level: 1, name: 'Map of twinnings' }).waitFor();
    await bursaDarmstadt().first().waitFor({ state: 'attached' });
    expect(await page.locator('path.twinning-line').count()).toBeGreaterThan(30);
    expect(await bursaDarmstadt().count()).toBe(1);
    // Zoomed out, the towns gather in clusters.
    expect(await page.locator('.marker-cluster').count()).toBeGreaterThan(0);

    // On Bursa's page (no clusters) the line runs from Bursa's marker to Darmstadt's.
    await page.getByRole('table').getByRole('link', { name: 'Bursa', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Bursa' }).waitFor();
    const line = bursaDarmstadt();
    await line.waitFor({ state: 'attached' });
    const ends = await lineEnds(line);
    expect(ends).toHaveLength(2);
    const markers = [await centreOf(page.locator('.town-marker[title="Bursa"]')), await centreOf(page.locator('.town-marker[title="Darmstadt"]'))];
    for (const marker of markers) {
      const nearest = Math.min(...ends.map(([x, y]) => Math.hypot(x - marker[0], y - marker[1])));
      expect(nearest).toBeLessThan(3);
    }
  });

  it('filters by country, and offers the same towns as a list that the keyboard reaches', async () => {
    await page.goto(portalUrl('/map?country=DE'));
    const list = page.getByRole('table', { name: /towns? with (its|their) twinning partners/ });
    await list.waitFor();
    const towns = await list.getByRole('rowheader').getByRole('link').allTextContents();
    expect(towns).toContain('Darmstadt');
    expect(towns).not.toContain('Bursa');
    await bursaDarmstadt().first().waitFor({ state: 'attached' });

    const skip = page.getByRole('link', { name: 'Skip to the list of towns' });
    for (let presses = 0; presses < 25 && !(await skip.evaluate((link) => link === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, inTable: Boolean(document.activeElement?.closest('table')) }));
    expect(focused.inTable).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: focused.text! }).waitFor();
  });
});
