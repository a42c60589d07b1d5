// The field study's focus and imported maps in Chromium: import a GeoJSON map of four NUTS 2
// regions, mark two focus clusters on İzmir's portfolio, see them in the choices bar, on the
// overview and on the dashboard, and rank a cluster on the imported map.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { startE2eServer, type E2eServer } from './kumeServer';
import { createAdministrator } from './steps';

const poll = { timeout: 20_000 };
const regions = { TR31: 'İzmir', TR32: 'Aydın', TR33: 'Manisa', TR41: 'Bursa' } as const;

/** Employment by region and industry in 2015 (2020: 10% more); 24 metal, 28 machinery, 47 retail. */
const EMPLOYMENT: Record<keyof typeof regions, [number, number, number]> = {
  TR31: [4000, 6000, 9000],
  TR32: [500, 400, 5000],
  TR33: [3000, 1000, 4000],
  TR41: [2000, 8000, 12000],
};
const DATASET = [
  'region,industry,year,employment,establishments',
  ...Object.entries(EMPLOYMENT).flatMap(([region, values]) =>
    [2015, 2020].flatMap((year) =>
      ['24', '28', '47'].map(
        (industry, i) =>
          `${region},${industry},${year},${Math.round(values[i]! * (year === 2020 ? 1.1 : 1))},${10 + i}`,
      ),
    ),
  ),
].join('\n');
const DEFINITION = [
  'industry,cluster,type,cluster_name',
  '24,metal,traded,Metalworking',
  '28,machinery,traded,Machinery',
  '47,retail,local,Retail',
].join('\n');

/** A square region a degree wide, counter-clockwise (RFC 7946). */
const square = (x: number, y: number) => [
  [
    [x, y],
    [x + 1, y],
    [x + 1, y + 1],
    [x, y + 1],
    [x, y],
  ],
];
function regionsGeoJson(withoutCodeAt = -1) {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: Object.entries(regions).map(([code, name], i) => ({
      type: 'Feature',
      properties: { ...(i === withoutCodeAt ? {} : { NUTS_ID: code }), NUTS_NAME: name },
      geometry: { type: 'Polygon', coordinates: square(26 + (i % 2), 38 + Math.floor(i / 2)) },
    })),
  });
}

/** POSTs a file to a statistics route of the sample project from the signed-in page. */
async function uploadFile(page: Page, route: string, fileName: string, content: string) {
  return page.evaluate(
    async ({ route, fileName, content }) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const form = new FormData();
      form.append('file', new Blob([content]), fileName);
      const response = await fetch(`/api/projects/sample/statistics${route}`, {
        method: 'POST',
        body: form,
        headers: { 'x-csrf-token': session.csrfToken },
      });
      return (await response.json()) as { id: string };
    },
    { route, fileName, content },
  );
}

describe('focus clusters and imported maps in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let folder: string;
  const pageErrors: string[] = [];
  const base = () => `${server.url}/p/sample`;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    folder = mkdtempSync(join(tmpdir(), 'kume-maps-'));
    await createAdministrator(page, server);
    // The dataset and definition come in through the API: their screens have walks of their own.
    const dataset = await uploadFile(page, '/datasets', 'ege.csv', DATASET);
    const definition = await uploadFile(page, '/definitions', 'clusters.csv', DEFINITION);
    const saved = await page.evaluate(
      async (body) => {
        const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
        const response = await fetch('/api/projects/sample/statistics/settings', {
          method: 'PUT',
          body: JSON.stringify(body),
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        });
        return response.status;
      },
      { datasetId: dataset.id, definitionId: definition.id, focusRegion: 'TR31' },
    );
    expect(saved).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('checks a map file before sending it: a region without its code is named', async () => {
    const bad = join(folder, 'bad.geojson');
    writeFileSync(bad, regionsGeoJson(2));
    await page.goto(`${base()}/statistics/data?tab=maps`);
    await page.getByTestId('geography-file').setInputFiles(bad);
    // NUTS_ID misses a feature, so no property is guessed: choose it, and the gap is named.
    await page.getByTestId('geography-id-property').click();
    await page.getByRole('option', { name: /^NUTS_ID/ }).click();
    await expect
      .poll(async () => page.getByTestId('geography-issues').textContent(), poll)
      .toContain('features.2.properties.NUTS_ID: feature 2 has no NUTS_ID');
    expect(await page.getByTestId('geography-submit').isDisabled()).toBe(true);
  });

  it('imports the map with the code and name properties guessed', async () => {
    const good = join(folder, 'ege-nuts2.geojson');
    writeFileSync(good, regionsGeoJson());
    await page.getByTestId('geography-file').setInputFiles(good);
    await expect
      .poll(async () => page.getByTestId('geography-id-property').inputValue(), poll)
      .toMatch(/^NUTS_ID/);
    expect(await page.getByTestId('geography-name-property').inputValue()).toMatch(/^NUTS_NAME/);
    await page.getByTestId('geography-submit').click();
    await expect
      .poll(async () => page.getByTestId('geography-row').first().textContent(), poll)
      .toContain('TR31, TR32, TR33, TR41');
  });

  it("marks two focus clusters on İzmir's portfolio, named from the imported map", async () => {
    await page.goto(`${base()}/statistics/region`);
    await expect
      .poll(async () => page.locator('h2, h1').first().textContent(), poll)
      .toContain('İzmir (TR31)');
    const focusOf = (cluster: string) =>
      page.locator(
        `[data-testid="portfolio-row"][data-cluster="${cluster}"] [data-testid="portfolio-focus"]`,
      );
    // The box follows the saved choices, so its state changes a moment after the click.
    for (const cluster of ['machinery', 'metal']) {
      await focusOf(cluster).click();
      await expect.poll(async () => focusOf(cluster).isChecked(), poll).toBe(true);
    }
    await expect
      .poll(async () => page.getByTestId('choices-focus').textContent(), poll)
      .toBe('Focus clusters: Machinery; Metalworking');
    await page.reload();
    await expect
      .poll(
        async () => page.locator('[data-testid="portfolio-row"][data-focus="true"]').count(),
        poll,
      )
      .toBe(2);
  });

  it('shows the focus clusters with their figures on the overview and on the dashboard', async () => {
    await page.goto(`${base()}/statistics`);
    await expect.poll(async () => page.getByTestId('focus-row').count(), poll).toBe(2);
    expect(await page.getByTestId('focus-row').first().textContent()).toMatch(/Machinery.*6,600/);
    await page.goto(base());
    await expect
      .poll(async () => page.getByTestId('dashboard-focus').textContent(), poll)
      .toBe('Focus: İzmir (TR31) — Machinery; Metalworking');
  });

  it('draws the cluster ranking on the imported map, picked by itself', async () => {
    await page.goto(`${base()}/statistics/clusters?cluster=machinery`);
    const map = page.getByTestId('choropleth');
    await map.waitFor({ timeout: 20_000 });
    expect(await map.getAttribute('data-geography')).toBe('imported');
    expect(await map.locator('path[data-id]').count()).toBe(4);
    expect(await page.getByTestId('ranking-geography').inputValue()).toBe('Automatic: ege-nuts2');
    expect(pageErrors).toEqual([]);
  });
});
