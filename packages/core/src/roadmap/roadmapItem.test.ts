// Manual roadmap items and the shape of item keys.

import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../brand';
import {
  isManualItem,
  manualItemInputSchema,
  manualRoadmapItem,
  ROADMAP_KEY_PATTERN,
  roadmapKey,
} from './roadmapItem';

const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('manualItemInputSchema', () => {
  it('accepts a typed investment need with its text trimmed and no weight', () => {
    expect(
      manualItemInputSchema.parse({ kind: 'investment_need', title: '  Ortak kaplama tesisi ' }),
    ).toEqual({ kind: 'investment_need', title: 'Ortak kaplama tesisi', detail: '', weight: null });
  });

  it('refuses an empty title, an unknown kind and a weight outside 0-1, naming each field', () => {
    expect(
      issuesOf(manualItemInputSchema.safeParse({ kind: 'wish', title: ' ', weight: 1.5 })),
    ).toEqual([
      expect.stringMatching(/^kind: /),
      expect.stringMatching(/^title: /),
      expect.stringMatching(/^weight: /),
    ]);
  });
});

describe('manualRoadmapItem', () => {
  it('keys the item by its id, shows the text in both languages and marks the source manual', () => {
    const input = manualItemInputSchema.parse({
      kind: 'success_factor',
      title: 'Marka bilinirliği',
      weight: 0.1,
    });
    const item = manualRoadmapItem('0b7c', input, '2026-06-01' as IsoDate);
    expect(item).toMatchObject({
      key: 'manual:0b7c',
      title: { tr: 'Marka bilinirliği', en: 'Marka bilinirliği' },
      weight: 0.1,
      score: 0.1,
      source: { kind: 'manual', id: '0b7c', date: '2026-06-01' },
      sourceState: 'present',
    });
    expect(isManualItem(item)).toBe(true);
  });

  it('drops a weight given to an item that is not a success factor', () => {
    const input = manualItemInputSchema.parse({ kind: 'skill_gap', title: 'Kaynak', weight: 0.4 });
    expect(manualRoadmapItem('x', input, '2026-06-01' as IsoDate).weight).toBeNull();
  });
});

describe('roadmap item keys', () => {
  it('match the key pattern for every source, and other text does not', () => {
    const keys = [
      roadmapKey.vision('w'),
      roadmapKey.factor('w', 'i'),
      roadmapKey.skill('w', '~cnc programlama'),
      roadmapKey.gap('thin_stage', 'casting'),
      roadmapKey.cluster('metal'),
      roadmapKey.manual('u'),
    ];
    for (const key of keys) expect(key).toMatch(ROADMAP_KEY_PATTERN);
    for (const key of ['factor:', 'goal:x', 'vision', ' manual:x'])
      expect(key).not.toMatch(ROADMAP_KEY_PATTERN);
    expect(isManualItem({ key: 'factor:w:manual' })).toBe(false);
  });
});
