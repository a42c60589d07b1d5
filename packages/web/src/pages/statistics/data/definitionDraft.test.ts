// Tests of the cluster definition editor's draft: from entries and back, and errors on rows.

import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { draftErrors, draftFromEntries, entriesFromDraft, rowErrorsOf } from './definitionDraft';

const entries = [
  { industry: '331511', cluster: '21', clusterName: 'Metalworking', type: 'traded' as const },
  { industry: '331512', cluster: '21', type: 'traded' as const, subcluster: 'Castings' },
  { industry: '722511', cluster: 'L1', clusterName: 'Hospitality', type: 'local' as const },
];

describe('definition draft', () => {
  it('round-trips entries unchanged', () => {
    const back = entriesFromDraft(draftFromEntries(entries));
    expect(back).toEqual([
      { industry: '331511', cluster: '21', clusterName: 'Metalworking', type: 'traded' },
      {
        industry: '331512',
        cluster: '21',
        clusterName: 'Metalworking',
        type: 'traded',
        subcluster: 'Castings',
      },
      { industry: '722511', cluster: 'L1', clusterName: 'Hospitality', type: 'local' },
    ]);
  });

  it('gives every row of a cluster the cluster’s new name and type', () => {
    const draft = draftFromEntries(entries);
    const metal = draft.clusters.find((c) => c.code === '21');
    if (!metal) throw new Error('cluster 21 missing');
    metal.name = 'Metal and casting';
    metal.type = 'local';
    const back = entriesFromDraft(draft).filter((e) => e.cluster === '21');
    expect(back.map((e) => [e.clusterName, e.type])).toEqual([
      ['Metal and casting', 'local'],
      ['Metal and casting', 'local'],
    ]);
  });

  it('trims codes and leaves out empty names and subclusters', () => {
    const draft = draftFromEntries([{ industry: '1', cluster: 'A', type: 'traded' }]);
    draft.rows[0] = { key: 0, industry: ' 3315 ', cluster: 'A', subcluster: '  ' };
    expect(entriesFromDraft(draft)).toEqual([{ industry: '3315', cluster: 'A', type: 'traded' }]);
  });
});

describe('draftErrors', () => {
  it('finds an emptied industry code and an industry put in two clusters, on their rows', () => {
    const draft = draftFromEntries(entries);
    draft.rows[0] = { key: 0, industry: '', cluster: '21', subcluster: '' };
    draft.rows.push({ key: 9, industry: '722511', cluster: '21', subcluster: '' });
    const errors = draftErrors(draft);
    expect(Object.keys(errors.get(0) ?? {})).toEqual(['industry']);
    expect(Object.keys(errors.get(9) ?? {})).toEqual(['cluster']);
    expect(errors.has(2)).toBe(false);
  });

  it('finds nothing in a definition as stored', () => {
    expect(draftErrors(draftFromEntries(entries)).size).toBe(0);
  });
});

describe('rowErrorsOf', () => {
  it('places entries.N.field on the N-th row sent, whatever its key', () => {
    const error = new ApiError(400, 'validation', 'invalid', [
      { path: 'body.entries.1.industry', message: 'industry 331511 is already in cluster "21"' },
      { path: 'entries.0.type', message: 'unknown type' },
      { path: 'body.name', message: 'required' },
    ]);
    const { byRow, other } = rowErrorsOf(error, [7, 3]);
    expect(byRow.get(3)).toEqual({ industry: 'industry 331511 is already in cluster "21"' });
    expect(byRow.get(7)).toEqual({ type: 'unknown type' });
    expect(other).toEqual([{ path: 'body.name', message: 'required' }]);
  });

  it('finds nothing in errors that are not the API’s', () => {
    expect(rowErrorsOf(new Error('network'), [1]).byRow.size).toBe(0);
  });
});
