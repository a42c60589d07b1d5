// Roadmap item keys that name a workshop (`vision:<w>`, `factor:<w>:<item>`, `skill:<w>:<item>`)
// across a bundle: written with the workshop's bundle key, renamed to the new workshop's id on import.

/** The key prefixes whose first part is a workshop. */
const WORKSHOP_PREFIXES = ['vision:', 'factor:', 'skill:'] as const;

/**
 * The workshop key (of those given) that a workshop item's key names, or null: for a key of
 * another kind, or when no given key fits. `vision:<w>` names `<w>` whole; `factor:` and
 * `skill:` keys name `<w>` before the item id. When two workshop keys fit (`a` and `a:b` for
 * `factor:a:b:i1`) the longer is taken: Kume's own keys (database ids) have no colon.
 */
export function workshopKeyOfItemKey(
  itemKey: string,
  workshopKeys: Iterable<string>,
): string | null {
  const prefix = WORKSHOP_PREFIXES.find((p) => itemKey.startsWith(p));
  if (prefix === undefined) return null;
  const rest = itemKey.slice(prefix.length);
  let found: string | null = null;
  for (const key of workshopKeys) {
    const fits = prefix === 'vision:' ? rest === key : rest.startsWith(`${key}:`);
    if (fits && (found === null || key.length > found.length)) found = key;
  }
  return found;
}

/**
 * The item key with its workshop renamed by `ids` (bundle key -> new workshop id); other keys,
 * and keys naming a workshop `ids` lacks (deleted before the export), are returned as they are.
 */
export function renameWorkshopInItemKey(itemKey: string, ids: ReadonlyMap<string, string>): string {
  const key = workshopKeyOfItemKey(itemKey, ids.keys());
  const id = key === null ? undefined : ids.get(key);
  if (key === null || id === undefined) return itemKey;
  const prefix = itemKey.slice(0, itemKey.indexOf(':') + 1);
  return `${prefix}${id}${itemKey.slice(prefix.length + key.length)}`;
}
