// The facilitator's seat in a live workshop, shared by the console and the projector on this
// device: the token is asked for once (POST facilitator-token, which retires the one before) and
// kept per workshop, so opening the projector does not push the console out, nor the reverse.

import { useCallback, useEffect, useRef, useState } from 'react';
import { takeFacilitatorSeat } from './workshopQueries';

/** Where this device keeps the facilitator's token of a workshop. */
export const seatStorageKey = (workshopId: string) => `kume.workshop.seat.${workshopId}`;

function readSeat(workshopId: string): string | null {
  try {
    return localStorage.getItem(seatStorageKey(workshopId));
  } catch {
    return null; // storage blocked: a new seat each time
  }
}

function writeSeat(workshopId: string, token: string | null) {
  try {
    if (token === null) localStorage.removeItem(seatStorageKey(workshopId));
    else localStorage.setItem(seatStorageKey(workshopId), token);
  } catch {
    // storage blocked: the seat lasts as long as the page
  }
}

/** A refused token is replaced at most this often in a row, so a broken server is not hammered. */
const MAX_RENEWALS = 3;

export interface FacilitatorSeatState {
  /** null while asking for one (or when not enabled). */
  token: string | null;
  error: unknown;
  /**
   * The live socket refused `stale`: take the token another screen stored since, or a new seat.
   */
  renew: (stale: string) => void;
}

export function useFacilitatorSeat(
  slug: string,
  workshopId: string,
  enabled: boolean,
): FacilitatorSeatState {
  const [token, setToken] = useState<string | null>(() => readSeat(workshopId));
  const [error, setError] = useState<unknown>(null);
  const renewals = useRef(0);
  const asking = useRef(false);

  useEffect(() => {
    if (!enabled || token !== null || asking.current) return;
    // One request even when effects run twice (StrictMode): the answer is kept either way.
    asking.current = true;
    takeFacilitatorSeat(slug, workshopId)
      .then((seat) => {
        writeSeat(workshopId, seat.token);
        setToken(seat.token);
      })
      .catch((reason: unknown) => setError(reason))
      .finally(() => {
        asking.current = false;
      });
  }, [enabled, token, slug, workshopId]);

  const renew = useCallback(
    (stale: string) => {
      if (renewals.current >= MAX_RENEWALS) return;
      renewals.current += 1;
      const stored = readSeat(workshopId);
      if (stored !== null && stored !== stale) return setToken(stored);
      writeSeat(workshopId, null);
      setToken(null);
    },
    [workshopId],
  );

  return { token, error, renew };
}
