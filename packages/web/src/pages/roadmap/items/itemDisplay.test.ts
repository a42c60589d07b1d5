// How the roadmap page groups items: skills under their success factor, a cluster's standing, and
// the editor's address with an item linked.

import { describe, expect, it } from 'vitest';
import { clusterStanding, newActionPath, skillsByFactor } from './itemDisplay';

type Item = { key: string; kind: 'success_factor' | 'skill_gap'; parentKey: string | null };
const factor = (key: string): Item => ({ key, kind: 'success_factor', parentKey: null });
const skill = (key: string, parentKey: string | null): Item => ({
  key,
  kind: 'skill_gap',
  parentKey,
});

describe('skillsByFactor', () => {
  it('puts each skill under its factor in the factors’ order, then the ones serving none', () => {
    const items = [
      factor('f1'),
      factor('f2'),
      skill('s1', 'f2'),
      skill('s2', null),
      skill('s3', 'f1'),
      skill('s4', 'f-unknown'),
      skill('s5', 'f2'),
    ];
    expect(
      skillsByFactor(items).map(({ factor, skills }) => [
        factor?.key ?? null,
        skills.map((s) => s.key),
      ]),
    ).toEqual([
      ['f1', ['s3']],
      ['f2', ['s1', 's5']],
      [null, ['s2', 's4']],
    ]);
  });

  it('leaves out factors no skill serves', () => {
    expect(skillsByFactor([factor('f1'), skill('s1', null)])).toEqual([
      { factor: null, skills: [skill('s1', null)] },
    ]);
  });
});

describe('clusterStanding', () => {
  it('reads strong, then emerging, else focus from the figures', () => {
    expect(clusterStanding({ figures: { strong: 1, emerging: 0 } })).toBe('strong');
    expect(clusterStanding({ figures: { strong: 0, emerging: 1 } })).toBe('emerging');
    expect(clusterStanding({ figures: { lq: 0.4 } })).toBe('focus');
  });
});

describe('newActionPath', () => {
  it('links the item by its key, escaped', () => {
    expect(newActionPath('ege-dokum', 'gap:no_ties_between_stages:s1-s2')).toBe(
      '/p/ege-dokum/roadmap/actions/new?item=gap%3Ano_ties_between_stages%3As1-s2',
    );
    expect(newActionPath('ege-dokum')).toBe('/p/ege-dokum/roadmap/actions/new');
  });
});
