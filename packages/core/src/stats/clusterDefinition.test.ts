import { describe, expect, it } from 'vitest';
import { buildClusterDefinition } from './clusterDefinition';

describe('buildClusterDefinition', () => {
  it('builds clusters, subclusters and normalised industry codes from valid rows', () => {
    const { definition, errors } = buildClusterDefinition([
      {
        industry: '336411',
        cluster: 'aero',
        type: 'Traded',
        subcluster: 'Aircraft',
        clusterName: 'Aerospace',
      },
      { industry: '336412', cluster: 'aero', type: 'TRADED', subcluster: 'Aircraft' },
      { industry: '3364//', cluster: 'aero', type: 'traded' },
      { industry: 'C24.51', cluster: 'metal', type: 'local' },
    ]);
    expect(errors).toEqual([]);
    expect(definition.clusters).toEqual([
      {
        code: 'aero',
        name: 'Aerospace',
        type: 'traded',
        subclusters: [{ code: 'Aircraft', name: 'Aircraft' }],
      },
      { code: 'metal', name: 'metal', type: 'local', subclusters: [] },
    ]);
    expect(definition.industries).toEqual([
      { code: '336411', cluster: 0, subcluster: 0 },
      { code: '336412', cluster: 0, subcluster: 0 },
      { code: '3364', cluster: 0, subcluster: -1 },
      { code: '2451', cluster: 1, subcluster: -1 },
    ]);
  });

  it('reports empty codes and unknown types by 1-based row and field', () => {
    const { definition, errors } = buildClusterDefinition([
      { industry: ' ', cluster: 'a', type: 'traded' },
      { industry: '11', cluster: '', type: 'local' },
      { industry: '12', cluster: 'a', type: 'exported' },
      { industry: '13', cluster: 'a', type: 'traded' },
    ]);
    expect(errors).toEqual([
      { row: 1, field: 'industry', message: 'empty industry code' },
      { row: 2, field: 'cluster', message: 'empty cluster code' },
      { row: 3, field: 'type', message: 'unknown type "exported": use traded or local' },
    ]);
    expect(definition.industries.map((i) => i.code)).toEqual(['13']);
  });

  it('uses the row numbers the caller gives, such as file lines', () => {
    const { errors } = buildClusterDefinition([
      { industry: '', cluster: 'a', type: 'traded', row: 7 },
    ]);
    expect(errors[0]?.row).toBe(7);
  });

  it('rejects an industry assigned to a second cluster, naming the first row', () => {
    const { definition, errors } = buildClusterDefinition([
      { industry: '336411', cluster: 'aero', type: 'traded' },
      { industry: '336411/', cluster: 'metal', type: 'traded' },
    ]);
    expect(errors).toEqual([
      { row: 2, field: 'cluster', message: 'industry 336411 is already in cluster "aero" (row 1)' },
    ]);
    expect(definition.industries).toHaveLength(1);
  });

  it('rejects an industry assigned to a second subcluster of its cluster', () => {
    const { errors } = buildClusterDefinition([
      { industry: '1', cluster: 'a', type: 'traded', subcluster: 'x' },
      { industry: '1', cluster: 'a', type: 'traded', subcluster: 'y' },
    ]);
    expect(errors).toEqual([
      {
        row: 2,
        field: 'subcluster',
        message: 'industry 1 is already in subcluster "x" of "a" (row 1)',
      },
    ]);
  });

  it('accepts a row that repeats an earlier assignment exactly', () => {
    const { definition, errors } = buildClusterDefinition([
      { industry: '1', cluster: 'a', type: 'traded' },
      { industry: '1', cluster: 'a', type: 'Traded' },
    ]);
    expect(errors).toEqual([]);
    expect(definition.industries).toHaveLength(1);
  });

  it('rejects a cluster that is traded in one row and local in another', () => {
    const { definition, errors } = buildClusterDefinition([
      { industry: '1', cluster: 'a', type: 'traded' },
      { industry: '2', cluster: 'a', type: 'Local' },
    ]);
    expect(errors).toEqual([
      { row: 2, field: 'type', message: 'cluster "a" is local here but traded in row 1' },
    ]);
    expect(definition.clusters).toHaveLength(1);
  });

  it('rejects the all-industries code as a member of a cluster', () => {
    const { errors } = buildClusterDefinition([
      { industry: '------', cluster: 'a', type: 'traded' },
    ]);
    expect(errors).toEqual([
      {
        row: 1,
        field: 'industry',
        message: '"------" means all industries and cannot belong to a cluster',
      },
    ]);
  });

  it('names a cluster after the first non-empty name given to it', () => {
    const { definition } = buildClusterDefinition([
      { industry: '1', cluster: 'a', type: 'traded' },
      { industry: '2', cluster: 'a', type: 'traded', clusterName: 'Apparel' },
      { industry: '3', cluster: 'a', type: 'traded', clusterName: 'Other' },
    ]);
    expect(definition.clusters[0]?.name).toBe('Apparel');
  });
});
