// The Deck API's answers as the web pages use them (the server's own types), and the part of
// the settings answer that says which parts of the deck have data.

import type { DeckSettingsAnswer } from '@kume/server';

export type { BenchmarkCaseItem, DeckSettingsAnswer, LogoInfo } from '@kume/server';

/** Which parts of the deck have data: a section without it says so on its slide. */
export type DeckAvailability = DeckSettingsAnswer['availability'];
