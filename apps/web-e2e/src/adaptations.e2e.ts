import { type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { bursaPracticePath, portalUrl } from './support/portal';
import { signIn, signOut } from './support/sign-in';

/**
 * Darmstadt's staff adapt their twin town Bursa's practice and record two check-ins; Bursa's
 * staff see the adaptation in their notifications and on their practice's page.
 */
describe('adapting a partner town’s practice, in a real browser', () => {
  const currentPage = usePagePerTest();
  let page: Page;

  beforeEach(() => {
    page = currentPage();
  });


  it('records the adaptation and its check-ins, and tells the original town', async () => {
    await signIn(page, 'darmstadt@demo.twinning.test');
    const practice = await bursaPracticePath(page);
    await page.goto(portalUrl(practice));
    await page.getByRole('heading', { level: 2, name: 'How this practice travelled' }).waitFor();
    await page.getByRole('button', { name: 'Adapt this practice' }).click();
    await page.getByRole('textbox', { name: 'Local context', exact: true }).fill('Darmstadt’s old town is hilly and its streets are narrow.');
    await page.getByRole('textbox', { name: 'What you change and why', exact: true }).fill('Painted lanes first, protected ones where the street allows, because of the width.');
    await page.getByRole('textbox', { name: 'Planned steps', exact: true }).fill('A pilot on Heinrichstraße, then the council decides.');
    await page.getByRole('button', { name: 'Start adapting' }).click();
    await page.waitForURL(/\/adaptations\/[0-9a-f-]{36}$/);

    for (const [status, note] of [
      ['planning', 'The council approved the pilot.'],
      ['piloting', 'The pilot lane opened in May.'],
    ] as const) {
      await page.getByLabel('Status').selectOption(status);
      await page.getByRole('textbox', { name: 'Note', exact: true }).fill(note);
      await page.getByRole('button', { name: 'Record check-in' }).click();
      await page.getByText(note).waitFor();
    }
    expect(await page.getByRole('listitem').filter({ hasText: 'The council approved the pilot.' }).count()).toBe(1);
    await signOut(page);

    await signIn(page, 'bursa@demo.twinning.test');
    await page.getByRole('banner').getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
    await page.getByText(/A town started adapting “/).first().waitFor();
    await page.keyboard.press('Escape');
    await page.goto(portalUrl(practice));
    const travelled = page.getByRole('region', { name: 'How this practice travelled' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'How this practice travelled' }) }));
    await travelled.first().getByText('Darmstadt').first().waitFor();
    await travelled.first().getByText(/piloting/i).first().waitFor();
  });
});
