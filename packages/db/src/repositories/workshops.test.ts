// Workshops in the database: join codes unique among open workshops, the event log numbered per
// workshop and deduplicated by message id, the facilitator's one seat, deletion with everything.

import { projectInputSchema, workshopTemplate } from '@kume/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/testDatabase';
import type { Database, Db } from '../database';
import { createProject } from './projects';
import { createUser } from './users';
import {
  closedWorkshops,
  deleteWorkshop,
  findOpenWorkshopByCode,
  findWorkshopParticipantByToken,
  insertWorkshop,
  insertWorkshopEvent,
  insertWorkshopEvents,
  insertWorkshopParticipant,
  issueFacilitatorParticipant,
  updateWorkshopStatus,
  workshopEventsAfter,
  workshopMessagesSeen,
} from './workshops';

let database: Database;
let db: Db;
let projectId: string;
const now = new Date('2026-11-26T10:00:00Z');
const definition = workshopTemplate('vision');

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  projectId = (await createProject(db, projectInputSchema.parse({ name: 'Workshops' }), null)).id;
});
afterAll(() => database.close());

const newWorkshop = (codes: string[]) =>
  insertWorkshop(
    db,
    { projectId, title: 'Vision', template: 'vision', definition, createdBy: null },
    () => codes.shift() ?? 'NOCODE',
    now,
  );

describe('workshops', () => {
  it('draws the join code again when an open workshop has it, and reuses a closed one', async () => {
    const first = await newWorkshop(['ABC234']);
    const second = await newWorkshop(['ABC234', 'XYZ789']);
    expect([first.code, second.code]).toEqual(['ABC234', 'XYZ789']);
    expect(first.status).toBe('draft');
    await updateWorkshopStatus(
      db,
      first.id,
      'closed',
      { vision: null, factors: [], skills: [] },
      now,
    );
    const third = await newWorkshop(['ABC234']);
    expect(third.code).toBe('ABC234');
    expect((await findOpenWorkshopByCode(db, 'ABC234'))?.id).toBe(third.id);
    expect((await closedWorkshops(db, projectId)).map((row) => row.id)).toEqual([first.id]);
  });

  it('numbers events per workshop and refuses a repeated message id of the same participant', async () => {
    const workshop = await newWorkshop(['EVT234']);
    const participant = await insertWorkshopParticipant(
      db,
      { workshopId: workshop.id, tokenSha256: 'hash-1', name: 'Ayşe', isFacilitator: false },
      now,
    );
    const event = (seq: number, messageId: string | null) => ({
      workshopId: workshop.id,
      seq,
      participantId: participant.id,
      messageId,
      command: { type: 'leave' as const, participantId: participant.id },
      at: new Date(now.getTime() + seq),
    });
    expect(await insertWorkshopEvent(db, event(1, 'm1'))).toBe(true);
    expect(await insertWorkshopEvent(db, event(2, 'm1'))).toBe(false);
    expect(await insertWorkshopEvent(db, event(2, 'm2'))).toBe(true);
    // Without a message id (server commands) nothing is deduplicated.
    expect(await insertWorkshopEvent(db, event(3, null))).toBe(true);
    expect(await insertWorkshopEvent(db, event(4, null))).toBe(true);
    const after = await workshopEventsAfter(db, workshop.id, 1);
    expect(after.map((row) => [row.seq, row.messageId])).toEqual([
      [2, 'm2'],
      [3, null],
      [4, null],
    ]);
    expect(after[0]?.at.getTime()).toBe(now.getTime() + 2);
    await expect(insertWorkshopEvent(db, event(4, 'm9'))).rejects.toThrow();
    await insertWorkshopEvents(db, [event(5, 'm5'), event(6, 'm6')]);
    expect(await workshopMessagesSeen(db, workshop.id, ['m2', 'm6', 'm7'])).toEqual(
      new Set([`${participant.id} m2`, `${participant.id} m6`]),
    );
  });

  it('keeps one facilitator seat per user and workshop, the latest token replacing the old', async () => {
    const workshop = await newWorkshop(['FAC234']);
    const user = await createUser(db, {
      email: 'fatma@example.com',
      name: 'Fatma',
      passwordHash: 'x',
      isAdmin: false,
    });
    const first = await issueFacilitatorParticipant(db, workshop.id, user, 'token-a', now);
    const second = await issueFacilitatorParticipant(db, workshop.id, user, 'token-b', now);
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ isFacilitator: true, name: 'Fatma', userId: user.id });
    expect(await findWorkshopParticipantByToken(db, workshop.id, 'token-a')).toBeUndefined();
    expect((await findWorkshopParticipantByToken(db, workshop.id, 'token-b'))?.id).toBe(first.id);
  });

  it('deletes a workshop with its participants and events, only in its own project', async () => {
    const workshop = await newWorkshop(['DEL234']);
    await insertWorkshopParticipant(
      db,
      { workshopId: workshop.id, tokenSha256: 'hash-del', name: null, isFacilitator: false },
      now,
    );
    const otherProject = (
      await createProject(db, projectInputSchema.parse({ name: 'Other' }), null)
    ).id;
    expect(await deleteWorkshop(db, otherProject, workshop.id)).toBe(false);
    expect(await deleteWorkshop(db, projectId, workshop.id)).toBe(true);
    expect(await findWorkshopParticipantByToken(db, workshop.id, 'hash-del')).toBeUndefined();
    expect(await findOpenWorkshopByCode(db, 'DEL234')).toBeUndefined();
  });
});
