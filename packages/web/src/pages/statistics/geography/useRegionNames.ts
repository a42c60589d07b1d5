// Region names for a dataset's codes: the map they belong to is detected once, then each code is
// shown with its name where the code tells it ("California (06)"), else as the code alone.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
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
  return useMemo(() => {
    const geography = detectGeography(codes ?? []);
    const name = (code: string) => regionName(geography, code, language);
    return {
      geography,
      name,
      label: (code: string) => {
        const known = name(code);
        return known ? `${known} (${code})` : code;
      },
    };
  }, [codes, language]);
}
