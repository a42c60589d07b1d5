// For the workshop tests: a project's workshop created and opened through the REST API, and a
// participant driving a LiveSession directly (the socket layer's calls, without a socket).

import { randomUUID } from 'node:crypto';
import type { LiveCommandResult, LiveSession } from '../src/live/liveSessions';
import type { WorkshopDetail } from '../src/workshops/presentWorkshop';
import type { Agent } from './testApp';
import { expectStatus } from './projectFixtures';

/** Creates a workshop (a template id or a definition) and, unless `draft`, puts it live. */
export async function createWorkshop(
  agent: Agent,
  slug: string,
  body: Record<string, unknown>,
  options: { draft?: boolean } = {},
): Promise<WorkshopDetail> {
  const created = expectStatus(
    await agent.post(`/api/projects/${slug}/workshops`, body),
    201,
  ).json() as WorkshopDetail;
  if (options.draft) return created;
  return expectStatus(
    await agent.post(`/api/projects/${slug}/workshops/${created.id}/status`, { status: 'live' }),
    200,
  ).json() as WorkshopDetail;
}

/** The signed-in facilitator's seat token for a workshop. */
export async function facilitatorToken(agent: Agent, slug: string, id: string): Promise<string> {
  const response = expectStatus(
    await agent.post(`/api/projects/${slug}/workshops/${id}/facilitator-token`),
    200,
  );
  return (response.json() as { token: string }).token;
}

/** A participant of a session: joins, then sends commands with fresh (or given) message ids. */
export class SessionParticipant {
  private constructor(
    readonly session: LiveSession,
    readonly id: string,
    readonly token: string,
  ) {}

  static async join(
    session: LiveSession,
    name: string | null,
    token: string | null = null,
    organisationId: string | null = null,
  ): Promise<SessionParticipant> {
    const hello = await session.hello(token, name, organisationId);
    if ('error' in hello) throw new Error(`hello refused: ${hello.error}`);
    return new SessionParticipant(session, hello.participantId, hello.token);
  }

  send(
    body: Record<string, unknown>,
    messageId: string = randomUUID(),
  ): Promise<LiveCommandResult> {
    return this.session.command(this.id, body, messageId);
  }

  /** Sends and fails the test unless the command is accepted. */
  async must(body: Record<string, unknown>): Promise<void> {
    const result = await this.send(body);
    if (!result.ok)
      throw new Error(`${String(body.type)} refused: ${result.code} ${result.message}`);
  }

  async view<T>(): Promise<{ version: number; view: T }> {
    const { version, view } = await this.session.view(this.id);
    return { version, view: view as T };
  }
}
