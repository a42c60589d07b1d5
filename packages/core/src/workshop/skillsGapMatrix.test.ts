// The skills gap matrix: gap = required - current, priority = importance x gap, ranked.

import { describe, expect, it } from 'vitest';
import { skillsGapMatrix } from './skillsGapMatrix';

const skill = (
  id: string,
  importance: number | null,
  current: number | null,
  required: number | null,
) => ({
  id,
  factorId: 'f1',
  text: id,
  importance,
  current,
  required,
});

describe('skillsGapMatrix', () => {
  it('ranks by importance times gap, ties by importance, surpluses and missing ratings last', () => {
    const rows = skillsGapMatrix([
      skill('surplus', 5, 5, 3),
      skill('welding', 4, 2, 5),
      skill('unrated', 5, null, 4),
      skill('cad', 3, 1, 5),
      skill('english', 2, 1, 4),
      skill('lean', 4, 3, 4),
    ]);
    expect(rows.map((row) => [row.id, row.gap, row.priority, row.rank])).toEqual([
      ['welding', 3, 12, 1],
      ['cad', 4, 12, 2],
      ['english', 3, 6, 3],
      ['lean', 1, 4, 4],
      ['surplus', -2, -10, 5],
      ['unrated', null, null, 6],
    ]);
  });
});
