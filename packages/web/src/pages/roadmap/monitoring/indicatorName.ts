// An indicator's name and unit in the UI language: a cluster support programme indicator is named
// from its preset (stored in the language it was added in), any other as typed.

import { CLUSTER_SUPPORT_PROGRAMME_INDICATORS, localText, sameUnit } from '@kume/core';

const presetOf = (code: string | null) =>
  code ? CLUSTER_SUPPORT_PROGRAMME_INDICATORS.find((p) => p.code === code) : undefined;

export function indicatorName(
  indicator: { name: string; presetCode: string | null },
  language: string,
): string {
  const preset = presetOf(indicator.presetCode);
  return preset ? localText(preset.name, language) : indicator.name;
}

/**
 * The unit to show: a programme indicator's in the UI language while it is still the preset's
 * ("adet" reads "number" in English; the server takes either), any other as typed.
 */
export function indicatorUnit(
  indicator: { unit: string; presetCode: string | null },
  language: string,
): string {
  const preset = presetOf(indicator.presetCode);
  return preset && sameUnit(indicator.unit, preset.unit.tr)
    ? localText(preset.unit, language)
    : indicator.unit;
}
