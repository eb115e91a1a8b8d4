import { type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { bursaPracticePath, portalUrl } from './support/portal';
import { signIn, signOut } from './support/sign-in';

/**
 * İzmir's staff ask a question on Bursa's published practice; Bursa's staff are notified, open
 * the notification and answer; a moderator hides the answer; a visitor then reads the question
 * without the hidden answer.
 */
describe('questions and answers on a case study, in a real browser', () => {
  const currentPage = usePagePerTest();
  let page: Page;

  beforeEach(() => {
    page = currentPage();
  });

  const question = `Who maintains the protected lanes in winter? (${Date.now()})`;
  const answer = `The parks department clears them before the roads. (${Date.now()})`;


  const questionsSection = () => page.getByRole('region', { name: 'Questions and answers' });

  it('asks, notifies and answers; a hidden answer is gone for visitors', async () => {
    const practice = await bursaPracticePath(page);

    await signIn(page, 'izmir@demo.twinning.test');
    await page.goto(portalUrl(practice));
    await questionsSection().getByRole('heading', { level: 2, name: 'Questions and answers' }).waitFor();
    await questionsSection().getByRole('textbox', { name: 'Your question', exact: true }).fill(question);
    await questionsSection().getByRole('button', { name: 'Ask', exact: true }).click();
    await questionsSection().getByRole('article', { name: 'Question from İpek Demir' }).filter({ hasText: question }).waitFor();
    await signOut(page);

    await signIn(page, 'bursa@demo.twinning.test');
    await page.getByRole('banner').getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
    await page.getByRole('menuitem', { name: /New question on “/ }).first().click();
    await page.waitForURL(/\/case-studies\/[0-9a-f-]{36}#questions$/);
    expect(new URL(page.url()).pathname).toBe(practice);
    const askedQuestion = page.getByRole('article', { name: 'Question from İpek Demir' }).filter({ hasText: question });
    const thread = questionsSection().getByRole('listitem').filter({ has: askedQuestion });
    await thread.getByRole('button', { name: 'Answer', exact: true }).click();
    await thread.getByRole('textbox', { name: 'Your answer', exact: true }).fill(answer);
    await thread.getByRole('button', { name: 'Post answer', exact: true }).click();
    await thread.getByRole('article', { name: 'Answer from Burcu Yılmaz' }).filter({ hasText: answer }).waitFor();
    await signOut(page);

    await signIn(page, 'moderator@demo.twinning.test');
    await page.goto(portalUrl(practice));
    const answerPost = questionsSection().getByRole('article', { name: 'Answer from Burcu Yılmaz' }).filter({ hasText: answer });
    await answerPost.getByRole('button', { name: 'Hide', exact: true }).click();
    await answerPost.getByText('Hidden', { exact: true }).waitFor();
    await answerPost.getByRole('button', { name: 'Show again', exact: true }).waitFor();
    await signOut(page);

    await page.goto(portalUrl(practice));
    await questionsSection().getByText(question).waitFor();
    await questionsSection().getByRole('link', { name: 'Sign in to ask a question' }).waitFor();
    expect(await page.getByText(answer).count()).toBe(0);
  });
});
