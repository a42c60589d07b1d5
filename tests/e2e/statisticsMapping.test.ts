// Importing statistics whose headings Kume does not know, in Chromium: an SGK-style CSV without a
// year column goes through the mapping step (columns preselected from the headings, a fixed
// year), in English and in Turkish; a CBP file skips the step. Screenshots go to /tmp.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { startE2eServer, type E2eServer } from './kumeServer';
import { createAdministrator } from './steps';

const poll = { timeout: 30_000 };
const SGK = [
  'İl Adı;NACE Rev.2 Sınıf;İl Kodu;Sigortalı Sayısı;İşyeri Sayısı',
  'İzmir;24.51;35;1200;14',
  'Ankara;24.51;06;300;4',
  'İzmir;25.11;35;410;9',
].join('\r\n');
const CBP = 'naics,fipstate,year,emp,empflag,est\n336411,01,2011,5,,1\n336411,02,2011,7,,2\n';

describe('the column mapping of a dataset import in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let dir: string;
  const pageErrors: string[] = [];
  const dataPage = () => `${server.url}/p/sample/statistics/data`;
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  /** The row of the dataset list naming this file. */
  const datasetRow = (name: string) => page.getByTestId('dataset-row').filter({ hasText: name });
  /** Opens the import form (behind a button once there are datasets) and chooses the file. */
  async function chooseFile(path: string) {
    const input = page.getByTestId('dataset-file');
    const open = page.getByRole('button', { name: /import a dataset|veri seti içe aktar/i });
    await input.or(open).first().waitFor({ state: 'attached' });
    if ((await input.count()) === 0) await open.click();
    await input.setInputFiles(path);
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kume-e2e-mapping-'));
    server = await startE2eServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1100 }, locale: 'en-GB' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await createAdministrator(page, server);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the mapping step for an SGK file, the columns chosen from its headings', async () => {
    await page.goto(dataPage());
    await chooseFile(file('sgk-2022.csv', SGK));
    await page.getByTestId('dataset-mapping').waitFor();
    await page.getByTestId('dataset-map-unrecognised').waitFor();
    expect(await page.getByTestId('dataset-map-region').inputValue()).toBe('C · İl Kodu');
    expect(await page.getByTestId('dataset-map-industry').inputValue()).toBe(
      'B · NACE Rev.2 Sınıf',
    );
    expect(await page.getByTestId('dataset-map-employment').inputValue()).toBe(
      'D · Sigortalı Sayısı',
    );
    expect(await page.getByTestId('dataset-map-establishments').inputValue()).toBe(
      'E · İşyeri Sayısı',
    );
    expect(await page.getByTestId('dataset-map-year-column').inputValue()).toBe(
      '— not in the file —',
    );
    expect(await page.getByTestId('dataset-map-year').inputValue()).toBe('');
    await page.getByTestId('dataset-mapping').screenshot({ path: '/tmp/kume-mapping-en.png' });
    await page.screenshot({ path: '/tmp/kume-mapping-en-page.png', fullPage: true });
  });

  it('asks for the missing year, then imports with a fixed year', async () => {
    await page.getByTestId('dataset-map-confirm').click();
    await page.getByText('Choose a column for: Year').waitFor();
    expect(await datasetRow('sgk-2022').count()).toBe(0);
    await page.getByTestId('dataset-map-year').fill('2022');
    expect(await page.getByTestId('dataset-map-year-column').isDisabled()).toBe(true);
    await page.getByTestId('dataset-map-confirm').click();
    await datasetRow('sgk-2022').waitFor(poll);
    const text = (await datasetRow('sgk-2022').textContent()) ?? '';
    expect(text).toContain('Generic');
    expect(text).toContain('2022');
  });

  it('imports a CBP file without the mapping step', async () => {
    await chooseFile(file('cbp-states.csv', CBP));
    await page.getByTestId('dataset-submit').click();
    await datasetRow('cbp-states').waitFor(poll);
    expect(await page.getByTestId('dataset-mapping').count()).toBe(0);
    expect((await datasetRow('cbp-states').textContent()) ?? '').toContain('CBP');
  });

  it('shows the mapping step in Turkish', async () => {
    await page.getByTestId('language-switch').getByText('TR', { exact: true }).click();
    await chooseFile(file('sgk-2023.csv', SGK));
    await page.getByTestId('dataset-mapping').waitFor();
    await page.getByText('Sütunları eşleştirin').waitFor();
    await page.getByText('Sektör kodu (NACE, NAICS)').waitFor();
    await page.getByTestId('dataset-mapping').screenshot({ path: '/tmp/kume-mapping-tr.png' });
    await page.getByTestId('dataset-map-year').fill('2023');
    await page.getByTestId('dataset-map-confirm').click();
    await datasetRow('sgk-2023').waitFor(poll);
    // The sample's generated dataset and the three imports.
    await expect.poll(async () => page.getByTestId('dataset-row').count(), poll).toBe(4);
    expect(pageErrors).toEqual([]);
  });
});
