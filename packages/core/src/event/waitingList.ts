// The waiting list's order: who moves up when a seat is freed, and each waiting guest's position.

/** A waiting guest as the queue needs them; `createdAt` in epoch milliseconds. */
export interface QueuedRegistration {
  id: string;
  createdAt: number;
}

/** The waiting guests in queue order: first registered first; ties (same instant) by id. */
export function waitingListOrder<T extends QueuedRegistration>(waiting: readonly T[]): T[] {
  return [...waiting].sort((a, b) =>
    a.createdAt !== b.createdAt
      ? a.createdAt - b.createdAt
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0,
  );
}

/**
 * The waiting guests who take the free seats, in queue order: as many as seats are free
 * (capacity - registered, none when the event is full or over capacity).
 */
export function guestsToPromote<T extends QueuedRegistration>(
  capacity: number,
  registered: number,
  waiting: readonly T[],
): T[] {
  const free = Math.max(0, capacity - registered);
  return waitingListOrder(waiting).slice(0, free);
}

/** Each waiting guest's position in the queue, from 1, by id. */
export function waitingListPositions(waiting: readonly QueuedRegistration[]): Map<string, number> {
  return new Map(waitingListOrder(waiting).map((guest, index) => [guest.id, index + 1]));
}
