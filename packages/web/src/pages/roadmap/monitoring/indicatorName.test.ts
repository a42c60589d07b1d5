// Programme indicators read in the UI language whatever language they were added in.

import { describe, expect, it } from 'vitest';
import { CLUSTER_SUPPORT_PROGRAMME_INDICATORS } from '@kume/core';
import { indicatorName, indicatorUnit } from './indicatorName';

const preset = CLUSTER_SUPPORT_PROGRAMME_INDICATORS[2]!;

describe('indicatorName', () => {
  it('names a programme indicator from its preset in the UI language', () => {
    const stored = { name: preset.name.tr, presetCode: preset.code };
    expect(indicatorName(stored, 'en')).toBe(preset.name.en);
    expect(indicatorName(stored, 'tr')).toBe(preset.name.tr);
  });

  it('keeps the typed name of any other indicator, and of an unknown preset code', () => {
    expect(indicatorName({ name: 'Export share', presetCode: null }, 'tr')).toBe('Export share');
    expect(indicatorName({ name: 'Old one', presetCode: 'gone' }, 'en')).toBe('Old one');
  });
});

describe('indicatorUnit', () => {
  it('shows a programme indicator’s count unit in the UI language', () => {
    const stored = { unit: 'adet', presetCode: preset.code };
    expect(indicatorUnit(stored, 'en')).toBe('number');
    expect(indicatorUnit({ ...stored, unit: 'number' }, 'tr')).toBe('adet');
  });

  it('keeps a unit typed by hand, on a programme indicator too', () => {
    expect(indicatorUnit({ unit: 'firma', presetCode: preset.code }, 'en')).toBe('firma');
    expect(indicatorUnit({ unit: '%', presetCode: null }, 'en')).toBe('%');
  });
});
