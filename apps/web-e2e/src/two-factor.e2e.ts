import { type Page } from 'playwright-core';
import { usePagePerTest } from './support/browser';
import { portalUrl } from './support/portal';
import { totpCode } from './support/totp';

describe('two-factor sign-in, in a real browser', () => {
  const currentPage = usePagePerTest();
  let page: Page;

  beforeEach(() => {
    page = currentPage();
  });

  it('is set up from the account page with the key, then asks for a code at sign-in', async () => {
    const email = `two-factor-${Date.now()}@example.org`;
    const password = 'two-factor-passphrase-2026';
    const towns = (await (await page.request.get(portalUrl('/api/v1/municipalities?q=bursa&country=TR'))).json()) as { items: { id: string }[] };
    expect((await page.request.post(portalUrl('/api/v1/auth/register'), { data: { email, password, displayName: 'Deniz Kaya', municipalityId: towns.items[0].id } })).status()).toBe(201);

    await page.goto(portalUrl('/account'));
    const section = page.getByRole('region', { name: 'Two-factor sign-in' });
    await section.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await section.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    const key = (await section.locator('code').first().textContent())!.trim();
    await section.getByLabel(/Six-digit code from the app/).fill(totpCode(key));
    await section.getByRole('button', { name: 'Confirm and turn on' }).click();
    const codeList = section.getByRole('list', { name: 'Recovery codes' });
    await codeList.waitFor();
    const recoveryCodes = await codeList.getByRole('listitem').allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    await section.getByRole('button', { name: 'I have saved them' }).click();
    await section.getByText('Two-factor sign-in is on.').first().waitFor();

    const signInWith = async (code: string) => {
      await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
      await page.goto(portalUrl('/sign-in'));
      await page.getByLabel('E-mail').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Enter your code' }).waitFor();
      await page.getByLabel('Code').fill(code);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/account$/);
    };
    // The app's next code (the one of the set-up never works twice), then a recovery code.
    await signInWith(totpCode(key, Date.now() + 30_000));
    await signInWith(recoveryCodes[0].trim());
  });
});
