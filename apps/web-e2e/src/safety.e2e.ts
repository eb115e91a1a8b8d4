import { type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { bursaPracticePath, portalUrl } from './support/portal';
import { signIn, signOut } from './support/sign-in';

const PAYLOAD = `<img src="x" onerror="window.__xss = 'img'"><script>window.__xss = 'script'</script>`;
const MARKDOWN = [
  `Sokak **pazarı** ${PAYLOAD}`,
  '[a link](javascript:window.__xss=%27href%27)',
  '<iframe src="javascript:window.__xss=\'iframe\'"></iframe>',
  '<a href="#" onclick="window.__xss=\'click\'">press</a>',
  '<svg><script>window.__xss="svg"</script></svg>',
].join('\n\n');

/**
 * Text people type reaches every page as text: HTML in a town's name, in a case study's
 * Markdown or in a question never runs, even for the people who wrote it. (The API stores what
 * was sent; the client renders Markdown through DOMPurify, and the Content-Security-Policy
 * allows no inline script either.)
 */
describe('hostile text rendered safely, in a real browser', () => {
  const currentPage = usePagePerTest();
  let page: Page;
  const dialogs: string[] = [];

  beforeEach(() => {
    page = currentPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  /** A write through the API with the signed-in browser's session and CSRF token. */
  async function write<T>(method: 'post' | 'patch', path: string, data: unknown): Promise<T> {
    const { csrfToken } = (await (await page.request.get(portalUrl('/api/v1/me'))).json()) as { csrfToken: string };
    const response = await page.request[method](portalUrl(path), { data, headers: { 'X-CSRF-Token': csrfToken } });
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async function expectNothingRan(): Promise<void> {
    // Give onerror handlers and injected scripts their chance.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(await page.locator('main img[onerror], main script, main iframe, main [onclick], main a[href^="javascript:"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  }

  it('shows HTML in a town name, a case study and a question as text, and runs none of it', async () => {
    await signIn(page, 'admin@demo.twinning.test');
    const town = await write<{ id: string }>('post', '/api/v1/admin/municipalities', {
      nameLocal: `Köy ${PAYLOAD}`,
      nameEn: 'Hostile village',
      country: 'TR',
      region: 'Ege',
      population: 900,
      populationYear: 2024,
      kind: 'village',
      latitude: 38.1,
      longitude: 27.2,
      website: null,
    });
    await signOut(page);

    await page.goto(portalUrl(`/towns/${town.id}`));
    await page.getByRole('heading', { level: 1, name: /^Köy </ }).waitFor();
    await page.getByText('window.__xss', { exact: false }).first().waitFor();
    await expectNothingRan();

    await signIn(page, 'izmir@demo.twinning.test');
    const draft = await write<{ id: string }>('post', '/api/v1/case-studies', { content: { title: `Başlık ${PAYLOAD}`, summary: PAYLOAD, context: MARKDOWN, whatWasDone: MARKDOWN } });
    await page.goto(portalUrl(`/case-studies/${draft.id}`));
    await page.getByText('pazarı', { exact: false }).first().waitFor();
    await expectNothingRan();
    // The Markdown that is allowed still renders.
    expect(await page.locator('main strong', { hasText: 'pazarı' }).count()).toBeGreaterThan(0);

    const practice = await bursaPracticePath(page);
    await write('post', `/api/v1${practice}/questions`, { body: MARKDOWN });
    await page.goto(portalUrl(`${practice}#questions`));
    await page.getByRole('region', { name: 'Questions and answers' }).getByText('pazarı', { exact: false }).first().waitFor();
    await expectNothingRan();
  });
});
