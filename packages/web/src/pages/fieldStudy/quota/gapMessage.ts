// A quota gap as a sentence's translation key and values: "2 more firms from Torbalı",
// "Torbalı'dan henüz firma yok". The Turkish sentences take the ablative form of the name.

import type { QuotaGap } from '@kume/core';
import { withAblative } from './turkishAblative';

export interface GapMessage {
  /** A key of the `fieldwork` namespace, e.g. `quota.gap.district.none`. */
  key: string;
  values: {
    count: number;
    /** The value as the registry spells it (a size class's label for size gaps). */
    name: string;
    /** The name with the Turkish ablative suffix: "Torbalı'dan". */
    nameFrom: string;
  };
}

/**
 * The key and values of a gap's sentence. `labelOf` names a size class in the UI language (the
 * registry's stage and district values are shown as they are spelt).
 */
export function gapMessage(gap: QuotaGap, labelOf: (sizeClass: string) => string): GapMessage {
  const name = gap.segment === 'size' ? labelOf(gap.value) : gap.value;
  return {
    key: `quota.gap.${gap.segment}.${gap.kind}`,
    values: { count: gap.missing, name, nameFrom: withAblative(name) },
  };
}
