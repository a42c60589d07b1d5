// A round's items as the wall shows them: each item not grouped under another, with the items
// grouped under it. Pure, for the console and the projector.

import type { RoundView } from '@kume/core';

export type ViewItem = RoundView['items'][number];

export interface ItemGroup {
  item: ViewItem;
  /** Items grouped under it, in the order added. */
  members: ViewItem[];
}

/**
 * The heads (groupId null) in the order added, each with its members. An item whose head is
 * missing (removed) is shown as a head, so nothing a participant wrote disappears from view.
 */
export function itemGroups(items: readonly ViewItem[]): ItemGroup[] {
  const ids = new Set(items.map((item) => item.id));
  const heads = items.filter((item) => item.groupId === null || !ids.has(item.groupId));
  return heads.map((head) => ({
    item: head,
    members: items.filter((item) => item.groupId === head.id && item.id !== head.id),
  }));
}
