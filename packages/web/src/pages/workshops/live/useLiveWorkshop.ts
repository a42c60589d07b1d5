// The live workshop in a React screen (GET /api/live/:code, see the server's liveProtocol.ts): joins
// or rejoins with the token kept on this device, keeps the newest view, sends commands and waits for
// their ack. The socket work is LiveClient's; the state is liveConnectionReducer's.

import type { WorkshopView } from '@kume/core';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { type LiveAck, LiveClient } from './liveClient';
import {
  initialLiveConnection,
  type LiveError,
  type LiveStatus,
  type LiveWorkshopStatus,
  liveConnectionReducer,
} from './liveConnection';

export type { LiveAck } from './liveClient';

export interface LiveWorkshopOptions {
  code: string;
  /**
   * A token to join with (the facilitator's seat); it is not kept on the device. Without one the
   * token kept for the code is used, and a new participant's token is kept.
   */
  token?: string | null;
  /** The participant's name for a first join; ignored when rejoining with a token. */
  name?: string | null;
  /** The participant's organisation in the working group for a first join; null: none given. */
  organisationId?: string | null;
}

export interface LiveWorkshop {
  status: LiveStatus;
  participantId: string | null;
  token: string | null;
  /** The current round as this participant may see it; null before the first state or once deleted. */
  view: WorkshopView | null;
  /** The workshop's status (live, closed, ...); null before the first state. */
  workshopStatus: LiveWorkshopStatus | null;
  version: number;
  error: LiveError | null;
  /** Sends a command body (without participantId); resolves with the server's ack. Stable. */
  send: (body: Record<string, unknown>) => Promise<LiveAck>;
}

/** Where the participant token of a join code is kept on this device. */
export const tokenStorageKey = (code: string) =>
  `kume.workshop.${code.replace(/[\s-]/g, '').toUpperCase()}`;

export function storedWorkshopToken(code: string): string | null {
  try {
    return localStorage.getItem(tokenStorageKey(code));
  } catch {
    return null; // storage blocked (private mode): join afresh
  }
}

function keepToken(code: string, token: string | null) {
  try {
    if (token === null) localStorage.removeItem(tokenStorageKey(code));
    else localStorage.setItem(tokenStorageKey(code), token);
  } catch {
    // storage blocked: the participant joins afresh after a reload
  }
}

function liveUrl(code: string): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/api/live/${encodeURIComponent(code)}`;
}

export function useLiveWorkshop({
  code,
  token,
  name,
  organisationId,
}: LiveWorkshopOptions): LiveWorkshop {
  const given = token ?? null;
  const [state, dispatch] = useReducer(
    liveConnectionReducer,
    given ?? storedWorkshopToken(code),
    initialLiveConnection,
  );
  const clientRef = useRef<LiveClient | null>(null);
  // The name is read when the connection starts: typing a new one must not reconnect.
  const nameRef = useRef(name ?? null);
  const organisationRef = useRef(organisationId ?? null);

  useEffect(() => {
    const client = new LiveClient({
      url: liveUrl(code),
      token: given ?? storedWorkshopToken(code),
      name: nameRef.current,
      organisationId: organisationRef.current,
      createSocket: (url) => new WebSocket(url),
      onEvent: dispatch,
      onToken: given === null ? (kept) => keepToken(code, kept) : undefined,
    });
    clientRef.current = client;
    client.start();
    return () => {
      client.stop();
      if (clientRef.current === client) clientRef.current = null;
    };
  }, [code, given]);

  const send = useCallback(
    (body: Record<string, unknown>): Promise<LiveAck> =>
      clientRef.current?.send(body) ?? Promise.resolve({ ok: false, code: 'not_connected' }),
    [],
  );

  return {
    status: state.status,
    participantId: state.participantId,
    token: state.token,
    view: state.view,
    workshopStatus: state.workshopStatus,
    version: state.version,
    error: state.error,
    send,
  };
}
