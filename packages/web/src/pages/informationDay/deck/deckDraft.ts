// The deck page's draft as pure functions: the saved deck settings turned into editable rows
// (every section, ticked or not, in order; calendar rows; next steps), the edits of those rows,
// and the settings the draft would save, so the page can tell whether anything is unsaved.

import { DECK_SECTIONS, type DeckSectionId, type DeckSettings } from '@kume/core';

/** A section in the list: included in the deck when ticked. */
export interface SectionRow {
  id: DeckSectionId;
  included: boolean;
}

/** A workshop of the calendar as typed; `key` keeps the row's identity while rows move. */
export interface CalendarRow {
  key: number;
  title: string;
  /** YYYY-MM-DD, or '' while no date is set. */
  date: string;
  venue: string;
}

/** A line of the next steps as typed. */
export interface StepRow {
  key: number;
  text: string;
}

export interface DeckDraft {
  sections: SectionRow[];
  benchmarkCaseId: string | null;
  workshopCalendar: CalendarRow[];
  nextSteps: StepRow[];
}

/** What PUT deck-settings is sent: DeckSettings with texts as typed (the schema trims them). */
export interface DeckSettingsBody {
  sections: DeckSectionId[];
  benchmarkCaseId: string | null;
  workshopCalendar: { title: string; date: string | null; venue: string }[];
  nextSteps: string[];
}

/**
 * The section rows for `chosen` (in its order, ticked): every section left out is put back,
 * unticked, right after the section it follows in the default order (first when none of those
 * is chosen), so unticking a section and saving leaves it near where it was.
 */
export function sectionRows(chosen: readonly DeckSectionId[]): SectionRow[] {
  const rows: SectionRow[] = chosen.map((id) => ({ id, included: true }));
  DECK_SECTIONS.forEach((id, index) => {
    if (chosen.includes(id)) return;
    const before = DECK_SECTIONS.slice(0, index).reverse();
    const after = before
      .map((previous) => rows.findIndex((row) => row.id === previous))
      .find((at) => at >= 0);
    rows.splice(after === undefined ? 0 : after + 1, 0, { id, included: false });
  });
  return rows;
}

/** The rows for `settings` (sections as sectionRows places them). */
export function draftFromSettings(settings: DeckSettings): DeckDraft {
  return {
    sections: sectionRows(settings.sections),
    benchmarkCaseId: settings.benchmarkCaseId,
    workshopCalendar: settings.workshopCalendar.map((row, key) => ({
      key,
      title: row.title,
      date: row.date ?? '',
      venue: row.venue,
    })),
    nextSteps: settings.nextSteps.map((text, key) => ({ key, text })),
  };
}

/**
 * The settings the draft stands for: the ticked sections in the list's order, texts trimmed, a
 * calendar row without a date given `date: null`. Rows left wholly empty are not dropped here
 * (see dropEmptyRows), so a validation message's index is the row's index on the page.
 */
export function settingsFromDraft(draft: DeckDraft): DeckSettingsBody {
  return {
    sections: draft.sections.filter((row) => row.included).map((row) => row.id),
    benchmarkCaseId: draft.benchmarkCaseId,
    workshopCalendar: draft.workshopCalendar.map((row) => ({
      title: row.title.trim(),
      date: row.date === '' ? null : row.date,
      venue: row.venue.trim(),
    })),
    nextSteps: draft.nextSteps.map((row) => row.text.trim()),
  };
}

/** The draft without calendar rows and next steps that hold nothing at all (added, never typed). */
export function dropEmptyRows(draft: DeckDraft): DeckDraft {
  const calendar = draft.workshopCalendar.filter(
    (row) => row.title.trim() !== '' || row.date !== '' || row.venue.trim() !== '',
  );
  const steps = draft.nextSteps.filter((row) => row.text.trim() !== '');
  if (calendar.length === draft.workshopCalendar.length && steps.length === draft.nextSteps.length)
    return draft;
  return { ...draft, workshopCalendar: calendar, nextSteps: steps };
}

/**
 * Whether saving the draft would change the saved settings. Moving a section that is not ticked,
 * or adding an empty row, changes nothing that is saved, so it is not an unsaved change.
 */
export function isDraftDirty(draft: DeckDraft, saved: DeckSettings): boolean {
  const body = settingsFromDraft(dropEmptyRows(draft));
  const stored: DeckSettingsBody = {
    sections: saved.sections,
    benchmarkCaseId: saved.benchmarkCaseId,
    workshopCalendar: saved.workshopCalendar.map((row) => ({
      title: row.title,
      date: row.date,
      venue: row.venue,
    })),
    nextSteps: saved.nextSteps,
  };
  return JSON.stringify(body) !== JSON.stringify(stored);
}

/** `rows` with the row at `index` moved by `offset` places, clamped to the ends; same array if it stays. */
export function moveRow<Row>(rows: readonly Row[], index: number, offset: number): Row[] {
  if (index < 0 || index >= rows.length) return rows as Row[];
  const to = Math.min(rows.length - 1, Math.max(0, index + offset));
  if (to === index) return rows as Row[];
  const moved = [...rows];
  const [row] = moved.splice(index, 1);
  moved.splice(to, 0, row!);
  return moved;
}

/** Ticks or unticks the section `id`, leaving its place in the list. */
export function setSectionIncluded(
  rows: readonly SectionRow[],
  id: DeckSectionId,
  included: boolean,
): SectionRow[] {
  return rows.map((row) => (row.id === id ? { ...row, included } : row));
}

/** The sections in the default order (DECK_SECTIONS), each keeping whether it is ticked. */
export function defaultSectionOrder(rows: readonly SectionRow[]): SectionRow[] {
  const included = new Map(rows.map((row) => [row.id, row.included]));
  return DECK_SECTIONS.map((id) => ({ id, included: included.get(id) ?? true }));
}

/** Whether the list is in the default order (the reset button has nothing to do). */
export function isDefaultOrder(rows: readonly SectionRow[]): boolean {
  return rows.every((row, index) => row.id === DECK_SECTIONS[index]);
}

/** A key no row of `rows` uses, for a row being added. */
export function nextRowKey(rows: readonly { key: number }[]): number {
  return rows.reduce((max, row) => Math.max(max, row.key), -1) + 1;
}
