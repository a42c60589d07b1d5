// The map as the export writers take it: the shown nodes with their position, size and colour as
// drawn, and the shown relations, each with the attributes written beside them.

export type AttributeValue = string | number | boolean | null;

export interface ExportNode {
  id: string;
  label: string;
  /** Graph coordinates, y up (sigma's). */
  x: number;
  y: number;
  /** Radius in pixels at zoom 1. */
  size: number;
  /** `#rrggbb`. */
  colour: string;
  attributes: Record<string, AttributeValue>;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  /** Thickness in pixels at zoom 1. */
  size: number;
  colour: string;
  attributes: Record<string, AttributeValue>;
}

/** `#rrggbb` (or `#rgb`) to its channels; black for anything else. */
export function rgbOf(colour: string): [number, number, number] {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  const parts = long ? long.slice(1) : short ? short.slice(1).map((c) => c + c) : null;
  if (!parts) return [0, 0, 0];
  return parts.map((p) => parseInt(p, 16)) as [number, number, number];
}

/** The attribute names used by any item, in first-seen order. */
export function attributeNames(items: readonly { attributes: Record<string, AttributeValue> }[]) {
  const names = new Set<string>();
  for (const item of items) for (const name of Object.keys(item.attributes)) names.add(name);
  return [...names];
}

/** `double` when every non-null value of the attribute is a number, `boolean` likewise, else `string`. */
export function attributeType(
  items: readonly { attributes: Record<string, AttributeValue> }[],
  name: string,
): 'double' | 'boolean' | 'string' {
  const values = items.map((i) => i.attributes[name]).filter((v) => v !== null && v !== undefined);
  if (values.length > 0 && values.every((v) => typeof v === 'number')) return 'double';
  if (values.length > 0 && values.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'string';
}
