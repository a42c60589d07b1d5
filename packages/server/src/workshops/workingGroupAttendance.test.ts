// The working group in a live workshop: the join-code lookup lists the confirmed group's
// organisations, a participant's organisation is stored only when it is one of them, and the
// console sees which of them are present and which are missing.

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@kume/db';
import { addOrganisation, createProject, expectStatus } from '../../test/projectFixtures';
import { type Agent, createTestApp, type TestApp } from '../../test/testApp';
import { createWorkshop, SessionParticipant } from '../../test/workshopFixtures';
import type { LiveSession } from '../live/liveSessions';
import type { WorkshopAttendance } from './workingGroupAttendance';
import { workshopLiveSessions } from './workshopLiveSessions';
import { WorkshopRuntime } from './workshopRuntime';

describe('the working group in a live workshop', () => {
  let t: TestApp;
  let owner: Agent;
  let slug: string;
  let code: string;
  let workshopId: string;
  let session: LiveSession;
  const ids: Record<string, string> = {};

  const storedOrganisation = async (participant: SessionParticipant) => {
    const [row] = await t.database.db
      .select({ organisationId: schema.workshopParticipants.organisationId })
      .from(schema.workshopParticipants)
      .where(eq(schema.workshopParticipants.id, participant.id));
    return row?.organisationId;
  };

  beforeAll(async () => {
    t = await createTestApp();
    owner = await t.signUp('owner@example.com', { name: 'Fatma' });
    slug = await createProject(owner, 'Working group workshop');
    for (const [key, name] of [
      ['cekic', 'Çekiç Döküm'],
      ['bakir', 'Bakır Makina'],
      ['outside', 'Dış Kalıp'],
    ] as const)
      ids[key] = await addOrganisation(owner, slug, { name, type: 'firm' });
    const other = await createProject(owner, 'Another cluster');
    ids.foreign = await addOrganisation(owner, other, { name: 'Yabancı A.Ş.', type: 'firm' });
    expectStatus(
      await owner.put(`/api/projects/${slug}/working-group`, {
        memberIds: [ids.cekic, ids.bakir],
      }),
      200,
    );
    const workshop = await createWorkshop(owner, slug, { templateId: 'vision' });
    code = workshop.code;
    workshopId = workshop.id;
    const runtime = new WorkshopRuntime(t.database.db, () => new Date('2026-11-26T10:00:00Z'));
    session = (await workshopLiveSessions(t.database.db, runtime).open(code))!;
  });
  afterAll(() => t.close());

  it("lists the confirmed working group's organisations, id and name only, in Turkish order", async () => {
    const info = expectStatus(await t.anonymous().get(`/api/live/${code}/info`), 200).json();
    expect(info.organisations).toEqual([
      { id: ids.bakir, name: 'Bakır Makina' },
      { id: ids.cekic, name: 'Çekiç Döküm' },
    ]);
  });

  it("stores a participant's organisation when it is one of the working group's", async () => {
    const ayse = await SessionParticipant.join(session, 'Ayşe', null, ids.cekic);
    expect(await storedOrganisation(ayse)).toBe(ids.cekic);
  });

  it('ignores an organisation outside the working group, of another project, or no id at all', async () => {
    for (const [name, organisationId] of [
      ['Mehmet', ids.outside],
      ['Can', ids.foreign],
      ['Deniz', 'other'],
      ['Ece', null],
    ] as const) {
      const participant = await SessionParticipant.join(session, name, null, organisationId);
      expect(await storedOrganisation(participant)).toBeNull();
    }
  });

  it('shows the console who of the working group is present and who is missing', async () => {
    const attendance = expectStatus(
      await owner.get(`/api/projects/${slug}/workshops/${workshopId}/attendance`),
      200,
    ).json() as WorkshopAttendance;
    expect(attendance).toEqual({
      workingGroup: [
        { id: ids.bakir, name: 'Bakır Makina', present: [] },
        { id: ids.cekic, name: 'Çekiç Döküm', present: ['Ayşe'] },
      ],
      unaffiliated: 4,
    });
  });
});
