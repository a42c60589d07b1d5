// Stage 1 end to end, as a facilitator does it in Chromium: first-run setup, sign in, create a
// project, add two organisations, import ten from an XLSX file, log a visit, record commitments
// until the readiness gate turns from no-go to go, then switch the UI to Turkish.

import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { startE2eServer, type E2eServer } from './kumeServer';
import { administrator as admin, chooseOption } from './steps';

const en = JSON.parse(
  readFileSync(
    new URL('../../packages/web/src/locales/en/stakeholders.json', import.meta.url),
    'utf8',
  ),
) as {
  readiness: { threshold: Record<string, string> };
};

/** The server answers fast, but a loaded CI machine can take seconds to render. */
const poll = { timeout: 15_000 };

const firms = [
  'Akhisar Döküm',
  'Salihli Makina',
  'Turgutlu Pompa',
  'Alaşehir Kalıp',
  'Soma Hassas İşleme',
  'Kula Isıl İşlem',
  'Demirci Çelik',
  'Gördes Metal',
  'Sarıgöl Talaşlı İmalat',
  'Kırkağaç Dövme',
];

async function firmsWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Firmalar');
  sheet.addRow(['Firma Adı', 'Tür', 'NACE Kodu', 'Çalışan Sayısı', 'İlçe', 'İl']);
  firms.forEach((name, i) =>
    sheet.addRow([`${name} A.Ş.`, 'Firma', '24.51', 20 + i * 15, 'Merkez', 'Manisa']),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('stage 1 in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const slug = 'manisa-dokum-kumesi';

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates the administrator through the one-time setup link', async () => {
    await page.goto(`${server.url}/setup?token=${server.setupToken}`);
    await page.getByTestId('setup-name').fill(admin.name);
    await page.getByTestId('setup-email').fill(admin.email);
    await page.getByTestId('setup-password').fill(admin.password);
    await page.getByTestId('setup-password-confirm').fill(admin.password);
    await page.getByTestId('setup-submit').click();
    await expect.poll(() => new URL(page.url()).pathname, poll).toBe('/');
    // The administrator owns the sample project.
    await page.getByTestId('project-card').first().waitFor();
    expect(await page.getByTestId('sample-badge').count()).toBeGreaterThan(0);
  });

  it('signs out and in again', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/signin/);
    await page.getByTestId('signin-email').fill(admin.email);
    await page.getByTestId('signin-password').fill('wrong password!!');
    await page.getByTestId('signin-submit').click();
    await page.getByRole('alert').waitFor();
    await page.getByTestId('signin-password').fill(admin.password);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('project-card').first().waitFor();
  });

  it('creates a project and lands on its dashboard with the five stages', async () => {
    await page.getByTestId('new-project').click();
    await page.getByTestId('project-name').fill('Manisa Döküm Kümesi');
    await page.getByTestId('project-sector').fill('Metal casting');
    await page.getByTestId('project-region').fill('Manisa (TR33)');
    await page.getByTestId('project-submit').click();
    await page.waitForURL(new RegExp(`/p/${slug}$`));
    for (const stage of [
      'stakeholder_visits',
      'field_study',
      'information_day',
      'workshops',
      'roadmap',
    ]) {
      await page.getByTestId(`stage-${stage}`).waitFor();
    }
  });

  it('adds two organisations by hand', async () => {
    await page.goto(`${server.url}/p/${slug}/organisations`);
    for (const [name, type] of [
      ['Manisa Sanayi Odası', 'Chamber or association'],
      ['Celal Bayar Teknik Üniversitesi', 'University'],
    ] as const) {
      await page.getByTestId('new-organisation').first().click();
      await page.getByTestId('org-name').fill(name);
      await chooseOption(page, 'org-type', type);
      await page.getByTestId('org-submit').click();
      await page.getByTestId('org-row').filter({ hasText: name }).waitFor();
    }
    expect(await page.getByTestId('org-row').count()).toBe(2);
  });

  it('imports ten organisations from an XLSX file with Turkish headings', async () => {
    await page.goto(`${server.url}/p/${slug}/organisations/import`);
    await page.getByTestId('import-file').setInputFiles({
      name: 'firmalar.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await firmsWorkbook(),
    });
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-mapping').waitFor();
    await page.getByTestId('import-next').click();
    await page.getByTestId('import-check').waitFor();
    expect(await page.getByTestId('import-error-row').count()).toBe(0);
    await page.getByTestId('import-run').click();
    await expect
      .poll(async () => (await page.getByTestId('import-result').textContent()) ?? '', poll)
      .toContain('10');
    await page.goto(`${server.url}/p/${slug}/organisations`);
    await page.getByTestId('org-row').nth(11).waitFor();
    expect(await page.getByTestId('org-row').count()).toBe(12);
  });

  it('asks for four committed firms instead of twenty in this project', async () => {
    await page.goto(`${server.url}/p/${slug}/readiness`);
    await expect
      .poll(async () => page.getByTestId('gate-outcome').textContent(), poll)
      .toBe('No-go');
    await page.getByTestId('thresholds-toggle').click();
    const firmsField = page.getByLabel(en.readiness.threshold.minCommittedFirms ?? '', {
      exact: false,
    });
    // The form may re-render from a late readiness fetch: type again until the value stands.
    await expect
      .poll(async () => {
        if ((await firmsField.inputValue()) !== '4') await firmsField.fill('4');
        return firmsField.inputValue();
      }, poll)
      .toBe('4');
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/readiness/thresholds') && r.request().method() === 'PUT',
    );
    await page.getByTestId('thresholds-submit').click();
    expect((await saved).status()).toBe(200);
  });

  const committed = [
    'Manisa Sanayi Odası',
    'Celal Bayar Teknik Üniversitesi',
    ...firms.slice(0, 4).map((n) => `${n} A.Ş.`),
  ];

  it('logs a visit to six organisations', async () => {
    await page.goto(`${server.url}/p/${slug}/visits/new`);
    const organisations = page.getByTestId('visit-organisations');
    for (const name of committed) {
      await organisations.click();
      await organisations.fill(name.slice(0, 12));
      await page.getByRole('option', { name, exact: true }).click();
    }
    await page.getByTestId('visit-submit').click();
    await page.waitForURL(new RegExp(`/p/${slug}/visits/[0-9a-f-]{36}$`));
    for (const name of committed) await page.getByText(name).first().waitFor();
  });

  it('records commitments until the readiness gate turns from no-go to go', async () => {
    for (const [i, name] of committed.entries()) {
      await page.goto(`${server.url}/p/${slug}/organisations`);
      await page.getByTestId('org-search').fill(name);
      await page
        .getByTestId('org-row')
        .filter({ hasText: name })
        .getByRole('link', { name })
        .click();
      await page.getByTestId('assess-commitment').click();
      await page.getByTestId('willingness-5').click();
      await page.getByTestId('influence-4').click();
      await page.getByTestId('commitment-submit').click();
      await page.getByTestId('commitment-history').getByRole('row').nth(1).waitFor();
      await page.goto(`${server.url}/p/${slug}/readiness`);
      const expected = i === committed.length - 1 ? 'Go' : 'No-go';
      await expect
        .poll(async () => page.getByTestId('gate-outcome').textContent(), poll)
        .toBe(expected);
    }
  });

  it('switches the whole UI to Turkish', async () => {
    await page.getByTestId('language-switch').getByText('TR', { exact: true }).click();
    await expect
      .poll(async () => page.getByTestId('gate-outcome').textContent(), poll)
      .toBe('Devam');
    await page.getByTestId('nav-organisations').getByText('Kuruluşlar').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('tr');
    // The choice is kept on the account: a reload stays in Turkish.
    await page.reload();
    await page.getByTestId('nav-visits').getByText('Ziyaretler').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
