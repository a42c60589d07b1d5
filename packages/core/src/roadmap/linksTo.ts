// The links between actions and roadmap items: which actions an item is linked from (so deleting
// it can be refused with the list) and which keys of an action name no item.

/**
 * The actions whose itemKeys include `itemKey`, in input order, cancelled ones included: a link
 * is a link, and deleting the item would silently drop it. Empty when nothing links it.
 */
export function linksTo<A extends { itemKeys: readonly string[] }>(
  itemKey: string,
  actions: readonly A[],
): A[] {
  return actions.filter((action) => action.itemKeys.includes(itemKey));
}

/** The keys of `itemKeys` that are not among the roadmap's items, in input order. */
export function unknownItemKeys(
  itemKeys: readonly string[],
  items: readonly { key: string }[],
): string[] {
  const known = new Set(items.map((item) => item.key));
  return itemKeys.filter((key) => !known.has(key));
}
