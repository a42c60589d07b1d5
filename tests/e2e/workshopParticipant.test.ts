// A key-success-factor workshop from participants' phones in Chromium, on the sample project: the
// facilitator drives the rounds over the live socket, three phones join by code, add factors and
// compare them pairwise; after the workshop closes the project's results carry the AHP weights.
// The sample's working group is confirmed first: a phone names its organisation when joining.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveTestClient, type Received } from '../../packages/server/test/liveTestKit';
import { launchChromium } from './browser';
import { startE2eServer, type E2eServer } from './kumeServer';
import { createAdministrator, openPhone } from './steps';

const poll = { timeout: 20_000 };
const FACTORS = ['Skilled workforce', 'Access to export markets', 'Shared test laboratory'];
const PARTICIPANTS = ['Ayşe', 'Mehmet', 'Zeynep'];

interface WorkshopDetail {
  id: string;
  code: string;
}

interface WorkshopResults {
  factors: { items: { text: string; weight: number | null }[] } | null;
}

/** Calls the API from the signed-in page (its session cookie and CSRF token). */
async function callApi<T>(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method,
        headers: {
          'x-csrf-token': session.csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: (await response.json()) as unknown };
    },
    { method, path, body },
  ) as Promise<{ status: number; json: T }>;
}

describe('a key-success-factor workshop on participants’ phones in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  let admin: Page;
  let chair: LiveTestClient;
  let workshop: WorkshopDetail;
  let group: { id: string; name: string }[] = [];
  const phones: { context: BrowserContext; page: Page }[] = [];
  const pageErrors: string[] = [];
  let commandNumber = 0;

  /** A facilitator command over the live socket; resolves with its acknowledgement. */
  const command = async (body: Record<string, unknown>) => {
    const id = `chair-${(commandNumber += 1)}`;
    const from = chair.received.length;
    chair.send({ type: 'command', id, body });
    const ack = await chair.next((m) => m.type === 'ack' && m.id === id, { from, ms: 10_000 });
    expect(ack, JSON.stringify(body)).toMatchObject({ ok: true });
  };

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    admin = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    admin.on('pageerror', (error) => pageErrors.push(error.message));
    await createAdministrator(admin, server);
    const registry = await callApi<{ items: { id: string; name: string }[] }>(
      admin,
      'GET',
      '/api/projects/sample/organisations',
    );
    group = registry.json.items.slice(0, 2);
    const confirmed = await callApi(admin, 'PUT', '/api/projects/sample/working-group', {
      memberIds: group.map(({ id }) => id),
    });
    expect(confirmed.status).toBe(200);
    const created = await callApi<WorkshopDetail>(admin, 'POST', '/api/projects/sample/workshops', {
      templateId: 'key_success_factors',
    });
    expect(created.status).toBe(201);
    workshop = created.json;
    const base = `/api/projects/sample/workshops/${workshop.id}`;
    expect((await callApi(admin, 'POST', `${base}/status`, { status: 'live' })).status).toBe(200);
    const seat = await callApi<{ token: string }>(admin, 'POST', `${base}/facilitator-token`);
    chair = await LiveTestClient.connect(
      `${server.url.replace(/^http/, 'ws')}/api/live/${workshop.code}`,
    );
    await chair.hello(seat.json.token);
    for (let i = 0; i < PARTICIPANTS.length; i += 1)
      phones.push(await openPhone(browser, pageErrors));
  });
  afterAll(async () => {
    chair?.socket.terminate();
    await browser?.close();
    await server?.close();
  });

  it('tells a phone clearly that a code opens no workshop', async () => {
    const { page } = phones[0]!;
    await page.goto(`${server.url}/w/ZZZZZZ`);
    await expect.poll(() => page.getByTestId('workshop-unknown').isVisible(), poll).toBe(true);
  });

  it('joins three phones by name and collects one factor from each', async () => {
    for (const [index, { page }] of phones.entries()) {
      await page.goto(`${server.url}/w/${workshop.code}`);
      await page.getByTestId('join-name').fill(PARTICIPANTS[index]!);
      // The first names a working group organisation, the second "other", the third nothing.
      const organisation = [group[0]!.name, 'Other / not listed'][index];
      if (organisation) {
        await page.getByTestId('join-organisation').click();
        await page.getByTestId('join-organisation').fill(organisation.slice(0, 4));
        await page.getByRole('option', { name: organisation, exact: true }).click();
      }
      await page.getByTestId('join-submit').click();
      await page.getByTestId('item-text').fill(FACTORS[index]!);
      await page.getByTestId('item-add').click();
      await expect
        .poll(() => page.getByTestId('my-items').textContent(), poll)
        .toContain(FACTORS[index]!);
      await expect.poll(() => page.getByTestId('item-text').inputValue(), poll).toBe('');
    }
  });

  it('shows who of the working group is present and who is missing', async () => {
    const attendance = await callApi<{
      workingGroup: { id: string; name: string; present: (string | null)[] }[] | null;
    }>(admin, 'GET', `/api/projects/sample/workshops/${workshop.id}/attendance`);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...(attendance.json.workingGroup ?? [])].sort(byId)).toEqual(
      group
        .map(({ id, name }) => ({ id, name, present: id === group[0]!.id ? ['Ayşe'] : [] }))
        .sort(byId),
    );
  });

  it('rejoins a reloaded phone as the same participant, with its own items', async () => {
    const { page } = phones[1]!;
    await page.reload();
    await expect
      .poll(() => page.getByTestId('my-items').textContent(), poll)
      .toContain(FACTORS[1]!);
    expect(await page.getByTestId('join-name').count()).toBe(0);
  });

  it('weights the factors by pairwise comparison on the phones', async () => {
    const round = { roundId: 'factors' };
    for (let step = 0; step < 3; step += 1) await command({ type: 'advance_phase', ...round });
    await command({ type: 'decide', ...round, text: null, chosenItemIds: ['i1', 'i2', 'i3'] });
    await command({ type: 'close_round', ...round });
    await command({ type: 'go_to_round', roundId: 'weighting' });

    // Every phone judges alike: factor 1 over 2 moderately (3), 1 over 3 strongly (5), 2 over 3 (3).
    for (const { page } of phones) {
      await expect
        .poll(() => page.getByTestId('pair-progress').textContent(), poll)
        .toBe('Pair 1 of 3');
      for (const [pair, choice] of ['3', '5', '3'].entries()) {
        await page.getByTestId(`pair-${pair}`).getByTestId(`saaty-${choice}`).click();
      }
      await page.getByTestId('ballot-submit').click();
      await expect.poll(() => page.getByTestId('ballot-counted').isVisible(), poll).toBe(true);
    }
    await chair.next(
      (m) =>
        m.type === 'state' &&
        (m.view as { workshop: { round: { ballotsCast: number } } }).workshop.round.ballotsCast ===
          3,
      { ms: 10_000 },
    );
  });

  it('puts the weights into the project once the workshop closes', async () => {
    await command({ type: 'close_round', roundId: 'weighting' });
    const base = `/api/projects/sample/workshops/${workshop.id}`;
    expect((await callApi(admin, 'POST', `${base}/status`, { status: 'closed' })).status).toBe(200);
    const results = await callApi<WorkshopResults>(
      admin,
      'GET',
      '/api/projects/sample/workshop-results',
    );
    expect(results.status).toBe(200);
    const weights = new Map(results.json.factors?.items.map((item) => [item.text, item.weight]));
    // Saaty's principal eigenvector of [[1,3,5],[1/3,1,3],[1/5,1/3,1]]: 0.637, 0.258, 0.105.
    expect(weights.get(FACTORS[0]!)).toBeCloseTo(0.637, 2);
    expect(weights.get(FACTORS[1]!)).toBeCloseTo(0.258, 2);
    expect(weights.get(FACTORS[2]!)).toBeCloseTo(0.105, 2);
    const { page } = phones[0]!;
    await expect.poll(() => page.getByTestId('workshop-ended').isVisible(), poll).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});

/** A free workshop with one round per remaining voting method, the vision decision and Delphi. */
const METHODS_WORKSHOP = {
  templateId: 'custom',
  title: { tr: 'Yöntemler', en: 'Methods' },
  rounds: [
    {
      id: 'vision',
      kind: 'vision',
      title: { tr: 'Vizyon', en: 'Vision' },
      prompt: { tr: 'Vizyon?', en: 'Vision?' },
      phases: ['brainstorm', 'vote', 'decide'],
      voting: { method: 'dots', dotsPerPerson: 3, maxDotsPerItem: 2 },
    },
    ...(['points', 'ranking'] as const).map((method) => ({
      id: method,
      kind: 'poll',
      title: { tr: method, en: method },
      prompt: { tr: 'Seçin', en: 'Choose' },
      phases: ['vote'],
      items: ['Alpha', 'Beta', 'Gamma'],
      voting: { method },
    })),
    {
      id: 'delphi',
      kind: 'poll',
      title: { tr: 'Delphi', en: 'Delphi' },
      prompt: { tr: 'Puanlayın', en: 'Rate' },
      phases: ['vote'],
      items: ['Alpha', 'Beta'],
      voting: { method: 'rating', anonymous: true },
      delphi: { maxIterations: 2 },
    },
  ],
};

interface Ballots {
  workshop: { round: { namedBallots: { ballot: unknown }[] } };
}

describe('every voting method on a participant’s phone in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  let page: Page;
  let chair: LiveTestClient;
  let commandNumber = 0;
  const pageErrors: string[] = [];

  const command = async (body: Record<string, unknown>) => {
    const id = `chair-${(commandNumber += 1)}`;
    const from = chair.received.length;
    chair.send({ type: 'command', id, body });
    const ack = await chair.next((m) => m.type === 'ack' && m.id === id, { from, ms: 10_000 });
    expect(ack, JSON.stringify(body)).toMatchObject({ ok: true });
  };
  /** The participant's ballot of this method as the facilitator's console sees it. */
  const namedBallot = async (method: string) => {
    const ballotIn = (m: Received) =>
      (m.view as Ballots).workshop.round.namedBallots.find(
        ({ ballot }) => (ballot as { method: string }).method === method,
      )?.ballot;
    const state = await chair.next((m) => m.type === 'state' && ballotIn(m) !== undefined, {
      ms: 10_000,
    });
    return ballotIn(state);
  };
  const counted = () =>
    expect.poll(() => page.getByTestId('ballot-counted').isVisible(), poll).toBe(true);

  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchChromium();
    const admin = await browser.newPage({ locale: 'en-GB' });
    await createAdministrator(admin, server);
    const created = await callApi<WorkshopDetail>(admin, 'POST', '/api/projects/sample/workshops', {
      definition: METHODS_WORKSHOP,
    });
    expect(created.status).toBe(201);
    const base = `/api/projects/sample/workshops/${created.json.id}`;
    await callApi(admin, 'POST', `${base}/status`, { status: 'live' });
    const seat = await callApi<{ token: string }>(admin, 'POST', `${base}/facilitator-token`);
    chair = await LiveTestClient.connect(
      `${server.url.replace(/^http/, 'ws')}/api/live/${created.json.code}`,
    );
    await chair.hello(seat.json.token);
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}/w/${created.json.code}`);
    await page.getByTestId('join-name').fill('Deniz');
    await page.getByTestId('join-submit').click();
  });
  afterAll(async () => {
    chair?.socket.terminate();
    await browser?.close();
    await server?.close();
  });

  it('places dots within the limits, shows revealed totals and confirms the vision', async () => {
    for (const text of ['Green steel', 'Export hub']) {
      await page.getByTestId('item-text').fill(text);
      await page.getByTestId('item-add').click();
      await expect.poll(() => page.getByTestId('item-text').inputValue(), poll).toBe('');
    }
    await command({ type: 'advance_phase', roundId: 'vision' });
    await page.getByTestId('dot-i1').click();
    await page.getByTestId('dot-i1').click();
    expect(await page.getByTestId('dot-i1').isDisabled()).toBe(true);
    await page.getByTestId('dot-i2').click();
    await page.getByTestId('ballot-submit').click();
    await counted();
    expect(await namedBallot('dots')).toEqual({ method: 'dots', dots: { i1: 2, i2: 1 } });
    await command({ type: 'reveal_totals', roundId: 'vision' });
    await expect.poll(() => page.getByTestId('result-i1').textContent(), poll).toContain('2');
    await command({ type: 'advance_phase', roundId: 'vision' });
    await command({
      type: 'decide',
      roundId: 'vision',
      text: 'A green export hub',
      chosenItemIds: [],
    });
    await expect
      .poll(() => page.getByTestId('decision-text').textContent(), poll)
      .toBe('A green export hub');
    await page.getByTestId('confirm-vision').click();
    await expect.poll(() => page.getByTestId('vision-confirmed').isVisible(), poll).toBe(true);
  });

  it('allocates points that must add up to the budget', async () => {
    await command({ type: 'go_to_round', roundId: 'points' });
    await page.getByTestId('points-i1').fill('70');
    await page.getByTestId('points-i2').fill('20');
    expect(await page.getByTestId('ballot-submit').isDisabled()).toBe(true);
    await page.getByTestId('points-i3').fill('10');
    await page.getByTestId('ballot-submit').click();
    await counted();
    expect(await namedBallot('points')).toEqual({
      method: 'points',
      points: { i1: 70, i2: 20, i3: 10 },
    });
  });

  it('ranks with the move buttons', async () => {
    await command({ type: 'go_to_round', roundId: 'ranking' });
    await page.getByTestId('rank-up-i3').click();
    await page.getByTestId('rank-up-i3').click();
    await page.getByTestId('ballot-submit').click();
    await counted();
    expect(await namedBallot('ranking')).toEqual({
      method: 'ranking',
      ranking: ['i3', 'i1', 'i2'],
    });
  });

  it('rates in a Delphi round and shows the group’s previous median next time', async () => {
    await command({ type: 'go_to_round', roundId: 'delphi' });
    await page.getByTestId('rate-i1-4').click();
    await page.getByTestId('rate-i2-2').click();
    await page.getByTestId('ballot-submit').click();
    await counted();
    await command({ type: 'next_delphi_iteration', roundId: 'delphi' });
    await expect.poll(() => page.getByTestId('delphi-i1').textContent(), poll).toContain('4');
    expect(pageErrors).toEqual([]);
  });
});
