// Matching a relatedness matrix to a cluster definition: by code, by the matrix's cluster names,
// by a code that is a definition cluster's name, Turkish-aware, with unmatched clusters listed.

import { buildClusterDefinition } from '@kume/core/stats/clusterDefinition';
import { describe, expect, it } from 'vitest';
import { matchRelatedness } from './matchRelatedness';

const { definition } = buildClusterDefinition([
  { industry: '111', cluster: 'metal', type: 'traded', clusterName: 'Metalworking' },
  { industry: '222', cluster: 'auto', type: 'traded', clusterName: 'İnşaat Makineleri' },
  { industry: '333', cluster: 'farm', type: 'traded' },
]);
const pair = (cluster: string, related: string, score = 1) => ({
  cluster,
  related,
  score,
  percentile: 90,
});

describe('matchRelatedness', () => {
  it('matches by code, by the name the matrix gives, and by a code equal to a cluster name', () => {
    const result = matchRelatedness(
      [pair('metal', '7'), pair('7', 'İNŞAAT MAKİNELERİ', 2)],
      new Map([['7', 'FARM ']]),
      definition,
    );
    expect(result.pairs).toEqual([pair('metal', 'farm'), pair('farm', 'auto', 2)]);
    expect(result.codes).toEqual(
      new Map([
        ['metal', 'metal'],
        ['7', 'farm'],
        ['İNŞAAT MAKİNELERİ', 'auto'],
      ]),
    );
    expect(result.unmatched).toEqual([]);
  });

  it('leaves out pairs with a cluster the definition lacks, and lists each such cluster once', () => {
    const result = matchRelatedness(
      [pair('metal', '9'), pair('9', 'farm'), pair('10', 'metal')],
      new Map([['9', 'Textiles']]),
      definition,
    );
    expect(result.pairs).toEqual([]);
    expect(result.unmatched).toEqual(['9 (Textiles)', '10']);
  });

  it("reads a name in the file that is one cluster's code and another's name as the code", () => {
    const { definition: crossed } = buildClusterDefinition([
      { industry: '1', cluster: 'a', type: 'traded', clusterName: 'b' },
      { industry: '2', cluster: 'b', type: 'traded', clusterName: 'Bee' },
    ]);
    const result = matchRelatedness([pair('x', 'a')], new Map([['x', 'B']]), crossed);
    expect(result.pairs).toEqual([pair('b', 'a')]);
  });
});
