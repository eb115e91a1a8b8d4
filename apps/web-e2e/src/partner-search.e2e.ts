import { type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { portalUrl } from './support/portal';
import { signIn, signOut } from './support/sign-in';

/**
 * Bursa posts a partner request aimed at an open demo call, Darmstadt answers, Bursa accepts,
 * and a moderator confirms the pair. (The partnership page that then shows the call belongs to
 * the partnership pages; this test ends on what the partner search shows.)
 */
describe('partner search, in a real browser', () => {
  const currentPage = usePagePerTest();
  let page: Page;

  beforeEach(() => {
    page = currentPage();
  });

  const title = `Partners for a youth climate council (${Date.now()})`;
  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  // Selects and multi-selects are comboboxes (Mantine gives their input that role).
  const pick = async (label: string, typed: string, option: RegExp | string) => {
    await page.getByRole('combobox', { name: label, exact: true }).fill(typed);
    await page.getByRole('option', { name: option }).first().click();
    await page.keyboard.press('Escape');
  };
  const inTwentyDays = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  let requestPath = '';
  /** Signing in and filling eleven fields takes longer than a test's minute on a loaded machine. */
  const FORM_STEP_TIMEOUT_MS = 180_000;

  // One step a test, each as its own town; they follow each other.
  it('lets Bursa post a request aimed at an open call', async () => {
    await signIn(page, 'bursa@demo.twinning.test');
    await page.goto(portalUrl('/partner-requests/new'));
    await field('What do you want to do?').fill(title);
    await field('Description').fill('Youth councils in both towns propose **local climate measures**.');
    await pick('Themes', 'Youth', 'Youth');
    await pick('Funding programme', 'CERV', 'CERV – Town-Twinning');
    await pick('Call', 'Town-Twinning', /Demo call: Town-Twinning/);
    // The date field takes YYYY-MM-DD as well as the language's own order.
    await field('Answers until').fill(inTwentyDays);
    await field('What we offer').fill('A venue and five years of running a youth council.');
    await field('What we seek').fill('A town with a climate plan.');
    await pick('Working languages', 'English', 'English');
    await page.getByRole('button', { name: 'Post the request' }).click();
    await page.waitForURL(/\/partner-requests\/[0-9a-f-]{36}$/);
    requestPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(/Demo call: Town-Twinning/).first().waitFor();
    await signOut(page);
  }, FORM_STEP_TIMEOUT_MS);

  it('lets Darmstadt answer it', async () => {
    await signIn(page, 'darmstadt@demo.twinning.test');
    await page.goto(portalUrl(requestPath));
    await field('Your town’s interest').fill('Darmstadt’s youth forum would host the second meeting.');
    await page.getByRole('button', { name: 'Send our answer' }).click();
    await page.getByText('Interested', { exact: true }).waitFor();
    await signOut(page);
  });

  it('lets Bursa accept the answer', async () => {
    await signIn(page, 'bursa@demo.twinning.test');
    await page.goto(portalUrl(requestPath));
    const answer = page.getByRole('listitem', { name: 'Darmstadt' });
    await answer.getByRole('button', { name: 'Accept as partner' }).click();
    await answer.getByText('Accepted, waiting for confirmation').waitFor();
    await signOut(page);
  });

  it('lets a moderator confirm the pair', async () => {
    await signIn(page, 'moderator@demo.twinning.test');
    await page.goto(portalUrl('/moderation/partner-pairs'));
    const pair = page.getByRole('listitem').filter({ hasText: title });
    await pair.getByText(/Bursa.* with Darmstadt/).waitFor();
    await pair.getByRole('button', { name: 'Confirm the partnership' }).click();
    await pair.waitFor({ state: 'detached' });
    await page.goto(portalUrl(requestPath));
    await page.getByRole('listitem', { name: 'Darmstadt' }).getByText('Confirmed partnership').waitFor();
  });

  it('shows the call on the partnership page of the two towns', async () => {
    // Bursa and Darmstadt are twinned already: the confirmed pair is their twinning, now aiming at the call.
    await page.goto(portalUrl(requestPath));
    await page.getByRole('link', { name: /^(Bursa – Darmstadt|Darmstadt – Bursa)$/ }).click();
    await page.waitForURL(/\/partnerships\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /Bursa/ }).waitFor();
    await page.getByText(/Demo call: Town-Twinning/).first().waitFor();
  });
});
