// The workshops as the live layer sees them (LiveSessions): a join code opens a live workshop,
// hello makes or finds its participant, a command goes through the runtime's event log, and a view
// is core's participantView of the folded state.

import { createHash, randomBytes } from 'node:crypto';
import { participantView, type WorkshopCommand, workshopCommandSchema } from '@kume/core';
import {
  findOpenWorkshopByCode,
  findWorkshopParticipantByToken,
  insertWorkshopParticipant,
  type Db,
} from '@kume/db';
import type {
  LiveCommandResult,
  LiveHello,
  LiveSession,
  LiveSessions,
  LiveView,
} from '../live/liveSessions';
import { normaliseJoinCode } from './joinCode';
import { trustedOrganisationId } from './workingGroupAttendance';
import { refuse, workshopChannel, type WorkshopRuntime, workshopVersion } from './workshopRuntime';

/** SHA-256 of a participant token, hex: all the database keeps of it. */
export function hashParticipantToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new participant token: 32 random bytes, base64url (43 characters). */
export function newParticipantToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What a live screen receives: the workshop's status and code around core's view. */
export interface LiveWorkshopView {
  status: 'draft' | 'live' | 'closed' | 'deleted';
  code: string | null;
  workshop: ReturnType<typeof participantView> | null;
}

/** Reads a client's command body: any workshop command but join, the actor set by the server. */
export function readCommandBody(
  participantId: string,
  body: unknown,
): { command: WorkshopCommand } | Extract<LiveCommandResult, { ok: false }> {
  const fields = typeof body === 'object' && body !== null ? body : {};
  const parsed = workshopCommandSchema.safeParse({ ...fields, participantId });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'body';
    return { ok: false, code: 'bad_command', message: `${where}: ${issue?.message ?? 'invalid'}` };
  }
  if (parsed.data.type === 'join')
    return { ok: false, code: 'bad_command', message: 'type: join by saying hello' };
  return { command: parsed.data };
}

export class WorkshopSession implements LiveSession {
  readonly channel: string;

  constructor(
    private readonly db: Db,
    private readonly runtime: WorkshopRuntime,
    readonly workshopId: string,
  ) {
    this.channel = workshopChannel(workshopId);
  }

  async hello(
    token: string | null,
    name: string | null,
    organisationId: string | null = null,
  ): Promise<LiveHello> {
    if (token !== null) return this.rejoin(token, name);
    const folded = await this.runtime.current(this.workshopId);
    if (!folded) return { error: 'This workshop no longer exists.' };
    if (name === null && !folded.row.definition.anonymousJoin)
      return { error: 'This workshop asks for your name.' };
    // Kept only when it is one of the confirmed working group's: never trust the client.
    const organisation = await trustedOrganisationId(this.db, folded.row.projectId, organisationId);
    const fresh = newParticipantToken();
    let participantId = '';
    const result = await this.runtime.append(this.workshopId, async (tx) => {
      const row = await insertWorkshopParticipant(
        tx,
        {
          workshopId: this.workshopId,
          tokenSha256: hashParticipantToken(fresh),
          name,
          organisationId: organisation,
          isFacilitator: false,
        },
        this.runtime.now(),
      );
      participantId = row.id;
      return { type: 'join', participantId, name, isFacilitator: false };
    });
    return result.ok ? { participantId, token: fresh } : { error: result.message };
  }

  /** A reconnect: the same participant, joined again if they had left or never joined. */
  private async rejoin(token: string, name: string | null): Promise<LiveHello> {
    const participant = await findWorkshopParticipantByToken(
      this.db,
      this.workshopId,
      hashParticipantToken(token),
    );
    if (!participant) return { error: 'This token is not known to this workshop.' };
    const folded = await this.runtime.current(this.workshopId);
    const present = folded?.state.participants.find((p) => p.id === participant.id);
    if (present && !present.left) return { participantId: participant.id, token };
    const result = await this.runtime.append(this.workshopId, async (_tx, current) => {
      const now = current.state.participants.find((p) => p.id === participant.id);
      // Another connection of the same participant may have joined meanwhile.
      if (now && !now.left) refuse('already_present', 'joined already');
      return {
        type: 'join',
        participantId: participant.id,
        name: participant.name ?? name,
        isFacilitator: participant.isFacilitator,
      };
    });
    if (!result.ok && result.code !== 'already_present') return { error: result.message };
    return { participantId: participant.id, token };
  }

  async command(
    participantId: string,
    body: unknown,
    messageId: string,
  ): Promise<LiveCommandResult> {
    const read = readCommandBody(participantId, body);
    if (!('command' in read)) return read;
    return this.runtime.command(this.workshopId, {
      command: read.command,
      participantId,
      messageId,
    });
  }

  async view(participantId: string): Promise<LiveView> {
    const folded = await this.runtime.current(this.workshopId);
    if (!folded) {
      const gone: LiveWorkshopView = { status: 'deleted', code: null, workshop: null };
      return { version: Number.MAX_SAFE_INTEGER, view: gone };
    }
    const view: LiveWorkshopView = {
      status: folded.row.status,
      code: folded.row.code,
      workshop: participantView(folded.state, participantId) ?? null,
    };
    return { version: workshopVersion(folded), view };
  }
}

/** The LiveSessions of the workshops: a code opens the live workshop that has it. */
export function workshopLiveSessions(db: Db, runtime: WorkshopRuntime): LiveSessions {
  return {
    async open(code) {
      const row = await findOpenWorkshopByCode(db, normaliseJoinCode(code));
      return row?.status === 'live' ? new WorkshopSession(db, runtime, row.id) : null;
    },
  };
}
