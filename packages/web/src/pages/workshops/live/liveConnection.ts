// The live connection's state as a pure reducer (useLiveWorkshop drives it from WebSocket events),
// and the reconnect backoff. Kept free of React and the socket so it can be unit-tested.

import type { WorkshopView } from '@kume/core';

export type LiveStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** The workshop's own status, as the server's state message carries it around the view. */
export type LiveWorkshopStatus = 'draft' | 'live' | 'closed' | 'deleted';

export interface LiveError {
  /** A live error code (unknown_session, hello_refused, rate_limited, ...) or a workshop one. */
  code: string;
  /** The server's English message, for logs; the UI words the code (workshopErrorText). */
  message: string;
}

export interface LiveConnectionState {
  status: LiveStatus;
  participantId: string | null;
  token: string | null;
  view: WorkshopView | null;
  workshopStatus: LiveWorkshopStatus | null;
  /** The version of the view shown; -1 before the first state message. */
  version: number;
  error: LiveError | null;
  /** Failed connections in a row since the last welcome (drives the backoff). */
  attempt: number;
}

export type LiveConnectionEvent =
  | { type: 'welcome'; participantId: string; token: string }
  | {
      type: 'state';
      version: number;
      view: WorkshopView | null;
      workshopStatus: LiveWorkshopStatus | null;
    }
  | { type: 'error'; error: LiveError }
  /** The socket closed and a reconnect is scheduled. */
  | { type: 'lost' }
  /** The socket closed for good: unknown code, refused hello, or the page left. */
  | { type: 'closed'; error: LiveError | null };

export const initialLiveConnection = (token: string | null): LiveConnectionState => ({
  status: 'connecting',
  participantId: null,
  token,
  view: null,
  workshopStatus: null,
  version: -1,
  error: null,
  attempt: 0,
});

/**
 * The next connection state. Returns the same object when nothing a screen shows changes (an
 * older or repeated version, a repeated status), so React skips the re-render.
 */
export function liveConnectionReducer(
  state: LiveConnectionState,
  event: LiveConnectionEvent,
): LiveConnectionState {
  switch (event.type) {
    case 'welcome':
      return {
        ...state,
        status: 'open',
        participantId: event.participantId,
        token: event.token,
        error: null,
        attempt: 0,
      };
    case 'state':
      // Versions only grow on one connection, but a reconnect may land on an older replica.
      if (event.version <= state.version) return state;
      return {
        ...state,
        view: event.view,
        workshopStatus: event.workshopStatus,
        version: event.version,
      };
    case 'error':
      if (state.error?.code === event.error.code && state.error.message === event.error.message)
        return state;
      return { ...state, error: event.error };
    case 'lost':
      if (state.status === 'closed') return state;
      return { ...state, status: 'reconnecting', attempt: state.attempt + 1 };
    case 'closed':
      return { ...state, status: 'closed', error: event.error ?? state.error };
  }
}

/** Milliseconds before reconnect attempt `attempt` (1-based): 0.5 s doubling, at most 5 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(500 * 2 ** Math.max(0, attempt - 1), 5_000);
}
