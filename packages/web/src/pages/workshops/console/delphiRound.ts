// Pure helpers of the console's Delphi round: whether another iteration can start, the previous
// iteration's answers per item, and the items typed in the new-workshop form.

import { MAX_ITEM_LENGTH, type RoundView } from '@kume/core';

/** Most items a Delphi round is created with (the server's limit). */
export const MAX_DELPHI_ITEMS = 30;

/**
 * Why the facilitator cannot start another iteration, or 'ready': the round is not live here
 * (offline, closed), not in its vote phase, the answers have settled, or the last iteration runs.
 */
export type DelphiNext = 'ready' | 'offline' | 'closed' | 'wrong_phase' | 'settled' | 'finished';

export function delphiNext(round: RoundView, connected: boolean): DelphiNext {
  const delphi = round.delphi;
  if (!connected) return 'offline';
  if (round.closed) return 'closed';
  if (delphi?.settled) return 'settled';
  if (!delphi || delphi.iteration >= delphi.maxIterations) return 'finished';
  if (round.phase !== 'vote') return 'wrong_phase';
  return 'ready';
}

/** One item's answers in the previous iteration, with its text; null numbers when nobody rated it. */
export interface DelphiRow {
  itemId: string;
  text: string;
  count: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  iqr: number | null;
}

/**
 * The previous iteration's summary in the round's item order (items no longer in the round are
 * left out); empty during the first iteration.
 */
export function delphiRows(round: RoundView): DelphiRow[] {
  const previous = round.delphi?.previous;
  if (!previous) return [];
  const texts = new Map(round.items.map((item) => [item.id, item.text]));
  return previous.items.flatMap(({ itemId, count, median, q1, q3, iqr }) => {
    const text = texts.get(itemId);
    return text === undefined ? [] : [{ itemId, text, count, median, q1, q3, iqr }];
  });
}

/**
 * The items typed one per line: trimmed, blank lines and repeats dropped. `problem` says what the
 * server would refuse: more than MAX_DELPHI_ITEMS items, or an item longer than MAX_ITEM_LENGTH.
 * No items means "the project's success factors".
 */
export function delphiItems(text: string): {
  items: string[];
  problem: 'too_many' | 'too_long' | null;
} {
  const items = [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    ),
  ];
  const problem =
    items.length > MAX_DELPHI_ITEMS
      ? 'too_many'
      : items.some((item) => item.length > MAX_ITEM_LENGTH)
        ? 'too_long'
        : null;
  return { items, problem };
}
