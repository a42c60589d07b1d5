// The event's polls on PGlite and PostgreSQL: written as a custom workshop of poll rounds, replaced
// while a draft, refused once live, counted from the workshop's state as guests vote.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvent } from '../../test/eventFixtures';
import { createProject, expectStatus } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import { SessionParticipant } from '../../test/workshopFixtures';
import type { EventDetail } from '../informationDay/presentEvent';
import type { EventPollsView } from '../informationDay/presentEventPolls';
import type { WorkshopDetail } from '../workshops/presentWorkshop';
import { workshopLiveSessions } from '../workshops/workshopLiveSessions';
import { WorkshopRuntime } from '../workshops/workshopRuntime';

let t: TestApp;
let owner: Agent;
let slug: string;
let event: EventDetail;
const polls = [
  { question: 'Kümeye katılır mısınız?', choices: ['Evet', 'Hayır', 'Kararsızım'] },
  { question: 'En önemli ihtiyaç?', choices: ['Nitelikli işgücü', 'Finansman'] },
];
const url = (path = '') => `/api/projects/${slug}/events/${event.id}/polls${path}`;
const readPolls = async () => expectStatus(await owner.get(url()), 200).json() as EventPollsView;

beforeAll(async () => {
  t = await createTestApp();
  owner = await t.signUp('owner@example.com');
  slug = await createProject(owner, 'Polls');
  event = await createEvent(owner, slug);
});
afterAll(() => t.close());

describe('event polls', () => {
  it('has no polls at first', async () => {
    expect(await readPolls()).toEqual({ workshop: null, polls: [] });
  });

  it('writes the polls as a draft workshop of poll rounds linked to the event', async () => {
    const detail = expectStatus(await owner.put(url(), { polls }), 200).json() as EventDetail;
    expect(detail.pollWorkshopId).not.toBeNull();
    const view = await readPolls();
    expect(view.workshop).toMatchObject({ id: detail.pollWorkshopId, status: 'draft' });
    expect(view.workshop?.joinPath).toBe(`/w/${view.workshop?.code}`);
    expect(view.polls).toEqual([
      {
        roundId: 'poll-1',
        question: 'Kümeye katılır mısınız?',
        choices: [
          { text: 'Evet', votes: 0 },
          { text: 'Hayır', votes: 0 },
          { text: 'Kararsızım', votes: 0 },
        ],
        voters: 0,
      },
      expect.objectContaining({ roundId: 'poll-2', voters: 0 }),
    ]);
    const workshop = expectStatus(
      await owner.get(`/api/projects/${slug}/workshops/${detail.pollWorkshopId}`),
      200,
    ).json() as WorkshopDetail;
    expect(workshop).toMatchObject({ template: 'custom', title: 'Bilgilendirme Günü: anketler' });
  });

  it('replaces a draft: a new workshop, the old one deleted', async () => {
    const before = (await readPolls()).workshop?.id;
    const detail = expectStatus(
      await owner.put(url(), { polls: [{ question: 'Tek soru', choices: ['A', 'B'] }] }),
      200,
    ).json() as EventDetail;
    expect(detail.pollWorkshopId).not.toBe(before);
    expect((await owner.get(`/api/projects/${slug}/workshops/${before}`)).statusCode).toBe(404);
    expect((await readPolls()).polls.map((p) => p.question)).toEqual(['Tek soru']);
  });

  it('refuses choices that repeat, and too many polls', async () => {
    const repeated = await owner.put(url(), {
      polls: [{ question: 'Q', choices: ['Evet', 'evet'] }],
    });
    expect(repeated.statusCode).toBe(400);
    const many = Array.from({ length: 21 }, (_, i) => ({ question: `Q${i}`, choices: ['A', 'B'] }));
    expect((await owner.put(url(), { polls: many })).statusCode).toBe(400);
  });

  it('counts the votes of guests from the workshop, once per guest', async () => {
    const id = (await readPolls()).workshop?.id ?? '';
    expectStatus(
      await owner.post(`/api/projects/${slug}/workshops/${id}/status`, { status: 'live' }),
      200,
    );
    const code = (await readPolls()).workshop?.code ?? '';
    const runtime = new WorkshopRuntime(t.database.db, () => new Date('2026-11-26T11:00:00Z'));
    const session = await workshopLiveSessions(t.database.db, runtime).open(code);
    if (!session) throw new Error('the poll workshop is not open');
    const vote = (item: string) => ({
      type: 'vote',
      roundId: 'poll-1',
      ballot: { method: 'dots', dots: { [item]: 1 } },
    });
    const one = await SessionParticipant.join(session, null);
    const two = await SessionParticipant.join(session, null);
    await one.must(vote('i1'));
    await two.must(vote('i1'));
    await two.must(vote('i2'));
    expect((await readPolls()).polls).toEqual([
      {
        roundId: 'poll-1',
        question: 'Tek soru',
        choices: [
          { text: 'A', votes: 1 },
          { text: 'B', votes: 1 },
        ],
        voters: 2,
      },
    ]);
  });

  it('refuses to change the polls once they have gone live (409 polls_started)', async () => {
    const response = await owner.put(url(), { polls });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error: { code: 'polls_started' } });
    expect((await readPolls()).polls.map((p) => p.question)).toEqual(['Tek soru']);
  });
});
