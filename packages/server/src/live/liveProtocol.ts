// The WebSocket protocol of GET /api/live/:code: the messages, their validation and limits.
//
// Client -> server (JSON text frames, each at most 16 KB):
//   {type:'hello', token?: string, name?: string, organisationId?: string}
//                                                       join, or rejoin with the token of a welcome;
//                                                       organisationId: the participant's
//                                                       organisation in the working group (kept only
//                                                       when it is one of the group's; ignored on a
//                                                       rejoin); older clients leave it out
//   {type:'command', id: string (1-64 chars), body: object}   after the welcome; id is unique per
//                                                       participant: a repeat is acknowledged again
//                                                       and never runs twice
// Server -> client:
//   {type:'welcome', participantId, token}             keep the token to rejoin after a reconnect
//   {type:'state', version, view}                      after the welcome and after every change;
//                                                       versions only grow on one connection
//   {type:'ack', id, ok, code?, message?}              one per command (and per repeat)
//   {type:'error', code, message}                      bad_message (names the field), rate_limited,
//                                                       not_joined, already_joined, hello_refused,
//                                                       unknown_session; the connection stays open
//                                                       except for unknown_session
// Close codes: 4404 unknown join code, 1009 message over 16 KB, 4429 flood (messages kept coming
// while rate-limited), 1001 server going away.

import { z } from 'zod';

export const CLOSE_UNKNOWN_SESSION = 4404;
export const CLOSE_TOO_BIG = 1009;
export const CLOSE_FLOOD = 4429;

const helloMessage = z.object({
  type: z.literal('hello'),
  token: z.string().min(1).max(200).nullish(),
  name: z.string().trim().min(1).max(80).nullish(),
  /** Checked by the session, not here: an unknown id is ignored, not refused. */
  organisationId: z.string().min(1).max(64).nullish(),
});

const commandMessage = z.object({
  type: z.literal('command'),
  id: z.string().min(1).max(64),
  body: z.record(z.string(), z.unknown()),
});

export type HelloMessage = z.infer<typeof helloMessage>;
export type CommandMessage = z.infer<typeof commandMessage>;
export type ClientMessage = HelloMessage | CommandMessage;

export type ServerMessage =
  | { type: 'welcome'; participantId: string; token: string }
  | { type: 'state'; version: number; view: unknown }
  | { type: 'ack'; id: string; ok: boolean; code?: string; message?: string }
  | { type: 'error'; code: string; message: string };

/** A client frame read: the message, or what is wrong with it (naming the field). */
export function readClientMessage(text: string): { message: ClientMessage } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'the message is not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { error: 'the message must be a JSON object' };
  const type = (value as Record<string, unknown>).type;
  if (typeof type !== 'string') return { error: 'type: required, "hello" or "command"' };
  const schema = type === 'hello' ? helloMessage : type === 'command' ? commandMessage : null;
  if (!schema)
    return { error: `type: unknown message type "${type.slice(0, 40)}" (hello or command)` };
  const parsed = schema.safeParse(value);
  if (parsed.success) return { message: parsed.data };
  const issue = parsed.error.issues[0];
  return { error: `${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'invalid'}` };
}
