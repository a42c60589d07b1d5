// Tests of which sections lack their data, and where the page sends the facilitator for it.

import { describe, expect, it } from 'vitest';
import { DECK_SECTIONS } from '@kume/core';
import type { DeckAvailability } from './deckTypes';
import { missingData } from './sectionNeeds';

const none: DeckAvailability = {
  statistics: false,
  fieldStudy: false,
  clusterMap: false,
  workingGroup: false,
  attendance: false,
};
const all: DeckAvailability = {
  statistics: true,
  fieldStudy: true,
  clusterMap: true,
  workingGroup: true,
  attendance: true,
};

describe('missingData', () => {
  it('flags the data-driven sections of an empty project, each with the page to fill it in', () => {
    const missing = Object.fromEntries(
      DECK_SECTIONS.map((id) => [id, missingData(id, none, 'ev1')?.path ?? null]),
    );
    expect(missing).toEqual({
      title: null,
      agenda: null,
      cluster_concepts: null,
      competitiveness: null,
      benchmark_case: null,
      secondary_research: '/statistics/data',
      field_study: '/field-study/questionnaires',
      cluster_map: '/field-study/relations',
      value_chain_gaps: '/field-study/relations',
      working_group: '/field-study/working-group',
      workshop_calendar: null,
      attendance: '/information-day/ev1',
      next_steps: null,
    });
  });

  it('flags nothing when every part has data', () => {
    expect(DECK_SECTIONS.filter((id) => missingData(id, all, 'ev1') !== null)).toEqual([]);
  });

  it('flags a section by its own part only', () => {
    const onlyStatistics = { ...all, statistics: false };
    expect(DECK_SECTIONS.filter((id) => missingData(id, onlyStatistics, 'e') !== null)).toEqual([
      'secondary_research',
    ]);
    expect(missingData('cluster_map', { ...all, clusterMap: false }, 'e')?.part).toBe('clusterMap');
  });
});
