// The readiness gate's thresholds: their defaults and the limits a project may set.

import { describe, expect, it } from 'vitest';
import { DEFAULT_READINESS_THRESHOLDS, readinessThresholdsSchema } from './readinessThresholds';

describe('readinessThresholdsSchema', () => {
  it('defaults to 1 chamber, 1 university, 20 firms, willingness 4, half of the visited, three firm types', () => {
    expect(readinessThresholdsSchema.parse({})).toEqual({
      minCommittedChambers: 1,
      minCommittedUniversities: 1,
      minCommittedFirms: 20,
      committedWillingness: 4,
      minCommittedShareOfVisited: 0.5,
      firmTypes: ['firm', 'supplier', 'service_provider'],
    });
    expect(DEFAULT_READINESS_THRESHOLDS).toEqual(readinessThresholdsSchema.parse({}));
  });

  it('keeps given values and fills the rest with defaults', () => {
    expect(readinessThresholdsSchema.parse({ minCommittedFirms: 12 })).toMatchObject({
      minCommittedFirms: 12,
      minCommittedChambers: 1,
    });
  });

  it('rejects a willingness outside 1-5, a share above 1, fractional counts and no firm types', () => {
    for (const bad of [
      { committedWillingness: 6 },
      { committedWillingness: 0 },
      { minCommittedShareOfVisited: 1.5 },
      { minCommittedFirms: 2.5 },
      { minCommittedChambers: -1 },
      { firmTypes: [] },
      { firmTypes: ['startup'] },
    ]) {
      expect(readinessThresholdsSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('gives each parse its own firm types list', () => {
    const first = readinessThresholdsSchema.parse({});
    first.firmTypes.push('university');
    expect(readinessThresholdsSchema.parse({}).firmTypes).toEqual([
      'firm',
      'supplier',
      'service_provider',
    ]);
  });
});
