// The brainstorm and group phases' commands: adding, editing, removing and grouping items.
// Called by applyCommand after it has checked the actor, the round and the facilitator rights.

import { type WorkshopCommand, type WorkshopError, workshopError } from './workshopCommand';
import { MAX_ITEM_LENGTH, type RoundDefinition } from './workshopModel';
import type { Instant, Participant, RoundState, WorkshopItem } from './workshopState';

/** Items one round holds at most: a backstop against floods, far above any real workshop. */
export const MAX_ITEMS_PER_ROUND = 500;

type ItemCommand = Extract<
  WorkshopCommand,
  { type: 'add_item' | 'edit_item' | 'remove_item' | 'group_items' | 'ungroup_item' }
>;

/** The trimmed text, or the reason it cannot be an item. */
export function itemText(raw: string): string | WorkshopError {
  const text = raw.trim();
  if (!text) return workshopError('empty_text', 'the text is empty');
  if (text.length > MAX_ITEM_LENGTH) {
    return workshopError('text_too_long', `at most ${MAX_ITEM_LENGTH} characters`);
  }
  return text;
}

function findItem(round: RoundState, itemId: string): WorkshopItem | WorkshopError {
  return (
    round.items.find((item) => item.id === itemId) ??
    workshopError('unknown_item', `no item ${itemId} in this round`)
  );
}

function isError<T extends object>(value: T | WorkshopError): value is WorkshopError {
  return 'code' in value && 'message' in value;
}

function inPhases(round: RoundState, phases: readonly RoundState['phase'][]): WorkshopError | null {
  return phases.includes(round.phase)
    ? null
    : workshopError(
        'wrong_phase',
        `allowed in ${phases.join(' or ')}, the round is in ${round.phase}`,
      );
}

/** The round after the item command, or why it is refused. */
export function applyItemCommand(
  definition: RoundDefinition,
  round: RoundState,
  command: ItemCommand,
  actor: Participant,
  now: Instant,
): RoundState | WorkshopError {
  switch (command.type) {
    case 'add_item': {
      const wrongPhase = inPhases(round, ['brainstorm']);
      if (wrongPhase) return wrongPhase;
      const text = itemText(command.text);
      if (typeof text !== 'string') return text;
      const categories = definition.categories ?? [];
      const categoryId = command.categoryId ?? null;
      if (categories.length > 0 || categoryId !== null) {
        if (!categories.some((category) => category.id === categoryId)) {
          return workshopError('unknown_category', "choose one of the round's headings");
        }
      }
      if (round.items.length >= MAX_ITEMS_PER_ROUND) {
        return workshopError('too_many_items', `at most ${MAX_ITEMS_PER_ROUND} items in a round`);
      }
      const item: WorkshopItem = {
        id: `i${round.nextItemNumber}`,
        text,
        authorId: actor.id,
        categoryId,
        groupId: null,
        sourceItemId: null,
        createdAt: now,
      };
      return { ...round, items: [...round.items, item], nextItemNumber: round.nextItemNumber + 1 };
    }
    case 'edit_item': {
      const wrongPhase = inPhases(round, ['brainstorm', 'group']);
      if (wrongPhase) return wrongPhase;
      const item = findItem(round, command.itemId);
      if (isError(item)) return item;
      const text = itemText(command.text);
      if (typeof text !== 'string') return text;
      return {
        ...round,
        items: round.items.map((each) => (each === item ? { ...each, text } : each)),
      };
    }
    case 'remove_item': {
      const wrongPhase = inPhases(
        round,
        actor.isFacilitator ? ['brainstorm', 'group'] : ['brainstorm'],
      );
      if (wrongPhase) return wrongPhase;
      const item = findItem(round, command.itemId);
      if (isError(item)) return item;
      if (!actor.isFacilitator && item.authorId !== actor.id) {
        return workshopError('not_author', 'only its author or the facilitator removes an item');
      }
      // Items grouped under the removed one stand alone again rather than vanish with it.
      const items = round.items
        .filter((each) => each !== item)
        .map((each) => (each.groupId === item.id ? { ...each, groupId: null } : each));
      return { ...round, items };
    }
    case 'group_items': {
      const wrongPhase = inPhases(round, ['group']);
      if (wrongPhase) return wrongPhase;
      const head = findItem(round, command.intoItemId);
      if (isError(head)) return head;
      if (head.groupId !== null) {
        return workshopError(
          'unknown_item',
          `${head.id} is itself grouped; group under ${head.groupId}`,
        );
      }
      for (const itemId of command.itemIds) {
        const item = findItem(round, itemId);
        if (isError(item)) return item;
        if (item.id === head.id)
          return workshopError('unknown_item', 'an item cannot join its own group');
      }
      const moved = new Set(command.itemIds);
      // Groups stay one level deep: the moved items' own groups come along under the new head.
      const items = round.items.map((each) =>
        moved.has(each.id) || (each.groupId !== null && moved.has(each.groupId))
          ? { ...each, groupId: head.id }
          : each,
      );
      return { ...round, items };
    }
    case 'ungroup_item': {
      const wrongPhase = inPhases(round, ['group']);
      if (wrongPhase) return wrongPhase;
      const item = findItem(round, command.itemId);
      if (isError(item)) return item;
      return {
        ...round,
        items: round.items.map((each) => (each === item ? { ...each, groupId: null } : each)),
      };
    }
  }
}
