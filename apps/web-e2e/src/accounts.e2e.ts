import { type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { linkFromMailFolder } from './support/mail-folder';
import { portalUrl } from './support/portal';
import { signIn } from './support/sign-in';

const NAVIGATION: Record<string, { email?: string; links: string[]; signOut: boolean }> = {
  visitor: { links: ['Towns', 'Map', 'Case studies', 'Funding', 'Statistics', 'Sign in', 'Register'], signOut: false },
  pending: { email: 'pending@demo.twinning.test', links: ['Towns', 'Map', 'Case studies', 'Funding', 'Statistics', 'My account'], signOut: true },
  staff: { email: 'bursa@demo.twinning.test', links: ['Towns', 'Map', 'Case studies', 'Funding', 'Statistics', 'My municipality', 'My account'], signOut: true },
  moderator: { email: 'moderator@demo.twinning.test', links: ['Towns', 'Map', 'Case studies', 'Funding', 'Statistics', 'Moderation', 'Accounts', 'My account'], signOut: true },
  admin: { email: 'admin@demo.twinning.test', links: ['Towns', 'Map', 'Case studies', 'Funding', 'Statistics', 'Moderation', 'Admin', 'My account'], signOut: true },
};

describe('signing in as each demo role, in a real browser', () => {
  const currentPage = usePagePerTest();
  let page: Page;

  beforeEach(() => {
    page = currentPage();
  });

  const header = () => page.getByRole('banner');

  /** The header's links, in order, as a person reads them. */
  async function navigationLinks(): Promise<string[]> {
    await header().getByRole('link', { name: 'Towns' }).waitFor();
    const names = await header().getByRole('navigation').getByRole('link').allTextContents();
    return names.map((name) => name.trim());
  }

  it('fits the signed-in header in one row at 1366 px, in every interface language', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, 'admin@demo.twinning.test');
    for (const language of ['en', 'tr', 'de']) {
      await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), ['twinning-exchange.language', language]);
      await page.reload();
      const controls = header().getByRole('navigation').getByRole('link');
      await controls.first().waitFor();
      // The middle of every link and of the sign-out button: one row means they all sit at one height.
      const middles = [
        ...(await controls.evaluateAll((links) => links.map((link) => link.getBoundingClientRect()).map((box) => box.top + box.height / 2))),
        ...(await header().getByRole('button', { name: /^(Sign out|Çıkış yap|Abmelden)$/ }).evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect()).map((box) => box.top + box.height / 2))),
      ];
      expect({ language, controls: middles.length > 6, spread: Math.max(...middles) - Math.min(...middles) < 8 }).toEqual({ language, controls: true, spread: true });
    }
  });

  it.each(Object.entries(NAVIGATION))('shows a %s exactly what the role can do', async (_role, { email, links, signOut }) => {
    if (email) await signIn(page, email);
    else await page.goto(portalUrl('/'));
    expect(await navigationLinks()).toEqual(links);
    expect(await header().getByRole('button', { name: 'Sign out' }).count()).toBe(signOut ? 1 : 0);
  });

  it('tells a pending account that it waits for verification', async () => {
    await signIn(page, 'pending@demo.twinning.test');
    await page.getByText(/waiting|verif/i).first().waitFor();
  });

  it('signs out back to the visitor navigation, and the session is gone', async () => {
    await signIn(page, 'admin@demo.twinning.test');
    await header().getByRole('button', { name: 'Sign out' }).click();
    await header().getByRole('link', { name: 'Sign in' }).waitFor();
    // Home, also from a page that was loaded lazily (the sign-out button is gone by then).
    await page.waitForURL(portalUrl('/'));
    const me = await page.evaluate(async () => {
      const response = await fetch('/api/v1/me');
      return { status: response.status, body: await response.text() };
    });
    expect(me).toEqual({ status: 200, body: 'null' });
  });

  it('keeps a visitor out of the admin pages', async () => {
    await page.goto(portalUrl('/admin/accounts'));
    await page.getByRole('main').getByRole('link', { name: /sign in/i }).first().waitFor();
  });

  it('changes the password on the account page; the new one signs in', async () => {
    const towns = (await (await page.request.get(portalUrl('/api/v1/municipalities?q=bursa&country=TR'))).json()) as { items: { id: string }[] };
    const email = `changer-${Date.now()}@example.org`;
    const registered = await page.request.post(portalUrl('/api/v1/auth/register'), {
      data: { email, password: 'first-long-passphrase-2026', displayName: 'Deniz Kaya', municipalityId: towns.items[0].id },
    });
    expect(registered.status()).toBe(201);
    await page.goto(portalUrl('/account'));
    await page.getByRole('heading', { name: 'Change password' }).waitFor();
    await page.getByLabel('Current password').fill('first-long-passphrase-2026');
    await page.getByLabel(/^New password/).fill('second-long-passphrase-2026');
    await page.getByLabel('Repeat the new password').fill('second-long-passphrase-2026');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password is changed. You were signed out everywhere else.').waitFor();
    await header().getByRole('button', { name: 'Sign out' }).click();

    await page.goto(portalUrl('/sign-in'));
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill('second-long-passphrase-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/account$/);
  });

  /** Registers through the API in the page's context, so the browser is signed in as the new account. */
  async function register(email: string, password: string): Promise<void> {
    const towns = (await (await page.request.get(portalUrl('/api/v1/municipalities?q=bursa&country=TR'))).json()) as { items: { id: string }[] };
    const registered = await page.request.post(portalUrl('/api/v1/auth/register'), {
      data: { email, password, displayName: 'Deniz Kaya', municipalityId: towns.items[0].id },
    });
    expect(registered.status()).toBe(201);
  }

  it('asks a new account to confirm its address; the e-mailed link puts it in the verification queue', async () => {
    const email = `confirm-${Date.now()}@example.org`;
    await register(email, 'first-long-passphrase-2026');
    await page.goto(portalUrl('/account'));
    await page.getByText(`We sent a link to ${email}.`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Send the link again' }).click();
    await page.getByText(`A new link is on its way to ${email}.`, { exact: false }).waitFor();

    await page.goto(portalUrl(await linkFromMailFolder(email, '/confirm-email/')));
    await page.getByRole('button', { name: 'Confirm my e-mail address' }).click();
    await page.getByText('Your e-mail address is confirmed').waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Go to my account' }).click();
    await page.getByText('Waiting for verification').first().waitFor();
  });

  it('sets a new password with the link of "forgot password", and signs in with it', async () => {
    const email = `forgetful-${Date.now()}@example.org`;
    await register(email, 'first-long-passphrase-2026');
    // Registering signed this browser in; a visitor asks for the link.
    await page.context().clearCookies();
    await page.goto(portalUrl('/sign-in'));
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    // The page loads when first opened: wait for it, or the sign-in form's own E-mail field is filled.
    await page.getByRole('button', { name: 'Send the link' }).waitFor();
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('Check your e-mail').waitFor();

    await page.goto(portalUrl(await linkFromMailFolder(email, '/reset-password/')));
    await page.getByLabel(/^New password/).fill('second-long-passphrase-2026');
    await page.getByLabel('Repeat the new password').fill('second-long-passphrase-2026');
    await page.getByRole('button', { name: 'Set the password' }).click();
    await page.getByText('Your password is set').waitFor();

    await page.goto(portalUrl('/sign-in'));
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill('second-long-passphrase-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/account$/);
  });
});
