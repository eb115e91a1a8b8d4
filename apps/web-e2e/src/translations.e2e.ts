import { type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { bursaPracticePath, portalUrl } from './support/portal';
import { signIn, signOut } from './support/sign-in';

/**
 * Darmstadt's staff translate their twin town Bursa's practice into German, a moderator approves
 * the translation beside the original, and a visitor finds it by a German word and reads it in
 * German (through the version switch: German is not yet an interface language here).
 */
describe('translating a partner town’s practice, in a real browser', () => {
  const currentPage = usePagePerTest();
  let page: Page;

  beforeEach(() => {
    page = currentPage();
  });

  it('is written by the twin town, approved by a moderator, found and read in German by a visitor', async () => {
    const germanTitle = 'Radverkehrsachse am Nilüfer: was gelang und was nicht';
    await signIn(page, 'darmstadt@demo.twinning.test');
    const practice = await bursaPracticePath(page);
    await page.goto(portalUrl(practice));
    await page.getByRole('link', { name: 'Translate this case study' }).click();
    await page.getByRole('heading', { level: 1, name: 'Translate a case study' }).waitFor();
    await page.getByRole('combobox', { name: 'Translate into' }).click();
    await page.getByRole('option', { name: 'German' }).click();
    const boxes = page.locator('textarea[lang="de"]');
    await boxes.first().waitFor();
    const count = await boxes.count();
    expect(count).toBeGreaterThan(5);
    for (let index = 0; index < count; index++) {
      await boxes.nth(index).fill(index === 0 ? germanTitle : `Deutsche Übersetzung, Abschnitt ${index}.`);
    }
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.getByText('Your translation into German was sent to the moderators.').waitFor();
    await signOut(page);

    await signIn(page, 'moderator@demo.twinning.test');
    await page.goto(portalUrl('/moderation'));
    const queue = page.getByRole('region', { name: 'Translations waiting for review' }).or(page.locator('section', { has: page.getByRole('heading', { name: 'Translations waiting for review' }) }));
    await queue.first().getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: /^Translation of “/ }).waitFor();
    await page.getByText(germanTitle).waitFor();
    await page.getByRole('radio', { name: /^Approve/ }).check();
    await page.getByRole('button', { name: 'Send decision' }).click();
    await page.getByText(/^The translation of “.*” is approved and published\.$/).waitFor();
    await signOut(page);

    // A visitor: the German word finds the Turkish (or English) practice, once the indexer has caught up…
    const practiceId = practice.split('/').pop();
    for (let tries = 0; tries < 60; tries++) {
      const found = (await (await page.request.get(portalUrl('/api/v1/search?q=Radverkehrsachse'))).json()) as { hits: { id: string }[] };
      if (found.hits.some((hit) => hit.id === practiceId)) break;
      await page.waitForTimeout(1_000);
    }
    await page.goto(portalUrl('/search?q=Radverkehrsachse'));
    await page.locator(`a[href="${practice}"]`).first().waitFor();
    // …which reads in German once German is picked, with the original a click away.
    await page.goto(portalUrl(practice));
    await page.getByRole('group', { name: 'Read in:' }).getByRole('link', { name: 'German' }).click();
    await page.getByRole('heading', { level: 1, name: germanTitle }).waitFor();
    await page.getByText(/^Translated from .+ by Darmstadt — read the original$/).waitFor();
    await page.getByRole('link', { name: 'read the original' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: germanTitle }).waitFor();
  });
});
