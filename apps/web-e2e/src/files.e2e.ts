import { readFile } from 'node:fs/promises';
import { type Page } from 'playwright-core';
import sharp from 'sharp';
import { usePagePerTest } from './support/browser';
import { bursaPracticePath, portalUrl } from './support/portal';
import { signIn, signOut } from './support/sign-in';

/**
 * Pictures and documents in a real browser: Bursa's staff upload a cover picture and a PDF to
 * their published practice; a visitor sees the picture on the search hit and downloads the PDF.
 */
describe('a case study’s cover picture and document, in a real browser', () => {
  const currentPage = usePagePerTest();
  let page: Page;

  beforeEach(() => {
    page = currentPage();
  });

  const altText = `A cargo bike parked in front of the market hall (${Date.now()})`;
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const documentTitle = 'Lane design guide';
  let practicePath = '';
  let title = '';

  const upload = async (name: string, mimeType: string, buffer: Buffer) => {
    await page.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
  };

  it('lets staff upload a cover picture and a PDF', async () => {
    await signIn(page, 'bursa@demo.twinning.test');
    practicePath = await bursaPracticePath(page);
    await page.goto(portalUrl(`${practicePath}/edit`));
    title = await page.getByRole('textbox', { name: 'Title', exact: true }).inputValue();
    expect(title).not.toBe('');

    const picture = await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#2f7d5b' } })
      .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><circle cx="600" cy="340" r="200" fill="#f2c14e"/></svg>') }])
      .jpeg()
      .toBuffer();
    await upload('market-hall.jpg', 'image/jpeg', picture);
    await page.getByRole('textbox', { name: 'Alt text' }).fill(altText);
    await page.getByRole('checkbox', { name: 'Use as the cover picture' }).check();
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByRole('status').getByText('market-hall.jpg was uploaded.').waitFor();

    await upload('guide.pdf', 'application/pdf', pdf);
    await page.getByRole('textbox', { name: 'Document title' }).fill(documentTitle);
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByRole('status').getByText('guide.pdf was uploaded.').waitFor();
    await page.getByRole('link', { name: documentTitle }).waitFor();
    await signOut(page);
  });

  it('shows a visitor the picture on the search hit, and gives them the PDF', async () => {
    expect(practicePath).not.toBe('');
    // The search index learns of the new cover through its outbox, a moment after the upload.
    const cover = page.getByRole('region', { name: 'Results' }).getByRole('img', { name: altText });
    for (let attempt = 0; ; attempt += 1) {
      await page.goto(portalUrl(`/search?q=${encodeURIComponent(title)}`));
      await page.getByText(/\d+ results? in/).first().waitFor();
      if ((await cover.count()) > 0 || attempt === 20) break;
      await page.waitForTimeout(500);
    }
    await cover.waitFor();
    await page.waitForFunction((alt) => [...document.images].some((image) => image.alt === alt && image.complete && image.naturalWidth > 0), altText);

    await page.goto(portalUrl(practicePath));
    const link = page.getByRole('link', { name: documentTitle });
    const response = await page.request.get(portalUrl((await link.getAttribute('href'))!));
    expect(response.headers()['content-type']).toBe('application/pdf');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${documentTitle}.pdf`);
    expect(await readFile((await download.path())!)).toEqual(pdf);
  });
});
