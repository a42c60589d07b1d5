// The cluster map end to end in Chromium, on the sample project: the map renders every
// organisation, a stage filter hides that stage's organisations, the gap list names the stage with
// no local actor, the map exports as GEXF, and the facilitator confirms the proposed working group.

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { startE2eServer, type E2eServer } from './kumeServer';
import { createAdministrator } from './steps';

const poll = { timeout: 20_000 };

interface MapView {
  nodes: { id: string; name: string; stageId: string | null }[];
  edges: unknown[];
  gaps: { kind: string; stage?: string }[];
  chain: { stages: { id: string; name: { tr: string; en: string } }[] };
}

interface WorkingGroupView {
  suggestion: { members: { id: string }[] };
  confirmed: { memberIds: string[] } | null;
}

describe('the cluster map in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let map: MapView;
  const pageErrors: string[] = [];
  const api = () => `${server.url}/api/projects/sample`;
  const base = () => `${server.url}/p/sample/field-study`;

  const getJson = async <T>(path: string): Promise<T> => {
    const response = await page.request.get(`${api()}${path}`);
    expect(response.status(), path).toBe(200);
    return (await response.json()) as T;
  };
  const visibleCount = async () =>
    Number(await page.getByTestId('map-visible-count').getAttribute('data-visible'));

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    page = await browser.newPage({
      viewport: { width: 1400, height: 900 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await createAdministrator(page, server);
    map = await getJson<MapView>('/cluster-map');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws every organisation of the sample project on the map', async () => {
    expect(map.nodes.length).toBeGreaterThan(30);
    await page.goto(`${base()}/map`);
    await page.getByTestId('cluster-map').locator('canvas').first().waitFor(poll);
    await expect.poll(visibleCount, poll).toBe(map.nodes.length);
    await expect
      .poll(async () => page.getByTestId('map-summary').textContent(), poll)
      .toContain(String(map.nodes.length));
  });

  it('hides a stage’s organisations when its filter is cleared', async () => {
    const counts = new Map<string, number>();
    for (const node of map.nodes)
      if (node.stageId) counts.set(node.stageId, (counts.get(node.stageId) ?? 0) + 1);
    const [stageId, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    await page.getByTestId(`map-stage-filter-${stageId}`).click();
    await expect.poll(visibleCount, poll).toBe(map.nodes.length - count);
    await page.getByTestId(`map-stage-filter-${stageId}`).click();
    await expect.poll(visibleCount, poll).toBe(map.nodes.length);
  });

  it('names the stage with no local actor in the gap list', async () => {
    const empty = map.gaps.find((gap) => gap.kind === 'empty_stage');
    expect(empty, 'the sample project has an empty stage').toBeDefined();
    const stage = map.chain.stages.find((s) => s.id === empty!.stage)!;
    await expect
      .poll(async () => page.getByTestId('map-gap-list').textContent(), poll)
      .toContain(stage.name.en);
    await page.getByTestId('map-gap').first().waitFor(poll);
  });

  it('lays the organisations out in value-chain lanes and exports the map as GEXF', async () => {
    await page.getByTestId('map-layout').getByText(/lanes/i).click();
    await page.getByTestId('map-export-menu').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('map-export-gexf').click(),
    ]);
    const gexf = readFileSync((await download.path())!, 'utf8');
    expect(gexf).toContain('<gexf');
    expect(gexf.match(/<node /g)?.length).toBe(map.nodes.length);
    expect(gexf).toContain('viz:position');
  });

  it('proposes a working group that the facilitator confirms', async () => {
    const before = await getJson<WorkingGroupView>('/working-group');
    expect(before.suggestion.members.length).toBeGreaterThanOrEqual(22);
    await page.goto(`${base()}/working-group`);
    const first = before.suggestion.members[0]!.id;
    await page.getByTestId(`wg-member-${first}`).waitFor(poll);
    await page.getByTestId('wg-confirm').click();
    await page.getByTestId('wg-confirmed').waitFor(poll);
    const after = await getJson<WorkingGroupView>('/working-group');
    expect(after.confirmed?.memberIds).toEqual(before.suggestion.members.map((m) => m.id));
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
