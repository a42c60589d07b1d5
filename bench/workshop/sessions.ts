// The live sessions the workshop bench drives. Until the workshop engine exists, a counter that
// stores each vote as a row (so the bench measures a database write per vote) under join code
// BENCH; workshopSessions is the one function to point at the real engine.

import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '@kume/db';
import type { LiveHub } from '../../packages/server/src/live/liveHub';
import type { LiveSession, LiveSessions } from '../../packages/server/src/live/liveSessions';

export const BENCH_CODE = 'BENCH';
/** The bench's own table, made on its throwaway database; run.mjs audits it after the run. */
export const BENCH_TABLE = 'bench_live_vote';

/** The seam: the real workshop's LiveSessions replace this counter here. */
export async function workshopSessions(database: Database, hub: LiveHub): Promise<LiveSessions> {
  return counterSessions(database, hub);
}

async function counterSessions(database: Database, hub: LiveHub): Promise<LiveSessions> {
  const { db } = database;
  await db.execute(
    sql.raw(
      `CREATE TABLE IF NOT EXISTS ${BENCH_TABLE} (id bigserial PRIMARY KEY, participant_id text NOT NULL, message_id text NOT NULL)`,
    ),
  );
  const channel = `bench:${BENCH_CODE}`;
  const tokens = new Map<string, string>();
  // The view comes from memory (one instance), so a fan-out costs no query per participant.
  const mine = new Map<string, number>();
  let total = 0;
  let version = 0;
  const session: LiveSession = {
    channel,
    async hello(token) {
      if (token) {
        const participantId = tokens.get(token);
        return participantId ? { participantId, token } : { error: 'unknown token' };
      }
      const participant = { participantId: randomUUID(), token: randomUUID() };
      tokens.set(participant.token, participant.participantId);
      return participant;
    },
    async command(participantId, body, messageId) {
      if ((body as { vote?: unknown }).vote !== true)
        return { ok: false, code: 'unknown_command', message: 'send {vote: true}' };
      const result = await db.execute(
        sql`INSERT INTO ${sql.raw(BENCH_TABLE)} (participant_id, message_id) VALUES (${participantId}, ${messageId}) RETURNING id`,
      );
      const id = Number((result as unknown as { rows: { id: string | number }[] }).rows[0]?.id);
      total += 1;
      mine.set(participantId, (mine.get(participantId) ?? 0) + 1);
      version = Math.max(version, id);
      await hub.publish(channel, JSON.stringify({ version: id }));
      return { ok: true };
    },
    async view(participantId) {
      return { version, view: { total, mine: mine.get(participantId) ?? 0 } };
    },
  };
  return { open: async (code) => (code === BENCH_CODE ? session : null) };
}
