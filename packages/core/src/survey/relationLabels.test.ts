// The relation labels: every type, location and frequency named, distinctly, in both languages.

import { describe, expect, it } from 'vitest';
import {
  RELATION_FREQUENCY_LABELS,
  RELATION_LOCATION_LABELS,
  RELATION_TYPE_LABELS,
} from './relationLabels';
import { RELATION_FREQUENCIES, RELATION_LOCATIONS, RELATION_TYPES } from './relationTypes';

describe('relation labels', () => {
  it.each([
    ['types', RELATION_TYPES, RELATION_TYPE_LABELS],
    ['locations', RELATION_LOCATIONS, RELATION_LOCATION_LABELS],
    ['frequencies', RELATION_FREQUENCIES, RELATION_FREQUENCY_LABELS],
  ] as const)('label all %s with distinct Turkish and English texts', (_name, values, labels) => {
    const table: Record<string, { tr: string; en: string }> = labels;
    expect(Object.keys(table).sort()).toEqual([...values].sort());
    for (const language of ['tr', 'en'] as const) {
      const texts = values.map((value) => table[value]?.[language] ?? '');
      expect(texts.every((text) => text.trim() !== '')).toBe(true);
      expect(new Set(texts).size).toBe(values.length);
    }
  });

  it('says "Aynı ilde" / "In the same city" and "Yurt dışında" / "Abroad"', () => {
    expect(RELATION_LOCATION_LABELS.same_city).toEqual({ tr: 'Aynı ilde', en: 'In the same city' });
    expect(RELATION_LOCATION_LABELS.abroad).toEqual({ tr: 'Yurt dışında', en: 'Abroad' });
  });
});
