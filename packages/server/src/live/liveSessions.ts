// The seam between the live layer and what runs live (the workshop engine): the socket plugin
// speaks the protocol, a LiveSessions implementation decides what commands do and what each
// participant sees.

/** Finds what a join code opens. */
export interface LiveSessions {
  /** The session behind a join code, or null when no live session has this code. */
  open(code: string): Promise<LiveSession | null>;
}

/** What a participant gets from joining: who they are and the token to rejoin as them. */
export type LiveHello = { participantId: string; token: string } | { error: string };

export type LiveCommandResult = { ok: true } | { ok: false; code: string; message: string };

/**
 * One live session (a workshop). Its implementation stores every change in the database and
 * then publishes a small notice on `channel` through the LiveHub (e.g. `{"version":12}`); every
 * instance then sends each of its connections a fresh view.
 */
export interface LiveSession {
  /** The hub channel of this session's notices; connections to the same session share it. */
  channel: string;
  /**
   * Joins: with a token issued earlier, as that participant again (a reconnect); without one, as
   * a new participant named `name` (null: anonymous, where the session allows it), of the
   * organisation the client says (the session keeps it only when it can vouch for it).
   */
  hello(
    token: string | null,
    name: string | null,
    organisationId?: string | null,
  ): Promise<LiveHello>;
  /**
   * Runs one command of a participant. `messageId` is the client's id for it: the socket layer
   * already answers repeats it has seen, the implementation may store it to catch repeats that
   * reach another instance. Rejections (a closed round, too many votes) are results, not throws.
   */
  command(participantId: string, body: unknown, messageId: string): Promise<LiveCommandResult>;
  /**
   * What this participant sees now, and the version it reflects: a number that grows with every
   * change of the session (the socket layer never sends a connection an older version than the
   * last one it sent, so out-of-order reloads cannot roll a screen back).
   */
  view(participantId: string): Promise<LiveView>;
}

export interface LiveView {
  version: number;
  view: unknown;
}

/** No live sessions at all: every code is unknown (until the workshop engine is plugged in). */
export const noLiveSessions: LiveSessions = { open: async () => null };
