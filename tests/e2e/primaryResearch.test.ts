// The field study's primary research end to end in Chromium: a facilitator makes a questionnaire
// from the firm interview template and sends a personal link; the respondent answers on a phone,
// naming two partners; the quota, the analysis, the export and the relations follow; an
// interview taken in the field with the network cut off syncs once when it returns.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { startE2eServer, type E2eServer } from './kumeServer';
import { answerFirmInterview, type Partner } from './surveySteps';
import { createAdministrator } from './steps';

const poll = { timeout: 20_000 };

interface Organisation {
  id: string;
  name: string;
  type: string;
  employees: number | null;
}

describe('primary research in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let phone: BrowserContext;
  const pageErrors: string[] = [];
  const api = () => `${server.url}/api/projects/sample`;
  const base = () => `${server.url}/p/sample/field-study`;
  let questionnaireId = '';
  let respondent: Organisation;
  let partners: Partner[] = [];
  let reachedBefore = 0;
  let linkUrl = '';

  const getJson = async <T>(path: string): Promise<T> => {
    const response = await page.request.get(`${api()}${path}`);
    expect(response.status(), path).toBe(200);
    return (await response.json()) as T;
  };
  const reachedCount = async () =>
    (await getJson<{ progress: { reached: number } }>('/field-study/quota')).progress.reached;

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await createAdministrator(page, server);
    phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'en-GB',
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates a questionnaire from the firm interview template and opens it', async () => {
    await page.goto(`${base()}/questionnaires`);
    await page.getByTestId('new-questionnaire').click();
    await page.getByTestId('use-template-firm_interview').click();
    await page.waitForURL(/questionnaires\/[0-9a-f-]{36}/);
    questionnaireId = /questionnaires\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    await page.getByTestId('open-questionnaire').click();
    await page.getByTestId('confirm-open').click();
    await expect
      .poll(async () => page.getByTestId('questionnaire-status').textContent(), poll)
      .toMatch(/open/i);
  });

  it('gives a personal link to an SME the field study has not reached yet', async () => {
    const quota = await getJson<{ reached: { id: string }[]; progress: { reached: number } }>(
      '/field-study/quota',
    );
    reachedBefore = quota.progress.reached;
    const reached = new Set(quota.reached.map((r) => r.id));
    const { items } = await getJson<{ items: Organisation[] }>('/organisations?pageSize=500');
    const smes = items.filter(
      (o) => o.type === 'firm' && o.employees !== null && o.employees < 250 && !reached.has(o.id),
    );
    respondent = smes[0] as Organisation;
    expect(respondent, 'the sample has an SME not reached yet').toBeDefined();
    const others = items.filter((o) => o.id !== respondent.id && o.type !== 'public_body');
    partners = [
      { name: (others[0] as Organisation).name, fromRegistry: true },
      { name: 'Yeni Ufuk Dökümhanesi', fromRegistry: false },
    ];

    await page.getByTestId('tab-distribution').click();
    await page.getByTestId('new-links').click();
    await page.getByTestId('picker-search').fill(respondent.name);
    await page.getByRole('checkbox', { name: respondent.name, exact: true }).check();
    await page.getByTestId('create-links').click();
    await page.getByTestId('created-link').first().waitFor();
    const url = await page.getByTestId('created-link').first().getByRole('textbox').inputValue();
    expect(url).toMatch(/\/r\/[A-Za-z0-9_-]{20,}$/);
    await page.getByTestId('close-created-links').click();
    await expect
      .poll(async () => page.getByTestId('link-row').count(), poll)
      .toBeGreaterThanOrEqual(1);
    linkUrl = url;
  });

  it('lets the respondent answer on a phone, naming two partners', async () => {
    const form = await phone.newPage();
    form.on('pageerror', (error) => pageErrors.push(error.message));
    await form.goto(linkUrl);
    await answerFirmInterview(form, {
      firmName: respondent.name,
      comment: '<script>window.hacked = true</script> Ortak test laboratuvarı şart.',
      partners,
    });
    await form.getByTestId('respond-thanks').waitFor({ timeout: 20_000 });
    expect(await form.evaluate(() => 'hacked' in window)).toBe(false);
    // The same link again: the answers are in, they cannot be sent twice.
    await form.reload();
    await form.getByTestId('respond-submitted').waitFor({ timeout: 20_000 });
    const width = await form.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });

  it('counts the SME in the quota and the answers in the analysis', async () => {
    expect(await reachedCount()).toBe(reachedBefore + 1);
    await page.goto(`${base()}/quota`);
    await expect
      .poll(async () => page.getByTestId('quota-reached-table').textContent(), poll)
      .toContain(respondent.name);
    await page.goto(`${base()}/questionnaires/${questionnaireId}/analysis`);
    await expect
      .poll(async () => page.getByTestId('analysis-question').count(), poll)
      .toBeGreaterThan(10);
    const texts = page.getByTestId('text-answers');
    await expect
      .poll(async () => (await texts.allTextContents()).join(' '), poll)
      .toContain('<script>window.hacked = true</script>');
  });

  it('exports the answers', async () => {
    await page.goto(`${base()}/questionnaires/${questionnaireId}`);
    await page.getByTestId('tab-responses').click();
    await page.getByTestId('response-row').first().waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-responses').click();
    await page.getByTestId('export-csv').click();
    const file = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const csv = readFileSync(file, 'utf8');
    expect(csv).toContain(respondent.name);
    expect(csv).toContain('Ortak test laboratuvarı şart.');
  });

  it('turns the two partners into relations with their provenance', async () => {
    const relations = await getJson<
      {
        source: { name: string };
        target: { name: string; needsReview: boolean };
        reportedBy: { name: string } | null;
        responseId: string | null;
      }[]
    >('/relations');
    const reported = relations.filter((r) => r.reportedBy?.name === respondent.name);
    expect(reported.map((r) => r.target.name).sort()).toEqual(partners.map((p) => p.name).sort());
    for (const relation of reported) expect(relation.responseId).not.toBeNull();
    const typed = reported.find((r) => r.target.name === partners[1]?.name);
    expect(typed?.target.needsReview, 'a partner typed by name is flagged for review').toBe(true);
    await page.goto(`${base()}/relations`);
    await expect
      .poll(async () => page.getByTestId('review-panel').textContent(), poll)
      .toContain('Yeni Ufuk Dökümhanesi');
  });

  it('keeps an interview taken offline and syncs it once when the network returns', async () => {
    const field = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'en-GB',
      storageState: await page.context().storageState(),
    });
    const tablet = await field.newPage();
    tablet.on('pageerror', (error) => pageErrors.push(error.message));
    const interviewPosts: string[] = [];
    tablet.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/interview-responses'))
        interviewPosts.push(request.url());
    });
    await tablet.goto(`${base()}/interview/${questionnaireId}`);
    await tablet.getByLabel('A firm not in the registry').check();
    await field.setOffline(true);
    await tablet.getByLabel('Name of the firm').fill('Sahada Görüşülen Makina Ltd.');
    await tablet.getByRole('button', { name: 'Start the interview' }).click();
    const firmName = tablet.locator('[data-name="firm_name"] input');
    await firmName.fill('Sahada Görüşülen Makina Ltd.');
    await firmName.blur();
    await expect
      .poll(async () => tablet.getByTestId('interview-sync-status').textContent(), poll)
      .toMatch(/Offline — 1 interview waiting to sync/);
    expect(interviewPosts).toHaveLength(0);
    await field.setOffline(false);
    await tablet.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect
      .poll(async () => tablet.getByTestId('interview-sync-status').textContent(), poll)
      .toMatch(/All synced/);
    await tablet.waitForTimeout(1_500);
    expect(interviewPosts).toHaveLength(1);
    const responses = await getJson<{ channel: string; organisationName: string | null }[]>(
      `/questionnaires/${questionnaireId}/responses`,
    );
    expect(responses.filter((r) => r.channel === 'interview')).toHaveLength(1);
    await field.close();
  });

  it('raised no errors in the pages', () => {
    expect(pageErrors).toEqual([]);
  });
});
