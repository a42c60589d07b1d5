// Region names for a dataset's codes: the map they belong to is detected once, then each code is
// shown with its name where the code tells it ("California (06)") or a map the project imported
// names it ("İzmir (TR31)"), else as the code alone.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectSlug } from '../../../api/useProject';
import { useGeographies } from './geographyQueries';
import { importedRegionName, mapCoverage } from './mapChoice';
import { detectGeography, regionName, type Geography } from './regionGeography';

export interface RegionNames {
  geography: Geography | null;
  /** The name alone, or undefined when the code does not tell it. */
  name: (code: string) => string | undefined;
  /** "Name (code)", or the code. */
  label: (code: string) => string;
}

export function useRegionNames(codes: readonly string[] | undefined): RegionNames {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const imported = useGeographies(useProjectSlug()).data;
  return useMemo(() => {
    const geography = detectGeography(codes ?? []);
    // Imported maps that hold some of the codes, those that hold the most first.
    const maps = (imported ?? [])
      .map((g) => ({ g, coverage: mapCoverage({ kind: 'imported', geography: g }, codes ?? []) }))
      .filter((m) => m.coverage > 0)
      .sort((a, b) => b.coverage - a.coverage)
      .map((m) => m.g);
    const name = (code: string) =>
      regionName(geography, code, language) ??
      maps.map((g) => importedRegionName(g, code)).find(Boolean);
    return {
      geography,
      name,
      label: (code: string) => {
        const known = name(code);
        return known ? `${known} (${code})` : code;
      },
    };
  }, [codes, language, imported]);
}
