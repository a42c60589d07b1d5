// The cluster support programme's indicators, preset in both languages.

import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../brand';
import { indicatorInputSchema } from './actionInput';
import {
  CLUSTER_SUPPORT_PROGRAMME_INDICATORS,
  indicatorFromPreset,
} from './clusterSupportProgrammeIndicators';
import { sameUnit } from './normaliseUnit';

describe('CLUSTER_SUPPORT_PROGRAMME_INDICATORS', () => {
  it('covers the programme’s six indicators in order, each named in both languages', () => {
    expect(CLUSTER_SUPPORT_PROGRAMME_INDICATORS.map((p) => p.programmeIndicator)).toEqual([
      1, 2, 3, 4, 5, 5, 6,
    ]);
    for (const preset of CLUSTER_SUPPORT_PROGRAMME_INDICATORS) {
      expect(preset.name.tr).not.toBe('');
      expect(preset.name.en).not.toBe('');
      expect(preset.description.tr).not.toBe(preset.description.en);
    }
    expect(new Set(CLUSTER_SUPPORT_PROGRAMME_INDICATORS.map((p) => p.code)).size).toBe(7);
  });

  it('measures counts whose Turkish and English units are the same unit', () => {
    for (const { unit } of CLUSTER_SUPPORT_PROGRAMME_INDICATORS)
      expect(sameUnit(unit.tr, unit.en)).toBe(true);
  });
});

describe('indicatorFromPreset', () => {
  const figures = {
    baseline: 12,
    baselineOn: '2027-01-01' as IsoDate,
    target: 40,
    dueOn: '2029-12-31' as IsoDate,
  };

  it('makes a valid indicator input in the chosen language, remembering the preset', () => {
    const indicator = indicatorFromPreset('kdp_active_firms', 'tr', figures);
    expect(indicator).toMatchObject({
      name: 'Kümede aktif işletme sayısı',
      unit: 'adet',
      presetCode: 'kdp_active_firms',
      target: 40,
    });
    expect(indicatorInputSchema.safeParse(indicator).success).toBe(true);
    expect(indicatorFromPreset('kdp_active_firms', 'en', figures)!.name).toBe(
      'Active firms in the cluster',
    );
  });

  it('gives nothing for an unknown code', () => {
    expect(indicatorFromPreset('kdp_jobs', 'en', figures)).toBeUndefined();
  });
});
