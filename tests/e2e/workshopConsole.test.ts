// The key-success-factor workshop run from the facilitator's console in Chromium, on the sample
// project: the facilitator creates and starts it, three phones join by its code and add factors,
// the facilitator moves the rounds, the phones compare the factors pairwise and rate today's
// performance; the weights and the importance-performance matrix land in the project.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { startE2eServer, type E2eServer } from './kumeServer';
import { createAdministrator, openPhone } from './steps';

const poll = { timeout: 20_000 };
const FACTORS = ['Qualified welders', 'Export market access', 'Shared test laboratory'];
const PARTICIPANTS = ['Elif', 'Murat', 'Deniz'];
/** Each phone's performance rating of the factors, in FACTORS order (1 very weak .. 5 very strong). */
const RATINGS = [
  [2, 4, 3],
  [2, 5, 3],
  [3, 4, 2],
];

interface WorkshopResults {
  factors: {
    items: { text: string; weight: number | null; performance: number | null; quadrant: string }[];
  } | null;
}

describe('the key-success-factor workshop from the facilitator’s console in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  let console: Page;
  let code = '';
  const phones: { context: BrowserContext; page: Page }[] = [];
  const pageErrors: string[] = [];

  const isVisible = (page: Page, testId: string) => () => page.getByTestId(testId).isVisible();
  const ballotCounted = async (page: Page) => {
    await page.getByTestId('ballot-submit').click();
    await expect.poll(isVisible(page, 'ballot-counted'), poll).toBe(true);
  };
  const notVotedCount = async () => (await console.getByTestId('not-voted').textContent()) ?? '';

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    console = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
    console.on('pageerror', (error) => pageErrors.push(error.message));
    await createAdministrator(console, server);
    for (let i = 0; i < PARTICIPANTS.length; i += 1)
      phones.push(await openPhone(browser, pageErrors));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates the workshop from its template and starts it', async () => {
    await console.goto(`${server.url}/p/sample/workshops`);
    await console.getByTestId('workshop-new').click();
    await console.getByTestId('workshop-template-key_success_factors').click();
    await console.getByTestId('workshop-create').click();
    await console.waitForURL(/workshops\/[0-9a-f-]{36}/);
    await console.getByTestId('workshop-start').click();
    await console.getByTestId('workshop-code').waitFor(poll);
    await expect
      .poll(
        async () =>
          /[A-Z2-9]{6}/.exec((await console.getByTestId('workshop-code').textContent()) ?? '')?.[0],
        poll,
      )
      .toBeDefined();
    code = /[A-Z2-9]{6}/.exec((await console.getByTestId('workshop-code').textContent()) ?? '')![0];
  });

  it('lets three phones join by the code and brainstorm one factor each', async () => {
    for (const [index, { page }] of phones.entries()) {
      await page.goto(`${server.url}/w/${code}`);
      await page.getByTestId('join-name').fill(PARTICIPANTS[index]!);
      await page.getByTestId('join-submit').click();
      await page.getByTestId('item-text').fill(FACTORS[index]!);
      await page.getByTestId('item-add').click();
      await expect
        .poll(() => page.getByTestId('my-items').textContent(), poll)
        .toContain(FACTORS[index]!);
    }
    for (const factor of FACTORS)
      await expect
        .poll(() => console.getByTestId('console-items').textContent(), poll)
        .toContain(factor);
  });

  it('takes the factors to the decision and keeps all three', async () => {
    // brainstorm -> group -> vote -> decide
    for (let step = 0; step < 3; step += 1) {
      const before = await console.getByTestId('round-stepper').textContent();
      await console.getByTestId('phase-advance').click();
      await expect
        .poll(() => console.getByTestId('round-stepper').textContent(), poll)
        .not.toBe(before);
    }
    const panel = console.getByTestId('decide-panel');
    await panel.waitFor(poll);
    for (const factor of FACTORS) {
      const box = panel.getByLabel(factor);
      if (!(await box.isChecked())) await box.check();
    }
    await console.getByTestId('decide').click();
    await console.getByTestId('confirmations').waitFor(poll);
    await console.getByTestId('round-close').click();
  });

  it('weights the factors by pairwise comparison on the phones', async () => {
    await console.getByTestId('round-stepper').getByText('Weight of the factors').click();
    for (const { page } of phones) {
      await expect
        .poll(() => page.getByTestId('pair-progress').textContent(), poll)
        .toBe('Pair 1 of 3');
      // Alike on every phone: factor 1 over 2 moderately (3), 1 over 3 strongly (5), 2 over 3 (3).
      for (const [pair, choice] of ['3', '5', '3'].entries())
        await page.getByTestId(`pair-${pair}`).getByTestId(`saaty-${choice}`).click();
      await ballotCounted(page);
    }
    await expect.poll(notVotedCount, poll).not.toMatch(/Elif|Murat|Deniz/);
    await console.getByTestId('reveal-totals').click();
    await console.getByTestId('weights-chart').waitFor(poll);
    await expect
      .poll(() => console.getByTestId('consistency-ratio').textContent(), poll)
      .toMatch(/0[.,]0/);
    await console.getByTestId('round-close').click();
  });

  it('rates today’s performance and shows the importance-performance matrix', async () => {
    await console.getByTestId('round-stepper').getByText('Current performance').click();
    for (const [index, { page }] of phones.entries()) {
      await page.getByTestId('ballot-submit').waitFor(poll);
      for (const [factor, text] of FACTORS.entries()) {
        const rating = page.getByRole('group', { name: new RegExp(text) });
        await rating.getByRole('button', { name: String(RATINGS[index]![factor]) }).click();
      }
      await ballotCounted(page);
    }
    await console.getByTestId('reveal-totals').click();
    await console.getByTestId('rating-table').waitFor(poll);
    await console.getByTestId('ipa-matrix').first().waitFor(poll);
    await console.getByTestId('round-close').click();
    await console.getByTestId('workshop-close').click();
    await console.getByTestId('confirm-action').click();
    await expect
      .poll(() => console.getByTestId('workshop-status').textContent(), poll)
      .toMatch(/closed/i);
  });

  it('puts the weights and the importance-performance matrix into the project', async () => {
    const response = await console.request.get(
      `${server.url}/api/projects/sample/workshop-results`,
    );
    expect(response.status()).toBe(200);
    const results = (await response.json()) as WorkshopResults;
    const byText = new Map(results.factors?.items.map((item) => [item.text, item]));
    // Saaty's principal eigenvector of [[1,3,5],[1/3,1,3],[1/5,1/3,1]]: 0.637, 0.258, 0.105.
    expect(byText.get(FACTORS[0]!)?.weight).toBeCloseTo(0.637, 2);
    expect(byText.get(FACTORS[1]!)?.weight).toBeCloseTo(0.258, 2);
    expect(byText.get(FACTORS[2]!)?.weight).toBeCloseTo(0.105, 2);
    expect(byText.get(FACTORS[0]!)?.performance).toBeCloseTo(7 / 3, 6);
    // Most important and weakest today: where to concentrate.
    expect(byText.get(FACTORS[0]!)?.quadrant).toBe('concentrate_here');
    await console.goto(`${server.url}/p/sample/workshops`);
    await expect
      .poll(() => console.getByTestId('project-factors').textContent(), poll)
      .toContain(FACTORS[0]!);
    await console.getByTestId('ipa-matrix').first().waitFor(poll);
    expect(pageErrors).toEqual([]);
  });
});
