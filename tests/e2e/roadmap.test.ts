// The roadmap in Chromium, on the sample project: two actions are planned in the action editor,
// linked to a success factor and a value-chain gap (an end before the start is refused on the
// field first), taking that factor off the roadmap is refused with the actions named, an indicator value is recorded on the monitoring page (a wrong unit is refused
// with the server's message), and the roadmap document downloaded as DOCX holds both actions and
// the value.

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorView, RoadmapItemView, RoadmapView } from '@kume/server';
import { readDocx } from '../../packages/io/src/report/readDocx';
import { launchChromium } from './browser';
import { startE2eServer, type E2eServer } from './kumeServer';
import { chooseOption, createAdministrator } from './steps';

const poll = { timeout: 20_000 };
const FIRST = 'E2E shared calibration laboratory & <b>test</b> bench';
const SECOND = 'E2E supplier development programme for casting';
/** A value no sample indicator holds, so finding it in the document proves it came from the form. */
const VALUE = 4321;

describe('the roadmap from the action plan to the document in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let factor: RoadmapItemView;
  let gap: RoadmapItemView;
  let indicator: IndicatorView;
  const pageErrors: string[] = [];

  const api = async <T>(path: string) =>
    (await page.evaluate(async (url) => (await fetch(url)).json(), path)) as T;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await createAdministrator(page, server);
    const view = await api<RoadmapView>('/api/projects/sample/roadmap');
    const present = view.items.filter((i) => i.sourceState === 'present' && !i.dismissed);
    const foundFactor = present.find((i) => i.kind === 'success_factor');
    const foundGap = present.find((i) => i.kind === 'value_chain_gap');
    expect(foundFactor, 'the sample roadmap has a success factor').toBeDefined();
    expect(foundGap, 'the sample roadmap has a value-chain gap').toBeDefined();
    factor = foundFactor!;
    gap = foundGap!;
    // An action's indicator: its name is typed text, shown as it is in either language.
    const actionIndicator = view.actions.flatMap((a) => a.indicators)[0];
    expect(actionIndicator, 'the sample actions have indicators').toBeDefined();
    indicator = actionIndicator!;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a new action with `itemKey` linked (the coverage panel's "Plan an action" link). */
  async function openNewAction(itemKey: string) {
    await page.goto(
      `${server.url}/p/sample/roadmap/actions/new?item=${encodeURIComponent(itemKey)}`,
    );
    await page.getByTestId('action-title').waitFor(poll);
  }

  async function fillAction(title: string, start: string, end: string, budget: string) {
    await page.getByTestId('action-title').fill(title);
    await chooseOption(page, 'action-layer', 'Capabilities');
    await page.getByTestId('action-start').fill(start);
    await page.getByTestId('action-end').fill(end);
    await page.getByTestId('action-budget').fill(budget);
  }

  async function saveAndReturnToPlan() {
    await page.getByTestId('action-save').click();
    await page.waitForURL(/\/roadmap\/actions$/, poll);
    await page.getByTestId('action-table').waitFor(poll);
  }

  it('plans an action for a success factor and a gap, refusing an end before the start', async () => {
    await openNewAction(factor.key);
    await fillAction(FIRST, '2027-03-01', '2027-01-15', '1250000');
    await expect
      .poll(() => page.getByText('The end is before the start.').count(), poll)
      .toBeGreaterThan(0);
    await page.getByTestId('action-end').fill('2028-06-30');
    // Link the gap too, found by typing part of its title.
    await page.getByTestId('action-items').click();
    await page.getByTestId('action-items').pressSequentially(gap.title.en.slice(0, 18));
    await page.getByRole('option', { name: gap.title.en }).first().click();
    await page.keyboard.press('Escape');
    await saveAndReturnToPlan();

    await openNewAction(gap.key);
    await fillAction(SECOND, '2027-02-01', '2029-12-31', '800000');
    await saveAndReturnToPlan();

    const view = await api<RoadmapView>('/api/projects/sample/roadmap');
    const first = view.actions.find((a) => a.title === FIRST);
    const second = view.actions.find((a) => a.title === SECOND);
    expect(first?.itemKeys.sort()).toEqual([factor.key, gap.key].sort());
    expect(first?.budget).toBe(1_250_000);
    expect(first?.effectiveHorizon).toBe('medium');
    expect(second?.itemKeys).toEqual([gap.key]);
    // The title is text on the page, never markup.
    await expect.poll(() => page.getByText(FIRST).count(), poll).toBeGreaterThan(0);
    expect(await page.locator('b', { hasText: 'test' }).count()).toBe(0);
  });

  it('refuses to take a success factor off the roadmap while actions address it, naming them', async () => {
    await page.goto(`${server.url}/p/sample/roadmap`);
    const row = page.locator(
      `[data-testid="roadmap-item-success_factor"][data-key="${factor.key}"]`,
    );
    await row.getByTestId('roadmap-item-dismiss').click();
    const linked = page.getByTestId('roadmap-item-linked');
    await linked.waitFor(poll);
    await expect.poll(() => linked.getByText(FIRST).count(), poll).toBeGreaterThan(0);
    const view = await api<RoadmapView>('/api/projects/sample/roadmap');
    expect(view.items.find((i) => i.key === factor.key)?.dismissed).toBe(false);
    expect(view.actions.find((a) => a.title === FIRST)?.itemKeys).toContain(factor.key);
    await page.keyboard.press('Escape');
  });

  it('records an indicator value and refuses one in another unit', async () => {
    await page.goto(`${server.url}/p/sample/roadmap/monitoring`);
    const name = indicator.name;
    await page.locator(`[data-testid="indicator-row"][data-name="${name}"]`).first().click();
    await page.getByTestId('value-value').waitFor(poll);
    const today = new Date().toISOString().slice(0, 10);
    await page.getByTestId('value-on').fill(today);
    await page.getByTestId('value-value').fill(String(VALUE));
    await page.getByTestId('value-unit').fill('kg');
    await page.getByTestId('value-save').click();
    await expect.poll(() => page.getByText(/is measured in/).count(), poll).toBeGreaterThan(0);
    await page.getByTestId('value-unit').fill(indicator.unit);
    await page.getByTestId('value-save').click();
    await expect
      .poll(async () => {
        const monitoring = await api<{ indicators: IndicatorView[] }>(
          '/api/projects/sample/roadmap/monitoring',
        );
        return monitoring.indicators.find((i) => i.id === indicator.id)?.health.latest?.value;
      }, poll)
      .toBe(VALUE);
  });

  it('downloads the roadmap document with both actions and the recorded value', async () => {
    await page.goto(`${server.url}/p/sample/roadmap/documents`);
    await page.getByTestId('document-roadmap-docx').waitFor(poll);
    const [download] = await Promise.all([
      page.waitForEvent('download', poll),
      page.getByTestId('document-roadmap-docx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^sample-roadmap-(en|tr)\.docx$/);
    const docx = await readDocx(readFileSync((await download.path())!));
    const rows = docx.tables.flat();
    const text = [...docx.paragraphs, ...rows.flat()].join('\n');
    expect(text).toContain(FIRST);
    expect(text).toContain(SECOND);
    const valueText = new Intl.NumberFormat(
      download.suggestedFilename().includes('-tr') ? 'tr-TR' : 'en-GB',
    ).format(VALUE);
    const row = rows.find(
      (cells) => cells.some((cell) => cell.includes(indicator.name)) && cells.includes(valueText),
    );
    expect(row, `a table row of "${indicator.name}" with ${valueText}`).toBeDefined();
    expect(pageErrors).toEqual([]);
  });
});
