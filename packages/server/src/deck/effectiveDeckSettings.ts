// The deck settings in force for an event: the stored ones, or the defaults (every section, the
// library's first case, the three workshops without dates, no next steps); a case no longer in
// the library falls back to none; the standard workshops are titled in the deck's language.

import {
  DECK_SECTIONS,
  deckSettingsSchema,
  type DeckLanguage,
  type DeckSettings,
} from '@kume/core';
import { DECK_WORDS } from './deckWords';

/** The working group's three workshops, titled in `language`, without dates or venues. */
export function defaultWorkshopCalendar(language: DeckLanguage): DeckSettings['workshopCalendar'] {
  return DECK_WORDS[language].workshops.map((title) => ({ title, date: null, venue: '' }));
}

export function defaultDeckSettings(
  firstCaseId: string | null,
  language: DeckLanguage,
): DeckSettings {
  return {
    sections: [...DECK_SECTIONS],
    benchmarkCaseId: firstCaseId,
    workshopCalendar: defaultWorkshopCalendar(language),
    nextSteps: [],
  };
}

/**
 * The settings in force: the stored ones when they are still valid (a section a later version
 * dropped makes them invalid: the defaults then), else the defaults. `caseIds` are the library's
 * visible cases in order: a stored case that is not among them (deleted, hidden) becomes none.
 */
export function effectiveDeckSettings(
  stored: unknown,
  caseIds: readonly string[],
  language: DeckLanguage,
): DeckSettings {
  const parsed = stored == null ? undefined : deckSettingsSchema.safeParse(stored);
  if (!parsed?.success) return defaultDeckSettings(caseIds[0] ?? null, language);
  const settings = parsed.data;
  const known = settings.benchmarkCaseId !== null && caseIds.includes(settings.benchmarkCaseId);
  return { ...settings, benchmarkCaseId: known ? settings.benchmarkCaseId : null };
}

/**
 * The calendar the deck shows: the settings' entries, with a standard workshop's title (as the
 * defaults gave it in either language) put in the deck's language; the three standard workshops
 * when the settings list none.
 */
export function deckWorkshopCalendar(
  calendar: DeckSettings['workshopCalendar'],
  language: DeckLanguage,
): DeckSettings['workshopCalendar'] {
  if (calendar.length === 0) return defaultWorkshopCalendar(language);
  const standard = new Map<string, string>();
  for (const words of Object.values(DECK_WORDS))
    words.workshops.forEach((title, i) => standard.set(title, DECK_WORDS[language].workshops[i]!));
  return calendar.map((entry) => ({ ...entry, title: standard.get(entry.title) ?? entry.title }));
}
