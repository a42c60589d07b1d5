// Which project data each deck section is made from, and where in Kume that data is entered:
// the deck page shows a badge with a link next to a section whose data is missing.

import type { DeckSectionId } from '@kume/core';
import type { DeckAvailability } from './deckTypes';

export interface SectionNeed {
  /** The availability flag the section depends on. */
  part: keyof DeckAvailability;
  /** The project page where the missing data is entered, relative to /p/:slug. */
  path: string;
}

/** Sections made from one part of the project; the others need nothing beyond the settings. */
const NEEDS: Partial<Record<DeckSectionId, (eventId: string) => SectionNeed>> = {
  secondary_research: () => ({ part: 'statistics', path: '/statistics/data' }),
  field_study: () => ({ part: 'fieldStudy', path: '/field-study/questionnaires' }),
  cluster_map: () => ({ part: 'clusterMap', path: '/field-study/relations' }),
  value_chain_gaps: () => ({ part: 'clusterMap', path: '/field-study/relations' }),
  working_group: () => ({ part: 'workingGroup', path: '/field-study/working-group' }),
  attendance: (eventId) => ({
    part: 'attendance',
    path: `/information-day/${encodeURIComponent(eventId)}`,
  }),
};

/**
 * What `section` lacks: the part and the page to fill it in, or null when the section has what
 * it needs (or needs nothing).
 */
export function missingData(
  section: DeckSectionId,
  availability: DeckAvailability,
  eventId: string,
): SectionNeed | null {
  const need = NEEDS[section]?.(eventId);
  if (!need || availability[need.part]) return null;
  return need;
}
