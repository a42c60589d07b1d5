// The derive page's editing of derived clusters: rename, traded or local, merge, move, and what
// counts as a change against the derivation or the last save.

import { describe, expect, it } from 'vitest';
import {
  compareClusters,
  draftChanged,
  draftFromResult,
  duplicateNames,
  mergeClusters,
  moveIndustry,
  renameCluster,
  saveBody,
  setClusterType,
} from './derivedDraft';
import type { DeriveResultView } from './deriveTypes';

const result: DeriveResultView = {
  parameters: { method: 'hierarchical', k: 3 },
  clusterCount: 3,
  scores: { score: 0.8, vsCluster: 0.9, vsIndustry: 0.7, byMeasure: [] },
  clusters: [
    { code: 'D01', name: 'Cars, Parts +1', industries: ['3361', '3363', '3362'] },
    { code: 'D02', name: 'Steel, Castings', industries: ['3311', '3315'] },
    { code: 'D03', name: 'Software', industries: ['5112'] },
  ],
};

describe('derived cluster drafts', () => {
  it('start from a result: every cluster traded, with its suggested name and industries', () => {
    const draft = draftFromResult(result);
    expect(draft.clusters.map((c) => [c.key, c.code, c.name, c.type, c.industries])).toEqual([
      [0, 'D01', 'Cars, Parts +1', 'traded', ['3361', '3363', '3362']],
      [1, 'D02', 'Steel, Castings', 'traded', ['3311', '3315']],
      [2, 'D03', 'Software', 'traded', ['5112']],
    ]);
  });

  it('rename a cluster and mark it local, leaving the others as they were', () => {
    const draft = setClusterType(renameCluster(draftFromResult(result), 1, 'Metal'), 1, 'local');
    expect(draft.clusters[1]).toMatchObject({ code: 'D02', name: 'Metal', type: 'local' });
    expect(draft.clusters[0]).toEqual(draftFromResult(result).clusters[0]);
  });

  it('merge one cluster into another, which keeps its code, name and type', () => {
    const draft = mergeClusters(draftFromResult(result), 0, 2);
    expect(draft.clusters.map((c) => c.code)).toEqual(['D01', 'D02']);
    expect(draft.clusters[0]).toMatchObject({
      name: 'Cars, Parts +1',
      industries: ['3361', '3363', '3362', '5112'],
    });
    expect(mergeClusters(draft, 0, 0)).toBe(draft);
    expect(mergeClusters(draft, 0, 9)).toBe(draft);
  });

  it('move an industry to another cluster, dropping a cluster left empty', () => {
    const moved = moveIndustry(draftFromResult(result), '3315', 0);
    expect(moved.clusters[0]!.industries).toEqual(['3361', '3363', '3362', '3315']);
    expect(moved.clusters[1]!.industries).toEqual(['3311']);
    const emptied = moveIndustry(draftFromResult(result), '5112', 1);
    expect(emptied.clusters.map((c) => c.code)).toEqual(['D01', 'D02']);
    const same = draftFromResult(result);
    expect(moveIndustry(same, '3361', 0)).toBe(same);
    expect(moveIndustry(same, '9999', 1)).toBe(same);
  });

  it('count as changed against the baseline until the edits are undone, and always without one', () => {
    const baseline = draftFromResult(result);
    expect(draftChanged(baseline, baseline)).toBe(false);
    const moved = moveIndustry(baseline, '3315', 0);
    expect(draftChanged(moved, baseline)).toBe(true);
    // Moved back: the same clusters, though the industries are in another order.
    expect(draftChanged(moveIndustry(moved, '3315', 1), baseline)).toBe(false);
    expect(draftChanged(renameCluster(baseline, 2, 'Software '), baseline)).toBe(false);
    expect(draftChanged(renameCluster(baseline, 2, 'Code'), baseline)).toBe(true);
    expect(draftChanged(baseline, null)).toBe(true);
    // After a save the saved draft is the baseline.
    expect(draftChanged(moved, moved)).toBe(false);
  });

  it('find a name given twice, ignoring case, and fall back to the code for an empty name', () => {
    let draft = renameCluster(draftFromResult(result), 2, 'steel, castings');
    expect(duplicateNames(draft)).toEqual(new Map([[2, 'D02']]));
    draft = renameCluster(renameCluster(draft, 2, ''), 1, 'D03');
    expect(duplicateNames(draft)).toEqual(new Map([[2, 'D02']]));
  });

  it('give the save and compare bodies, empty names replaced by codes', () => {
    const draft = renameCluster(draftFromResult(result), 2, '  ');
    expect(saveBody(draft, ' Derived 2011 ', 'from CBP')).toEqual({
      name: 'Derived 2011',
      description: 'from CBP',
      clusters: [
        {
          code: 'D01',
          name: 'Cars, Parts +1',
          type: 'traded',
          industries: ['3361', '3363', '3362'],
        },
        { code: 'D02', name: 'Steel, Castings', type: 'traded', industries: ['3311', '3315'] },
        { code: 'D03', name: 'D03', type: 'traded', industries: ['5112'] },
      ],
    });
    expect(compareClusters(draft)).toEqual([
      { code: 'D01', industries: ['3361', '3363', '3362'] },
      { code: 'D02', industries: ['3311', '3315'] },
      { code: 'D03', industries: ['5112'] },
    ]);
  });
});
