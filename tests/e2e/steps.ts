// Steps several end-to-end walks share.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eServer } from './kumeServer';

export const administrator = {
  name: 'Ayşe Yılmaz',
  email: 'ayse@ajans.example',
  password: 'a long enough password',
};

/** First-run setup through the one-time link; ends signed in on the projects page. */
export async function createAdministrator(page: Page, server: E2eServer) {
  await page.goto(`${server.url}/setup?token=${server.setupToken}`);
  await page.getByTestId('setup-name').fill(administrator.name);
  await page.getByTestId('setup-email').fill(administrator.email);
  await page.getByTestId('setup-password').fill(administrator.password);
  await page.getByTestId('setup-password-confirm').fill(administrator.password);
  await page.getByTestId('setup-submit').click();
  await page.getByTestId('project-card').first().waitFor();
}

/** Opens a Mantine Select by its test id and picks the option with exactly this label. */
export async function chooseOption(page: Page, testId: string, option: string | RegExp) {
  await page.getByTestId(testId).click();
  await page
    .getByRole('option', { name: option, exact: typeof option === 'string' })
    .first()
    .click();
}

/** A phone of its own (390 x 844, touch, British English) whose page errors are collected. */
export async function openPhone(
  browser: Browser,
  pageErrors: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'en-GB',
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page };
}
