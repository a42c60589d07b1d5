// Tests of the deck page's draft: sections ticked and reordered, the settings a draft saves,
// and when a draft counts as unsaved.

import { describe, expect, it } from 'vitest';
import { DECK_SECTIONS, deckSettingsSchema, type DeckSettings } from '@kume/core';
import {
  defaultSectionOrder,
  draftFromSettings,
  dropEmptyRows,
  isDefaultOrder,
  isDraftDirty,
  moveRow,
  nextRowKey,
  sectionRows,
  setSectionIncluded,
  settingsFromDraft,
} from './deckDraft';

const saved: DeckSettings = deckSettingsSchema.parse({
  sections: ['title', 'benchmark_case', 'agenda', 'next_steps'],
  benchmarkCaseId: '0b7e6a39-3c4b-4f0e-9c55-9a1f4c1d2e3f',
  workshopCalendar: [
    { title: 'Vision workshop', date: '2026-03-04', venue: 'Agency hall' },
    { title: 'Key success factors', date: null, venue: '' },
  ],
  nextSteps: ['Join the working group'],
});
const ids = (rows: { id: string; included: boolean }[]) =>
  rows.map((row) => `${row.included ? '+' : '-'}${row.id}`);

describe('draftFromSettings', () => {
  it('lists the chosen sections in their saved order, ticked, and every other section unticked', () => {
    const draft = draftFromSettings(saved);
    expect(draft.sections).toHaveLength(DECK_SECTIONS.length);
    expect(new Set(draft.sections.map((row) => row.id)).size).toBe(DECK_SECTIONS.length);
    expect(draft.sections.filter((row) => row.included).map((row) => row.id)).toEqual(
      saved.sections,
    );
    expect(draft.workshopCalendar[1]).toEqual({
      key: 1,
      title: 'Key success factors',
      date: '',
      venue: '',
    });
  });

  it('puts a section left out right after the section it follows by default, or first', () => {
    expect(ids(sectionRows(['title', 'cluster_concepts', 'next_steps'])).slice(0, 5)).toEqual([
      '+title',
      '-agenda',
      '+cluster_concepts',
      '-competitiveness',
      '-benchmark_case',
    ]);
    expect(ids(sectionRows(['next_steps', 'agenda'])).slice(0, 3)).toEqual([
      '-title',
      '+next_steps',
      '+agenda',
    ]);
    expect(ids(sectionRows([...DECK_SECTIONS].reverse()))[0]).toBe('+next_steps');
  });

  it('gives back the saved settings when nothing is edited', () => {
    const draft = draftFromSettings(saved);
    expect(settingsFromDraft(draft)).toEqual({
      sections: saved.sections,
      benchmarkCaseId: saved.benchmarkCaseId,
      workshopCalendar: saved.workshopCalendar,
      nextSteps: saved.nextSteps,
    });
    expect(isDraftDirty(draft, saved)).toBe(false);
  });
});

describe('section edits', () => {
  it('moves a row by one place and stops at the ends, leaving the list given untouched', () => {
    const rows = ['a', 'b', 'c'];
    expect(moveRow(rows, 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveRow(rows, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(rows, 0, -1)).toBe(rows);
    expect(moveRow(rows, 2, 1)).toBe(rows);
    expect(moveRow(rows, 1, 5)).toEqual(['a', 'c', 'b']);
    expect(moveRow(rows, 7, -1)).toBe(rows);
    expect(rows).toEqual(['a', 'b', 'c']);
  });

  it('unticking a section keeps its place and leaves it out of the saved sections', () => {
    const draft = draftFromSettings(saved);
    const sections = setSectionIncluded(draft.sections, 'benchmark_case', false);
    expect(sections[1]).toEqual({ id: 'benchmark_case', included: false });
    expect(settingsFromDraft({ ...draft, sections }).sections).toEqual([
      'title',
      'agenda',
      'next_steps',
    ]);
  });

  it('saves the ticked sections in the order they are moved to', () => {
    const draft = draftFromSettings(saved);
    const from = draft.sections.findIndex((row) => row.id === 'competitiveness');
    const sections = moveRow(
      setSectionIncluded(draft.sections, 'competitiveness', true),
      from,
      -from + 1,
    );
    expect(settingsFromDraft({ ...draft, sections }).sections).toEqual([
      'title',
      'competitiveness',
      'benchmark_case',
      'agenda',
      'next_steps',
    ]);
  });

  it('resets to the default order, keeping which sections are ticked', () => {
    const rows = draftFromSettings(saved).sections;
    expect(isDefaultOrder(rows)).toBe(false);
    const reset = defaultSectionOrder(rows);
    expect(reset.map((row) => row.id)).toEqual([...DECK_SECTIONS]);
    expect(isDefaultOrder(reset)).toBe(true);
    expect(reset.filter((row) => row.included).map((row) => row.id)).toEqual([
      'title',
      'agenda',
      'benchmark_case',
      'next_steps',
    ]);
  });
});

describe('isDraftDirty', () => {
  it('counts a moved, ticked or unticked section, another case and edited rows as unsaved', () => {
    const draft = draftFromSettings(saved);
    expect(isDraftDirty({ ...draft, sections: moveRow(draft.sections, 0, 1) }, saved)).toBe(true);
    expect(
      isDraftDirty(
        { ...draft, sections: setSectionIncluded(draft.sections, 'title', false) },
        saved,
      ),
    ).toBe(true);
    expect(isDraftDirty({ ...draft, benchmarkCaseId: null }, saved)).toBe(true);
    const calendar = draft.workshopCalendar.map((row, i) =>
      i === 1 ? { ...row, date: '2026-04-01' } : row,
    );
    expect(isDraftDirty({ ...draft, workshopCalendar: calendar }, saved)).toBe(true);
    expect(isDraftDirty({ ...draft, nextSteps: [] }, saved)).toBe(true);
  });

  it('does not count moving an unticked section, an empty added row or spaces around a text', () => {
    const draft = draftFromSettings(saved);
    const unticked = draft.sections.findIndex((row) => row.id === 'competitiveness');
    expect(draft.sections[unticked]?.included).toBe(false);
    const moved = moveRow(draft.sections, unticked, -3);
    expect(moved).not.toEqual(draft.sections);
    expect(isDraftDirty({ ...draft, sections: moved }, saved)).toBe(false);
    const withEmpty = {
      ...draft,
      nextSteps: [...draft.nextSteps, { key: nextRowKey(draft.nextSteps), text: '  ' }],
      workshopCalendar: [...draft.workshopCalendar, { key: 9, title: '', date: '', venue: ' ' }],
    };
    expect(isDraftDirty(withEmpty, saved)).toBe(false);
    const spaced = { ...draft, nextSteps: [{ key: 0, text: '  Join the working group ' }] };
    expect(isDraftDirty(spaced, saved)).toBe(false);
  });
});

describe('dropEmptyRows', () => {
  it('drops rows that hold nothing and keeps a row with only a date, so it can be told to need a title', () => {
    const draft = draftFromSettings(saved);
    const rows = [
      ...draft.workshopCalendar,
      { key: 5, title: ' ', date: '', venue: '' },
      { key: 6, title: '', date: '2026-05-05', venue: '' },
    ];
    const cleaned = dropEmptyRows({ ...draft, workshopCalendar: rows });
    expect(cleaned.workshopCalendar.map((row) => row.key)).toEqual([0, 1, 6]);
    const check = deckSettingsSchema.safeParse(settingsFromDraft(cleaned));
    expect(check.success).toBe(false);
    expect(check.error?.issues[0]?.path).toEqual(['workshopCalendar', 2, 'title']);
  });

  it('returns the same draft when there is nothing to drop', () => {
    const draft = draftFromSettings(saved);
    expect(dropEmptyRows(draft)).toBe(draft);
  });

  it('a draft with no section ticked fails core’s schema on the sections', () => {
    const draft = draftFromSettings(saved);
    const none = draft.sections.map((row) => ({ ...row, included: false }));
    const check = deckSettingsSchema.safeParse(settingsFromDraft({ ...draft, sections: none }));
    expect(check.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['sections']);
  });
});

describe('nextRowKey', () => {
  it('is one past the largest key, and 0 for no rows', () => {
    expect(nextRowKey([])).toBe(0);
    expect(nextRowKey([{ key: 3 }, { key: 1 }])).toBe(4);
  });
});
