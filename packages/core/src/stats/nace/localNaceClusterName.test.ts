// Tests of localNaceClusterName: shipped names follow the language, edited ones are kept.

import { describe, expect, it } from 'vitest';
import { localNaceClusterName } from './localNaceClusterName';

describe('localNaceClusterName', () => {
  it('gives a shipped cluster its name in the language asked for, from either stored language', () => {
    expect(
      localNaceClusterName('Upstream Metal Manufacturing', 'Upstream Metal Manufacturing', 'tr'),
    ).toBe('Ana Metal Sanayii');
    expect(localNaceClusterName('Upstream Metal Manufacturing', 'Ana Metal Sanayii', 'en')).toBe(
      'Upstream Metal Manufacturing',
    );
  });

  it('keeps a name the analyst changed and the names of other definitions', () => {
    expect(localNaceClusterName('Upstream Metal Manufacturing', 'Döküm ve metal', 'en')).toBe(
      'Döküm ve metal',
    );
    expect(localNaceClusterName('C07', 'Metalworking', 'tr')).toBe('Metalworking');
  });
});
