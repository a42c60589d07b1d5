// The waiting list: first come first seated, positions from 1, as many promoted as seats are free.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guestsToPromote, waitingListOrder, waitingListPositions } from './waitingList';

const waiting = [
  { id: 'c', createdAt: 300 },
  { id: 'b', createdAt: 100 },
  { id: 'a', createdAt: 100 },
  { id: 'd', createdAt: 200 },
];

describe('waitingListOrder', () => {
  it('orders by registration time, ties by id', () => {
    expect(waitingListOrder(waiting).map((g) => g.id)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('gives positions from 1 in that order', () => {
    expect(Object.fromEntries(waitingListPositions(waiting))).toEqual({ a: 1, b: 2, d: 3, c: 4 });
  });
});

describe('guestsToPromote', () => {
  it('promotes the first waiting guests into the free seats', () => {
    expect(guestsToPromote(10, 8, waiting).map((g) => g.id)).toEqual(['a', 'b']);
    expect(guestsToPromote(10, 0, waiting)).toHaveLength(4);
  });

  it('promotes nobody when the event is full or over capacity', () => {
    expect(guestsToPromote(10, 10, waiting)).toEqual([]);
    expect(guestsToPromote(10, 12, waiting)).toEqual([]);
  });

  it('always promotes a prefix of the queue, never past the capacity (property)', () => {
    const guest = fc.record({ id: fc.uuid(), createdAt: fc.nat(1_000) });
    fc.assert(
      fc.property(
        fc.nat(30),
        fc.nat(40),
        fc.array(guest, { maxLength: 30 }),
        (capacity, registered, queue) => {
          const promoted = guestsToPromote(capacity, registered, queue);
          expect(promoted).toEqual(waitingListOrder(queue).slice(0, promoted.length));
          expect(registered + promoted.length).toBeLessThanOrEqual(Math.max(capacity, registered));
          if (promoted.length < queue.length)
            expect(registered + promoted.length).toBeGreaterThanOrEqual(capacity);
        },
      ),
    );
  });
});
