import { type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { focusedElement, KeyboardUser } from './support/keyboard';
import { portalUrl } from './support/portal';
import { DEMO_PASSWORD } from './support/sign-in';

/** A role's whole task at the keyboard, on a machine shared under load. */
const TASK_TIMEOUT_MS = 300_000;

/**
 * Every task of the portal with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows; no
 * mouse): staff write, save and submit a case study; a moderator asks for changes, staff revise,
 * the moderator approves; a partner town's staff adapt the practice. Each element the focus
 * passes must show it. Pages are opened by address, as a person types one.
 */
describe('every task with the keyboard alone, in a real browser', () => {
  const currentPage = usePagePerTest();
  let page: Page;
  let keyboard: KeyboardUser;

  beforeEach(() => {
    page = currentPage();
    keyboard = new KeyboardUser(page);
  });

  const title = `Night bus on request for shift workers (${Date.now()})`;
  let caseStudyPath = '';

  const signIn = async (email: string) => {
    await page.goto(portalUrl('/sign-in'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await keyboard.signIn(email, DEMO_PASSWORD);
    await page.waitForURL(/\/(account|my-municipality)$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await keyboard.waitForPageFocus();
  };
  /** The form's "Next" button, then the step's heading, where the focus lands. */
  const nextStep = async (step: string) => {
    await keyboard.press(`Next: ${step}`);
    await page.getByRole('heading', { level: 2, name: step }).waitFor();
    expect((await focusedElement(page)).name).toBe(step);
  };

  it('lets staff write, save and submit a case study', async () => {
    await signIn('bursa@demo.twinning.test');
    await keyboard.press('New case study');
    await page.waitForURL(/\/case-studies\/new$/);
    await keyboard.waitForPageFocus();
    await keyboard.fill('Title', title);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/case-studies\/[0-9a-f-]{36}\/edit$/);
    caseStudyPath = new URL(page.url()).pathname.replace(/\/edit$/, '');
    await page.getByRole('heading', { level: 2, name: 'Identity' }).waitFor();
    await keyboard.waitForPageFocus();

    await keyboard.fill('Summary', 'A minibus that shift workers book by phone runs between the industrial zone and the neighbourhoods at night.');
    await keyboard.tabToNamed('Language');
    await keyboard.choose('English', 'Engl');

    await nextStep('Outcome');
    await keyboard.tabToNamed('Success');
    await page.keyboard.press('Space');
    expect(await page.getByRole('radio', { name: 'Success', exact: true }).isChecked()).toBe(true);

    await nextStep('Story');
    await keyboard.fill('Context and problem', 'No bus ran after midnight, when the night shift ends.');
    await keyboard.fill('What was done', 'A minibus runs on request; workers book it by phone before the end of their shift.');
    await keyboard.fill('Results', 'Four hundred trips a month within half a year.');

    await nextStep('Lessons');
    await keyboard.fill('What worked', 'Booking through the factories’ shift leaders.');
    await keyboard.fill('What did not work', 'Booking by app: few used it.');
    await keyboard.fill('What we would do differently', 'Ask the workers before choosing the stops.');

    await nextStep('Failure analysis');
    await nextStep('Transferability');
    await keyboard.fill('Preconditions', 'Factories that run night shifts and will share their rosters.');
    await keyboard.fill('Tips for a town that wants to adapt it', 'Start with one factory and one route.');

    await nextStep('Resources');
    // A new funding source asks for its kind, with nothing chosen: the focus is on that question.
    await keyboard.press('Add a funding source');
    const kind = await focusedElement(page);
    expect(kind.name).toBe('Kind of source');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('');
    await keyboard.choose('Own budget');
    await page.getByRole('combobox', { name: 'Kind of source' }).and(page.locator('[value="Own budget"]')).waitFor();
    await keyboard.fill('Staff and time', 'Two drivers and a dispatcher at night.');

    await nextStep('Timeline');
    // Typed in the order of the interface language (day first), not the browser's.
    await keyboard.fill('Start date', '01/04/2022');
    await keyboard.fill('End date', '31/03/2023');

    await nextStep('Classification');
    await keyboard.tabToNamed('SDGs');
    await keyboard.choose(/^11 ·/, '11');
    await page.keyboard.press('Escape');
    await keyboard.tabToNamed('Themes');
    await keyboard.choose('Mobility', 'Mobil');
    await page.keyboard.press('Escape');

    await nextStep('Contact');
    await keyboard.fill('Role', 'Transport planner');

    // Saving and submitting sit above the form: Shift+Tab goes back up to them.
    await keyboard.press('Save draft', true);
    await page.getByText(/^Saved at /).first().waitFor();
    await keyboard.press('Submit for review');
    await page.waitForURL(new RegExp(`${caseStudyPath}$`));
    await page.getByText('Submitted for review.', { exact: false }).first().waitFor();
    expect(keyboard.unseen).toEqual([]);
  }, TASK_TIMEOUT_MS);

  /** The moderator opens the case study from the queue and tabs to the decisions, entered at the first (Approve). */
  const openReviewAtFirstDecision = async () => {
    await signIn('moderator@demo.twinning.test');
    await page.goto(portalUrl('/moderation'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await keyboard.press(title);
    await page.waitForURL(/\/moderation\//);
    await page.getByRole('radio', { name: 'Approve', exact: true }).waitFor();
    await keyboard.waitForPageFocus();
    await keyboard.tabTo((focused) => focused.name.startsWith('Approve'), 'the first decision');
  };

  it('lets a moderator ask for changes, staff revise, and the moderator approve', async () => {
    expect(caseStudyPath).not.toBe('');
    await openReviewAtFirstDecision();
    // The arrows move within the decisions, choosing as they go.
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Request changes', exact: true }).isChecked()).toBe(true);
    await keyboard.fill('Comment for the authors', 'Good; one thing before we publish it.');
    // The sections' comments come before the decision.
    await keyboard.fill('Comment on Story', 'Say how many workers use it.', true);
    await keyboard.press('Send decision');
    await page.waitForURL(/\/moderation$/);

    await page.context().clearCookies();
    await signIn('bursa@demo.twinning.test');
    await page.goto(portalUrl(`${caseStudyPath}/edit`));
    await page.getByRole('heading', { level: 2, name: 'Identity' }).waitFor();
    // The steps list names each step, with a note where the moderator commented.
    await keyboard.tabTo((focused) => focused.name.startsWith('Story'), 'the step "Story"');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Story' }).waitFor();
    await page.getByText('Say how many workers use it.').waitFor();
    await keyboard.fill('Results', 'Four hundred trips a month by about 150 workers within half a year.');
    await keyboard.press('Submit for review', true);
    await page.waitForURL(new RegExp(`${caseStudyPath}$`));

    await page.context().clearCookies();
    await openReviewAtFirstDecision();
    await page.keyboard.press('Space');
    expect(await page.getByRole('radio', { name: 'Approve', exact: true }).isChecked()).toBe(true);
    await keyboard.press('Send decision');
    await page.waitForURL(/\/moderation$/);
    expect(keyboard.unseen).toEqual([]);
  }, TASK_TIMEOUT_MS);

  it('lets a partner town adapt the practice, and gives the focus back after the leave-page dialog', async () => {
    expect(caseStudyPath).not.toBe('');
    await signIn('darmstadt@demo.twinning.test');
    await page.goto(portalUrl(caseStudyPath));
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await keyboard.press('Adapt this practice');
    await page.waitForURL(/\/adapt$/);
    await page.getByRole('textbox', { name: 'Local context' }).waitFor();
    await keyboard.waitForPageFocus();
    await keyboard.fill('Local context', 'Darmstadt’s industrial park runs three shifts.');

    // Leaving with typed text asks first; staying gives the focus back to where it was.
    const home = await keyboard.tabTo((focused) => focused.href === '/', 'the link to the home page', true);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect((await focusedElement(page)).name).toBe('Stay on this page');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect((await focusedElement(page)).href).toBe(home.href);
    expect(page.url()).toMatch(/\/adapt$/);

    await keyboard.fill('What you change and why', 'One route first, to the park’s east gate.');
    await keyboard.fill('Planned steps', 'Talk to the works councils, then a three-month pilot.');
    await keyboard.press('Start adapting');
    await page.waitForURL(/\/adaptations\/[0-9a-f-]{36}$/);
    await page.getByLabel('Status').waitFor();
    await keyboard.waitForPageFocus();

    // A check-in with the native select's arrow keys.
    await keyboard.tabToNamed('Status');
    await page.keyboard.press('ArrowDown');
    const status = await page.getByLabel('Status').inputValue();
    await keyboard.fill('Note', 'The works councils agreed to a pilot.');
    await keyboard.press('Record check-in');
    await page.getByText('The works councils agreed to a pilot.').waitFor();
    expect(status).not.toBe('');
    expect(keyboard.unseen).toEqual([]);
  }, TASK_TIMEOUT_MS);
});
