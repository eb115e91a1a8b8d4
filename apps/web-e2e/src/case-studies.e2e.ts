import { type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { portalUrl } from './support/portal';
import { signIn, signOut } from './support/sign-in';

/**
 * The review loop in a real browser: staff draft and submit; a moderator requests changes on two
 * sections; staff see those comments beside their sections, revise and resubmit; the moderator
 * approves; a visitor reads the published page.
 */
describe('a case study from draft to published, in a real browser', () => {
  const currentPage = usePagePerTest();
  let page: Page;

  beforeEach(() => {
    page = currentPage();
  });

  const title = `Shared cargo bikes for market traders (${Date.now()})`;
  let caseStudyPath = '';

  const step = (name: string) => page.getByRole('button', { name, exact: true }).click();
  // By accessible name: the visible labels of required fields end with an asterisk.
  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  // Selects and multi-selects are comboboxes (Mantine 9 gives their input that role).
  const pick = async (label: string, typed: string, option: RegExp | string) => {
    await page.getByRole('combobox', { name: label, exact: true }).fill(typed);
    await page.getByRole('option', { name: option }).first().click();
  };

  it('lets staff draft a case study in every section and submit it', async () => {
    await signIn(page, 'bursa@demo.twinning.test');
    await page.goto(portalUrl('/my-municipality'));
    await page.getByRole('button', { name: 'New case study' }).click();
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByRole('button', { name: 'Start writing' }).click();
    await page.waitForURL(/\/case-studies\/[0-9a-f-]{36}\/edit$/);
    caseStudyPath = new URL(page.url()).pathname.replace(/\/edit$/, '');

    expect(await field('Title').inputValue()).toBe(title);
    await field('Summary').fill('Traders borrow electric cargo bikes from the market hall instead of driving vans into the old town.');
    await pick('Language', 'English', 'English');

    await step('Outcome');
    await page.getByRole('radio', { name: 'Success', exact: true }).check();

    await step('Story');
    await field('Context and problem').fill('Delivery vans blocked the lanes of the covered market every morning.');
    await field('What was done').fill('We bought twelve cargo bikes and lent them to traders for free.');
    await field('Results').fill('Van trips into the market fell by half within a year.');

    await step('Lessons');
    await field('What worked').fill('Letting the traders’ association run the booking.');
    await field('What did not work').fill('Bikes parked outside overnight were damaged.');
    await field('What we would do differently').fill('Build the locked shelter before the launch.');

    await step('Transferability');
    await field('Preconditions').fill('A market hall with a ground-floor store room.');
    await field('Tips for a town that wants to adapt it').fill('Start with the traders who already deliver on foot.');

    await step('Resources');
    await page.getByRole('button', { name: 'Add a funding source' }).click();
    // A new source has no kind until one is chosen.
    await page.getByRole('combobox', { name: 'Kind of source', exact: true }).click();
    await page.getByRole('option', { name: 'EU programme', exact: true }).click();
    // The programme from the funding catalogue, found by typing part of its name.
    await page.getByRole('combobox', { name: 'Programme', exact: true }).fill('IPA III');
    await page.getByRole('option', { name: /^IPA III/ }).click();
    await field('Staff and time').fill('One officer part-time for a year.');

    await step('Timeline');
    // Typed in the interface language's order, day first.
    await page.getByLabel('Start date').fill('01/04/2022');
    await page.getByLabel('End date').fill('31/03/2023');

    await step('Classification');
    await pick('SDGs', '11', /^11 ·/);
    await page.keyboard.press('Escape');
    await pick('Themes', 'Mobility', 'Mobility');
    await page.keyboard.press('Escape');

    await step('Contact');
    await field('Name').fill('Deniz Arslan');
    await field('Role').fill('Market services officer');
    await field('E-mail').fill('d.arslan@example.org');

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL(new RegExp(`${caseStudyPath}$`));
    await page.getByText('Submitted for review.', { exact: false }).first().waitFor();
  });

  it('lets a moderator request changes on two sections', async () => {
    expect(caseStudyPath).not.toBe('');
    await signIn(page, 'moderator@demo.twinning.test');
    await page.goto(portalUrl('/moderation'));
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('radio', { name: 'Request changes', exact: true }).check();
    await field('Comment for the authors').fill('A good practice; two things before we publish it.');
    await field('Comment on Story').fill('Give the number of van trips before and after.');
    await field('Comment on Lessons').fill('Say what the shelter cost.');
    await page.getByRole('button', { name: 'Send decision' }).click();
    await page.waitForURL(/\/moderation$/);
  });

  it('shows staff the comments beside their sections, and takes the revision', async () => {
    await signIn(page, 'bursa@demo.twinning.test');
    await page.goto(portalUrl(`${caseStudyPath}/edit`));
    await step('Story');
    await page.getByText('Give the number of van trips before and after.').waitFor();
    await field('Results').fill('Van trips into the market fell from 240 to 115 a day within a year.');
    await step('Lessons');
    await page.getByText('Say what the shelter cost.').waitFor();
    await field('What we would do differently').fill('Build the locked shelter (about 18,000 EUR) before the launch.');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL(new RegExp(`${caseStudyPath}$`));
    await signOut(page);
  });

  it('lets the moderator approve, and a visitor read the published page', async () => {
    await signIn(page, 'moderator@demo.twinning.test');
    await page.goto(portalUrl('/moderation'));
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('radio', { name: 'Approve', exact: true }).check();
    await page.getByRole('button', { name: 'Send decision' }).click();
    await page.waitForURL(/\/moderation$/);
    await signOut(page);

    await page.goto(portalUrl(caseStudyPath));
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Van trips into the market fell from 240 to 115 a day within a year.').waitFor();
    expect(await page.getByText('d.arslan@example.org').count()).toBe(0);
  });

  it('shows staff what their new revision changes in the published story, word by word', async () => {
    await signIn(page, 'bursa@demo.twinning.test');
    await page.goto(portalUrl(`${caseStudyPath}/edit`));
    await step('Story');
    await field('Results').fill('Van trips into the market fell from 240 to 90 a day within a year.');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL(new RegExp(`${caseStudyPath}$`));

    await page.goto(portalUrl(`${caseStudyPath}/revisions`));
    await page.getByRole('link', { name: 'Show revision 3' }).click();
    const changes = page.getByRole('region', { name: 'What this revision changes' });
    await changes.getByText('Against the published version (revision 2)', { exact: false }).waitFor();
    expect(await changes.locator('del').textContent()).toBe('deleted: 115');
    expect(await changes.locator('ins').textContent()).toBe('inserted: 90');
    await signOut(page);
  });

  it('keeps the moderator’s decision in view beside the text, and within reach on a phone without losing what was typed', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, 'moderator@demo.twinning.test');
    await page.goto(portalUrl('/moderation'));
    await page.getByRole('link', { name: title }).click();
    await page
      .getByText('Against the published version (revision 2), which visitors read now, 1 field changed, in: Story.', { exact: false })
      .waitFor();
    const story = page.getByRole('region', { name: 'Story' });
    expect(await story.locator('ins').textContent()).toBe('inserted: 90');
    await field('Comment on Story').fill('Say which year the 90 trips were counted.');

    // Scrolled to the last section, the decision is still beside it.
    await page.getByRole('region', { name: 'Contact' }).scrollIntoViewIfNeeded();
    const panel = page.getByRole('complementary', { name: 'Your decision' });
    const send = panel.getByRole('button', { name: 'Send decision' });
    const box = (await send.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    await panel.getByRole('link', { name: 'Story' }).waitFor();
    await field('Comment for the authors').fill('Nearly there.');

    // On a phone the panel comes after the text; a link at the top leads to it, and what was typed is still there.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: 'Go to the decision' }).click();
    expect(await field('Comment for the authors').inputValue()).toBe('Nearly there.');
    expect(await field('Comment on Story').inputValue()).toBe('Say which year the 90 trips were counted.');
    const phoneBox = (await panel.getByRole('heading', { name: 'Your decision' }).boundingBox())!;
    expect(phoneBox.y).toBeGreaterThanOrEqual(0);
    expect(phoneBox.y).toBeLessThan(844);

    await page.getByRole('radio', { name: 'Approve', exact: true }).check();
    await send.click();
    await page.waitForURL(/\/moderation$/);
  });
});
