import { type Page } from 'playwright-core';
import { portalUrl } from './portal';

/** The password of the demo accounts the seed creates outside production (README, "Demo accounts"). */
export const DEMO_PASSWORD = 'twinning-demo-2026';

/** Signs in through the form, as a person would, and waits for the landing page ("My municipality" for staff, else "My account"). */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(portalUrl('/sign-in'));
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/(account|my-municipality)$/);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
}
