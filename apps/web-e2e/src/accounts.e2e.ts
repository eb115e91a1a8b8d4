import { type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { portalUrl } from './support/portal';

/** The demo accounts the seed creates outside production (README, "Demo accounts"). */
const DEMO_PASSWORD = 'twinning-demo-2026';

const NAVIGATION: Record<string, { email?: string; links: string[]; signOut: boolean }> = {
  visitor: { links: ['Towns', 'Sign in', 'Register'], signOut: false },
  pending: { email: 'pending@demo.twinning.test', links: ['Towns', 'My account'], signOut: true },
  staff: { email: 'bursa@demo.twinning.test', links: ['Towns', 'My account'], signOut: true },
  moderator: { email: 'moderator@demo.twinning.test', links: ['Towns', 'Accounts', 'My account'], signOut: true },
  admin: { email: 'admin@demo.twinning.test', links: ['Towns', 'Admin', 'My account'], signOut: true },
};

describe('signing in as each demo role, in a real browser', () => {
  const currentPage = usePagePerTest();
  let page: Page;

  beforeEach(() => {
    page = currentPage();
  });

  const header = () => page.getByRole('banner');

  async function signIn(email: string): Promise<void> {
    await page.goto(portalUrl('/sign-in'));
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/account$/);
  }

  /** The header's links, in order, as a person reads them. */
  async function navigationLinks(): Promise<string[]> {
    await header().getByRole('link', { name: 'Towns' }).waitFor();
    const names = await header().getByRole('navigation').getByRole('link').allTextContents();
    return names.map((name) => name.trim());
  }

  it.each(Object.entries(NAVIGATION))('shows a %s exactly what the role can do', async (_role, { email, links, signOut }) => {
    if (email) await signIn(email);
    else await page.goto(portalUrl('/'));
    expect(await navigationLinks()).toEqual(links);
    expect(await header().getByRole('button', { name: 'Sign out' }).count()).toBe(signOut ? 1 : 0);
  });

  it('tells a pending account that it waits for verification', async () => {
    await signIn('pending@demo.twinning.test');
    await page.getByText(/waiting|verif/i).first().waitFor();
  });

  it('signs out back to the visitor navigation, and the session is gone', async () => {
    await signIn('admin@demo.twinning.test');
    await header().getByRole('button', { name: 'Sign out' }).click();
    await header().getByRole('link', { name: 'Sign in' }).waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/v1/me')).status);
    expect(me).toBe(401);
  });

  it('keeps a visitor out of the admin pages', async () => {
    await page.goto(portalUrl('/admin/accounts'));
    await page.getByRole('main').getByRole('link', { name: /sign in/i }).first().waitFor();
  });
});
