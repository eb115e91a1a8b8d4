import { type Dialog, type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { portalUrl } from './support/portal';
import { signIn } from './support/sign-in';

/**
 * Issue 11, "No typed word is ever lost", in a real browser: a bad contact e-mail on the last step
 * of the case study form does not stop the text typed on another step from being saved, a header
 * link asks before leaving, a reload offers back what the server could not take yet, and once the
 * e-mail is fixed the server has everything.
 */
describe('a case study draft with a field the form refuses', () => {
  const currentPage = usePagePerTest();
  let page: Page;

  beforeEach(() => {
    page = currentPage();
  });

  const step = (name: string) => page.getByRole('button', { name, exact: true }).click();
  const field = (name: string) => page.getByRole('textbox', { name, exact: true });
  const lesson = `Booking through the traders’ association worked (${Date.now()}).`;

  /** The working copy as the API has it (the e2e project reads the API as any client would). */
  async function draftOnServer(id: string): Promise<{ draft: { content: Record<string, unknown> } | null }> {
    return (await (await page.request.get(portalUrl(`/api/v1/case-studies/${id}`))).json()) as { draft: { content: Record<string, unknown> } | null };
  }

  it('keeps the text, asks before leaving, offers it back after a reload and saves it all once fixed', async () => {
    await signIn(page, 'bursa@demo.twinning.test');
    await page.goto(portalUrl('/my-municipality'));
    await page.getByRole('button', { name: 'New case study' }).click();
    await page.getByLabel('Title', { exact: true }).fill(`Cargo bikes for the market (${Date.now()})`);
    await page.getByRole('button', { name: 'Start writing' }).click();
    await page.waitForURL(/\/case-studies\/[0-9a-f-]{36}\/edit$/);
    const editUrl = page.url();
    const id = new URL(editUrl).pathname.split('/')[2];

    await step('Contact');
    await field('E-mail').fill('deniz.at.example.org');
    await step('Lessons');
    await field('What worked').fill(lesson);

    // A header link: the valid text is saved on the way, the bad e-mail makes it ask; staying stays.
    await page.getByRole('banner').getByRole('link', { name: 'Towns', exact: true }).click();
    const leave = page.getByRole('dialog', { name: 'Leave this page?' });
    await leave.waitFor();
    await leave.getByRole('button', { name: 'Stay on this page' }).click();
    await leave.waitFor({ state: 'hidden' });
    expect(page.url()).toBe(editUrl);
    expect(await field('What worked').inputValue()).toBe(lesson);
    await page.getByRole('status', { name: 'Not saved yet: fix these and they are saved with the rest' }).waitFor();
    const saved = await draftOnServer(id);
    expect(saved.draft?.content.whatWorked).toBe(lesson);
    // The refused address never reached the server: it still holds the writer's own, filled in when the draft began.
    expect(saved.draft?.content.contactEmail).toBe('bursa@demo.twinning.test');

    // A reload asks the browser's own question first; after it, the kept e-mail is offered back.
    const unloadQuestions: string[] = [];
    const acceptUnload = (dialog: Dialog) => {
      unloadQuestions.push(dialog.type());
      void dialog.accept();
    };
    page.on('dialog', acceptUnload);
    await page.reload();
    page.off('dialog', acceptUnload);
    expect(unloadQuestions).toEqual(['beforeunload']);
    const offer = page.getByRole('alert').filter({ hasText: 'Restore your unsaved changes?' });
    await offer.waitFor();
    await offer.getByRole('button', { name: 'Restore my changes' }).click();
    await step('Lessons');
    expect(await field('What worked').inputValue()).toBe(lesson);
    await step('Contact');
    expect(await field('E-mail').inputValue()).toBe('deniz.at.example.org');

    // Fixed, it is saved with the rest, and leaving no longer asks.
    await field('E-mail').fill('deniz.arslan@example.org');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText(/^Saved at /).waitFor();
    const fixed = await draftOnServer(id);
    expect(fixed.draft?.content).toMatchObject({ whatWorked: lesson, contactEmail: 'deniz.arslan@example.org' });
    await page.getByRole('banner').getByRole('link', { name: 'Towns', exact: true }).click();
    await page.waitForURL(/\/towns$/);
  });
});
