import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { KeyboardUser } from './support/keyboard';
import { bursaPracticePath, portalUrl } from './support/portal';
import { signIn } from './support/sign-in';

/** The interface languages and the name the footer gives the accessibility statement in each. */
const LANGUAGES = [
  { language: 'en', statementLink: 'Accessibility statement' },
  { language: 'tr', statementLink: 'Erişilebilirlik beyanı' },
  { language: 'de', statementLink: 'Erklärung zur Barrierefreiheit' },
] as const;
type Language = (typeof LANGUAGES)[number]['language'];

/** The same key the web client's i18n setup reads (apps/web/src/i18n/i18n.ts). */
const LANGUAGE_STORAGE_KEY = 'twinning-exchange.language';

/** WCAG 2.1 levels A and AA: what EN 301 549 asks of a public body's website. */
const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);
/** A role's pages in one language: up to 25 pages, each loaded and checked, on a machine shared under load. */
const PAGES_TIMEOUT_MS = 300_000;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** A page to check: where it is, and optionally what to do on it first (each returned step is checked too). */
interface PageCheck {
  name: string;
  path: string | ((page: Page) => Promise<string>);
  /** Further states of the same page (the steps of a form): each call brings the next, and names it. */
  states?: ((page: Page) => Promise<string>)[];
}

const axeScript = require.resolve('axe-core/axe.min.js');

/** Chooses the interface language as the switcher does (it is remembered in local storage), for the next page load. */
async function setLanguage(page: Page, language: Language): Promise<void> {
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [LANGUAGE_STORAGE_KEY, language] as const);
}

async function waitUntilSettled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  // Skeletons and loaders go before what they stand for is checked.
  await page.locator('main [aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
}

async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axeScript });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
  }, WCAG_21_AA_TAGS);
  return violations.filter((violation) => violation.impact !== null && FAILING_IMPACTS.has(violation.impact));
}

function describeViolations(violations: AxeViolation[], where: string): string[] {
  return violations.map(
    (violation) =>
      `${where}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes.length} element(s): ${violation.nodes
        .slice(0, 5)
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  );
}

/**
 * Every page a visitor and each role reaches, in every interface language, against axe-core's
 * WCAG 2.1 A and AA rules. Serious or critical findings fail with the rule, the elements, the
 * page, the role and the language. One browser; one context per role, signed in once; the
 * languages run in a loop inside it.
 */
describe('accessibility (axe-core, WCAG 2.1 A and AA), in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  /**
   * One context per role, signed in once; one test per language, so a slow machine gets the
   * time for each and a failure names its language.
   */
  function checkPages(email: string | null, pages: PageCheck[]): void {
    const role = email ?? 'visitor';
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      // The portal's Content Security Policy forbids inline scripts, which is how axe is put into the page.
      context = await browser.newContext({ locale: 'en-GB', bypassCSP: true });
      page = await context.newPage();
      if (email) await signIn(page, email);
      else await page.goto(portalUrl('/'));
    });
    afterAll(() => context.close());

    it.each(LANGUAGES.map(({ language }) => language))(`in %s, for ${role}`, async (language) => {
      await setLanguage(page, language);
      const problems: string[] = [];
      for (const check of pages) {
        const path = typeof check.path === 'string' ? check.path : await check.path(page);
        await page.goto(portalUrl(path));
        await waitUntilSettled(page);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        problems.push(...describeViolations(await seriousViolations(page), `${check.name} (${path}) as ${role} in ${language}`));
        for (const nextState of check.states ?? []) {
          const state = await nextState(page);
          await page.waitForLoadState('networkidle');
          problems.push(...describeViolations(await seriousViolations(page), `${check.name}, ${state} (${path}) as ${role} in ${language}`));
        }
      }
      expect(problems).toEqual([]);
    }, PAGES_TIMEOUT_MS);
  }

  it('links the accessibility statement from the footer of every page, in each language', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    try {
      await page.goto(portalUrl('/'));
      for (const { language, statementLink } of LANGUAGES) {
        await setLanguage(page, language);
        const footerLink = page.getByRole('contentinfo').getByRole('link', { name: statementLink, exact: true });
        for (const path of ['/', '/search?q=waste', '/sign-in', '/towns']) {
          await page.goto(portalUrl(path));
          await footerLink.waitFor();
        }
        await footerLink.click();
        await page.waitForURL(/\/accessibility$/);
        await page.getByRole('heading', { level: 1, name: statementLink }).waitFor();
      }
    } finally {
      await context.close();
    }
  }, PAGES_TIMEOUT_MS);

  describe('finds nothing serious on the pages a visitor reads', () => {
    let bursaTown = '';
    checkPages(null, [
      { name: 'home', path: '/' },
      { name: 'search with a filter', path: '/search?q=waste&outcome=success' },
      { name: 'search without words', path: '/search' },
      { name: 'case studies', path: '/case-studies' },
      { name: 'a case study', path: bursaPracticePath },
      {
        name: 'a town',
        path: async (page) => {
          if (!bursaTown) {
            const towns = (await (await page.request.get(portalUrl('/api/v1/municipalities?q=bursa&country=TR'))).json()) as { items: { id: string }[] };
            bursaTown = `/towns/${towns.items[0].id}`;
          }
          return bursaTown;
        },
      },
      { name: 'towns', path: '/towns' },
      { name: 'map', path: '/map' },
      { name: 'statistics', path: '/statistics' },
      { name: 'funding programmes', path: '/funding' },
      {
        name: 'a funding programme',
        path: async (page) => {
          const programmes = (await (await page.request.get(portalUrl('/api/v1/funding/programmes'))).json()) as { id: string }[];
          return `/funding/programmes/${programmes[0].id}`;
        },
      },
      { name: 'funding deadlines', path: '/funding/calls' },
      {
        name: 'a collection',
        path: async (page) => {
          const collections = (await (await page.request.get(portalUrl('/api/v1/collections'))).json()) as { id: string }[];
          return `/collections/${collections[0].id}`;
        },
      },
      { name: 'why practices fail', path: '/failures' },
      { name: 'partner search', path: '/partner-requests' },
      {
        name: 'a partner request',
        path: async (page) => {
          const requests = (await (await page.request.get(portalUrl('/api/v1/partner-requests'))).json()) as { items: { id: string }[] };
          return `/partner-requests/${requests.items[0].id}`;
        },
      },
      {
        name: 'a partnership',
        path: async (page) => {
          const towns = (await (await page.request.get(portalUrl('/api/v1/municipalities?q=bursa&country=TR'))).json()) as { items: { id: string }[] };
          const town = (await (await page.request.get(portalUrl(`/api/v1/municipalities/${towns.items[0].id}`))).json()) as { partners: { partnershipId: string }[] };
          return `/partnerships/${town.partners[0].partnershipId}`;
        },
      },
      { name: 'sign-in', path: '/sign-in' },
      { name: 'registration', path: '/register' },
      { name: 'forgotten password', path: '/forgot-password' },
      { name: 'accessibility statement', path: '/accessibility' },
    ]);
  });

  describe("finds nothing serious on a town staff member's pages, the case study form at every step included", () => {
    const formSteps = Array.from({ length: 11 }, (_, index) => async (page: Page) => {
      const steps = page.locator('main nav ol > li button');
      const count = await steps.count();
      const button = steps.nth(Math.min(index, count - 1));
      const name = (await button.locator('.mantine-Button-label').textContent()) ?? `${index + 1}`;
      await button.click();
      await page.locator('main h2, main h1').first().waitFor();
      return `step ${name.trim()}`;
    });
    let draftPath = '';
    checkPages('bursa@demo.twinning.test', [
      { name: 'home, signed in', path: '/' },
      { name: 'my municipality', path: '/my-municipality' },
      { name: 'account', path: '/account' },
      { name: 'notification settings', path: '/account/notifications' },
      { name: 'new partner request', path: '/partner-requests/new' },
      { name: "my town's partner requests", path: '/partner-requests/mine' },
      { name: 'new case study', path: '/case-studies/new' },
      {
        name: 'case study form',
        path: async (page) => {
          if (!draftPath) {
            await page.goto(portalUrl('/case-studies/new'));
            await page.locator('main form input').first().fill(`Accessible draft ${Date.now()}`);
            await page.locator('main form button[type="submit"]').click();
            await page.waitForURL(/\/case-studies\/[^/]+\/edit$/);
            draftPath = new URL(page.url()).pathname;
          }
          return draftPath;
        },
        states: formSteps,
      },
    ]);
  });

  describe('finds nothing serious on the moderation pages', () => {
    let reviewPath = '';
    checkPages('moderator@demo.twinning.test', [
      { name: 'moderation queue', path: '/moderation' },
      {
        name: 'a review',
        path: async (page) => {
          if (!reviewPath) {
            await page.goto(portalUrl('/moderation'));
            const link = page.locator('main a[href*="/moderation/case-studies/"]').first();
            await link.waitFor();
            reviewPath = (await link.getAttribute('href'))!;
          }
          return reviewPath;
        },
      },
      { name: 'reported content', path: '/moderation/reports' },
      { name: 'partner pairs to confirm', path: '/moderation/partner-pairs' },
      { name: 'new funding programme', path: '/funding/programmes/new' },
      { name: 'collections', path: '/moderation/collections' },
      { name: 'new collection', path: '/moderation/collections/new' },
    ]);
  });

  describe('finds nothing serious on the admin pages', () => {
    checkPages('admin@demo.twinning.test', [
      { name: 'admin home', path: '/admin' },
      { name: 'accounts', path: '/admin/accounts' },
      { name: 'invitation', path: '/admin/accounts/invite' },
      { name: 'municipalities', path: '/admin/municipalities' },
      { name: 'partnerships', path: '/admin/partnerships' },
      { name: 'audit log', path: '/admin/audit' },
    ]);
  });

  describe('the keyboard alone', () => {
    it('searches and opens a result with Tab and Enter, focus always visible', async () => {
      const context = await browser.newContext({ locale: 'en-GB' });
      const page = await context.newPage();
      const keyboard = new KeyboardUser(page);
      try {
        await page.goto(portalUrl('/'));
        await page.getByRole('heading', { level: 1 }).waitFor();

        await keyboard.tabTo(({ element }) => element.startsWith('input "Search'), 'the search field in the header');
        await page.keyboard.type('waste');
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/search\?q=waste$/);
        await page.getByRole('heading', { level: 1, name: 'Search', exact: true }).waitFor();
        await page.locator('main a[href^="/case-studies/"]').first().waitFor();
        // The new page starts where a screen reader would: at its main region.
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');

        // Past the filters (dozens of tab stops) by the page's own skip link.
        await keyboard.tabTo(({ href }) => href === '#search-results', 'the link past the filters');
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-results');
        await keyboard.tabTo(({ href }) => href !== null && /^\/case-studies\/[0-9a-f-]{36}$/.test(href), 'the first result');
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/case-studies\/[0-9a-f-]{36}$/);
        await page.getByRole('heading', { level: 1 }).waitFor();
        expect(keyboard.unseen).toEqual([]);
      } finally {
        await context.close();
      }
    }, PAGES_TIMEOUT_MS);
  });
});
