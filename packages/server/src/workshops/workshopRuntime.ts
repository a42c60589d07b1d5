// Runs workshops from their event log: each command in one transaction under the workshop's
// advisory lock (checked against the state folded up to the last event, stored with its time,
// then announced on the hub), and a per-process cache of each workshop's folded state, so any
// number of server instances on one database agree and nothing is counted twice.

import {
  applyCommand,
  createWorkshopState,
  type WorkshopCommand,
  workshopResults,
  type WorkshopState,
} from '@kume/core';
import {
  findWorkshopById,
  insertWorkshopEvent,
  insertWorkshopEvents,
  lockWorkshop,
  type NewWorkshopEvent,
  updateWorkshopStatus,
  workshopEventsAfter,
  workshopMessagesSeen,
  type Db,
  type WorkshopRow,
  type schema,
} from '@kume/db';
import type { LiveHub } from '../live/liveHub';
import type { LiveCommandResult } from '../live/liveSessions';
import { CommandBatcher } from './commandBatcher';
import { Reloader } from './reloader';

type WorkshopStatus = schema.WorkshopStatus;

/** A workshop's state folded up to event `seq`, with the row it was read with. */
export interface FoldedWorkshop {
  row: WorkshopRow;
  seq: number;
  state: WorkshopState;
}

const STATUS_RANK: Record<WorkshopStatus, number> = { draft: 0, live: 1, closed: 2 };

/**
 * The version screens see: grows with every event and every status change (status only moves
 * forward, draft -> live -> closed, so the sum of two non-decreasing numbers grows when either does).
 */
export function workshopVersion(folded: FoldedWorkshop): number {
  return folded.seq + STATUS_RANK[folded.row.status];
}

/** The hub channel of a workshop's notices. */
export function workshopChannel(workshopId: string): string {
  return `workshop:${workshopId}`;
}

/** A refusal inside a transaction: thrown to roll it back, answered as a command result. */
class Refusal extends Error {
  constructor(readonly result: Extract<LiveCommandResult, { ok: false }>) {
    super(result.message);
  }
}

export function refuse(code: string, message: string): never {
  throw new Refusal({ ok: false, code, message });
}

/** Whether a status change is allowed: forward only; the same status again changes nothing. */
export function canMoveTo(from: WorkshopStatus, to: WorkshopStatus): boolean {
  return STATUS_RANK[to] >= STATUS_RANK[from] && to !== 'draft';
}

/** A participant's command as the live socket hands it over. */
export interface ParticipantCommand {
  command: WorkshopCommand;
  participantId: string;
  messageId: string;
}

/** Commands written in one transaction at most: bounds a transaction's time and size. */
const MAX_BATCH = 200;

export class WorkshopRuntime {
  private readonly cache = new Map<string, FoldedWorkshop>();
  private readonly batchers = new Map<
    string,
    CommandBatcher<ParticipantCommand, LiveCommandResult>
  >();
  private readonly reloaders = new Map<string, Reloader<FoldedWorkshop | undefined>>();
  private hub: LiveHub | null = null;

  constructor(
    private readonly db: Db,
    readonly now: () => Date,
  ) {}

  /** Announces changes on this hub from now on (set once the live layer has made it). */
  useHub(hub: LiveHub) {
    this.hub = hub;
  }

  /**
   * The workshop folded up to its latest committed event; concurrent callers share a reload.
   * undefined when the workshop does not exist (any more).
   */
  current(workshopId: string): Promise<FoldedWorkshop | undefined> {
    let reloader = this.reloaders.get(workshopId);
    if (!reloader) {
      reloader = new Reloader(() => this.reload(workshopId));
      this.reloaders.set(workshopId, reloader);
    }
    return reloader.get();
  }

  /**
   * Runs a participant's command. Commands of one workshop that arrive while a transaction is
   * being written are written together in the next (group commit): each is checked against the
   * state after the ones before it, exactly as if they had come one by one.
   */
  command(workshopId: string, command: ParticipantCommand): Promise<LiveCommandResult> {
    let batcher = this.batchers.get(workshopId);
    if (!batcher) {
      batcher = new CommandBatcher((batch) => this.appendBatch(workshopId, batch), MAX_BATCH);
      this.batchers.set(workshopId, batcher);
    }
    return batcher.submit(command);
  }

  private async appendBatch(
    workshopId: string,
    batch: readonly ParticipantCommand[],
  ): Promise<LiveCommandResult[]> {
    let next: FoldedWorkshop | null = null;
    const results = await this.db.transaction(async (tx) => {
      await lockWorkshop(tx, workshopId);
      const row = await findWorkshopById(tx, workshopId);
      if (!row || row.status !== 'live') {
        const refusal: LiveCommandResult = row
          ? {
              ok: false,
              code: 'workshop_not_live',
              message: `the workshop is ${row.status}, not live`,
            }
          : { ok: false, code: 'unknown_workshop', message: 'this workshop no longer exists' };
        return batch.map(() => refusal);
      }
      // Repeats of stored messages, and repeats within the batch, are answered ok and not applied.
      const seen = await workshopMessagesSeen(
        tx,
        workshopId,
        batch.map((entry) => entry.messageId),
      );
      const folded = await this.fold(tx, row);
      let { seq, state } = folded;
      const events: NewWorkshopEvent[] = [];
      const answers = batch.map(({ command, participantId, messageId }): LiveCommandResult => {
        const key = `${participantId} ${messageId}`;
        if (seen.has(key)) return { ok: true };
        const at = this.now();
        const result = applyCommand(state, command, at.getTime());
        if (!result.ok)
          return { ok: false, code: result.error.code, message: result.error.message };
        seen.add(key);
        seq += 1;
        state = result.state;
        events.push({ workshopId, seq, participantId, messageId, command, at });
        return { ok: true };
      });
      await insertWorkshopEvents(tx, events);
      if (events.length > 0) next = { row, seq, state };
      return answers;
    });
    if (next) {
      this.remember(next);
      await this.announce(next);
    }
    return results;
  }

  /**
   * Runs a server-made command (a join) built inside the transaction, so that it may first insert
   * rows such as the new participant: a refusal rolls everything back and comes back as a result.
   */
  async append(
    workshopId: string,
    makeCommand: (tx: Db, folded: FoldedWorkshop) => Promise<WorkshopCommand>,
  ): Promise<LiveCommandResult> {
    let next: FoldedWorkshop | null = null;
    try {
      await this.db.transaction(async (tx) => {
        await lockWorkshop(tx, workshopId);
        const row = await findWorkshopById(tx, workshopId);
        if (!row) refuse('unknown_workshop', 'this workshop no longer exists');
        if (row.status !== 'live')
          refuse('workshop_not_live', `the workshop is ${row.status}, not live`);
        const folded = await this.fold(tx, row);
        const command = await makeCommand(tx, folded);
        const at = this.now();
        const result = applyCommand(folded.state, command, at.getTime());
        if (!result.ok) refuse(result.error.code, result.error.message);
        const seq = folded.seq + 1;
        const participantId = 'participantId' in command ? command.participantId : null;
        await insertWorkshopEvent(tx, {
          workshopId,
          seq,
          participantId,
          messageId: null,
          command,
          at,
        });
        next = { row, seq, state: result.state };
      });
    } catch (error) {
      if (error instanceof Refusal) return error.result;
      throw error;
    }
    if (next) {
      this.remember(next);
      await this.announce(next);
    }
    return { ok: true };
  }

  /**
   * Moves the workshop to `status` under its lock; on closing, stores workshopResults of its final
   * state. `{ok: false, from}` for a move backwards (a closed workshop stays closed); undefined
   * when the workshop is gone. The same status again changes nothing and succeeds.
   */
  async setStatus(
    workshopId: string,
    status: WorkshopStatus,
  ): Promise<{ ok: true; row: WorkshopRow } | { ok: false; from: WorkshopStatus } | undefined> {
    const outcome = await this.db.transaction(async (tx) => {
      await lockWorkshop(tx, workshopId);
      const row = await findWorkshopById(tx, workshopId);
      if (!row) return undefined;
      if (!canMoveTo(row.status, status)) return { ok: false as const, from: row.status };
      if (row.status === status) return { ok: true as const, row, folded: null };
      const folded = await this.fold(tx, row);
      const results = status === 'closed' ? workshopResults(folded.state) : null;
      const updated = await updateWorkshopStatus(tx, workshopId, status, results, this.now());
      if (!updated) return undefined;
      return { ok: true as const, row: updated, folded: { ...folded, row: updated } };
    });
    if (!outcome?.ok) return outcome;
    if (outcome.folded) {
      this.remember(outcome.folded);
      await this.announce(outcome.folded);
    }
    return { ok: true, row: outcome.row };
  }

  /** Announces that a workshop is gone (deleted), so its screens reload and find nothing. */
  async forget(workshopId: string) {
    this.cache.delete(workshopId);
    await this.hub?.publish(workshopChannel(workshopId), JSON.stringify({ deleted: true }));
  }

  private async reload(workshopId: string): Promise<FoldedWorkshop | undefined> {
    const row = await findWorkshopById(this.db, workshopId);
    if (!row) {
      this.cache.delete(workshopId);
      return undefined;
    }
    const folded = await this.fold(this.db, row);
    return this.remember(folded);
  }

  /** The cached state brought up to the last committed event (read through `db`, maybe a tx). */
  private async fold(db: Db, row: WorkshopRow): Promise<FoldedWorkshop> {
    const cached = this.cache.get(row.id);
    let seq = cached?.seq ?? 0;
    let state = cached?.state ?? createWorkshopState(row.definition, row.createdAt.getTime());
    for (const event of await workshopEventsAfter(db, row.id, seq)) {
      // Every logged command was accepted once; at its own time it is accepted again.
      const result = applyCommand(state, event.command, event.at.getTime());
      if (result.ok) state = result.state;
      seq = event.seq;
    }
    return { row, seq, state };
  }

  /** Keeps the newest state and the furthest status seen; answers what is kept. */
  private remember(folded: FoldedWorkshop): FoldedWorkshop {
    const cached = this.cache.get(folded.row.id);
    const newer = !cached || folded.seq >= cached.seq ? folded : cached;
    const row =
      cached && STATUS_RANK[cached.row.status] > STATUS_RANK[folded.row.status]
        ? cached.row
        : folded.row;
    const kept = { ...newer, row };
    this.cache.set(folded.row.id, kept);
    return kept;
  }

  private async announce(folded: FoldedWorkshop) {
    await this.hub?.publish(
      workshopChannel(folded.row.id),
      JSON.stringify({ version: workshopVersion(folded), seq: folded.seq }),
    );
  }
}
