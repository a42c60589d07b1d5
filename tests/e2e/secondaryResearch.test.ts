// The secondary research end to end in Chromium, on real public data: import the US County
// Business Patterns state file (811,632 rows) and the cluster definitions, choose California,
// read its cluster portfolio, rank a cluster across the states and see it on the map.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { startE2eServer, type E2eServer } from './kumeServer';
import { chooseOption, createAdministrator } from './steps';

const shared = resolve(import.meta.dirname, '../../../shared/data');
const cbp = `${shared}/cbp-state-naics/cbp_state_naics_2000_2011.csv`;
const crosswalk = `${shared}/cluster-definitions/NAICS_crosswalks_to_Cluster_system__Emsi_NAICS_to_Porter_Cluster.csv`;
const poll = { timeout: 60_000 };

describe.skipIf(!existsSync(cbp))('secondary research in Chromium (needs ../shared/data)', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const base = () => `${server.url}/p/sample/statistics`;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await createAdministrator(page, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('imports the CBP state file and the cluster definitions', async () => {
    await page.goto(`${base()}/data`);
    // The sample has its generated dataset: the import form is behind a button.
    const input = page.getByTestId('dataset-file');
    const open = page.getByRole('button', { name: /import a dataset/i });
    await input.or(open).first().waitFor({ state: 'attached' });
    if ((await input.count()) === 0) await open.click();
    await input.setInputFiles(cbp);
    await page.getByTestId('dataset-submit').click();
    await page.getByTestId('dataset-row').first().waitFor({ timeout: 120_000 });
    await expect
      .poll(async () => page.getByTestId('dataset-row').first().textContent(), poll)
      .toMatch(/811[,.\s ]?632/);
    await page.getByTestId('data-tab-definitions').click();
    // And Kume's NACE definition: this import form is behind a button too.
    const definitionInput = page.getByTestId('definition-file');
    const openDefinition = page.getByRole('button', { name: /import a cluster definition/i });
    await definitionInput.or(openDefinition).first().waitFor({ state: 'attached' });
    if ((await definitionInput.count()) === 0) await openDefinition.click();
    await definitionInput.setInputFiles(crosswalk);
    await page.getByTestId('definition-submit').click();
    await page
      .getByTestId('definition-row')
      .filter({ hasText: /crosswalk/i })
      .waitFor({ timeout: 60_000 });
  });

  it('chooses the dataset, the definition, California and 2011', async () => {
    await page.goto(`${base()}/region`);
    await chooseOption(page, 'settings-dataset', /cbp/i);
    await chooseOption(page, 'settings-definition', /crosswalk|naics|cluster/i);
    await page.getByTestId('settings-region').click();
    await page.getByTestId('settings-region').fill('06');
    await page.getByRole('option', { name: /06/ }).first().click();
    await chooseOption(page, 'settings-year', '2011');
  });

  it("shows California's cluster portfolio with strong clusters", async () => {
    await page.getByTestId('portfolio-chart').waitFor({ timeout: 60_000 });
    await expect
      .poll(async () => page.getByTestId('portfolio-row').count(), poll)
      .toBeGreaterThan(40);
    // California is strong in the information technology cluster in the US Cluster Mapping results.
    const itCluster = page
      .getByTestId('portfolio-row')
      .filter({ hasText: 'Information Technology and Analytical Instruments' });
    await expect.poll(async () => (await itCluster.textContent()) ?? '', poll).toMatch(/strong/i);
    await page.getByTestId('shiftshare-chart').waitFor();
  });

  it('ranks the states in one cluster and maps them', async () => {
    await page.goto(`${base()}/clusters`);
    await chooseOption(
      page,
      'ranking-cluster',
      /^Information Technology and Analytical Instruments/,
    );
    await expect
      .poll(async () => page.getByTestId('ranking-row').count(), poll)
      .toBeGreaterThan(10);
    // Small states' figures rest partly on suppressed cells: they are marked as estimates.
    await expect
      .poll(async () => page.getByTestId('employment-estimated').count(), poll)
      .toBeGreaterThan(0);
    await page.getByTestId('choropleth').first().waitFor();
    await expect
      .poll(async () => page.locator('[data-testid="choropleth"] path').count(), poll)
      .toBeGreaterThan(45);
    expect(pageErrors).toEqual([]);
  });
});
