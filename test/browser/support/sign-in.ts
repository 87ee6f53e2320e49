import type { Page } from 'playwright-core';

/** Fills the dashboard's sign-in form as a person would, and submits it. */
export const signInAs = async (page: Page, signIn: { readonly username: string; readonly password: string }): Promise<void> => {
  await page.waitForSelector('#sign-in-panel:not([hidden])');
  await page.fill('#username-input', signIn.username);
  await page.fill('#password-input', signIn.password);
  await page.click('#sign-in-form button[type="submit"]');
};
