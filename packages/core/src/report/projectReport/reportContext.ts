// What every section of the project report is written with: the language's words and number
// formats, organisation type names, and the note that says a part is not available yet.

import { deckFormat, type DeckFormat } from '../../deck/deckFormat';
import { DECK_TEXTS } from '../../deck/deckTexts';
import type { OrganisationType } from '../../organisation/organisationTypes';
import {
  PROJECT_REPORT_WORDS,
  type ProjectReportWords,
  type ReportPlace,
} from '../projectReportWords';
import type { ReportBlock, ReportLanguage } from '../reportDocument';

export interface ReportContext {
  language: ReportLanguage;
  words: ProjectReportWords;
  format: DeckFormat;
  /** The registry's name of a type; `unknown` for a guest or member not in the registry. */
  typeName: (type: OrganisationType | 'unknown') => string;
}

export function reportContext(language: ReportLanguage): ReportContext {
  const types = DECK_TEXTS[language].organisationTypes;
  return {
    language,
    words: PROJECT_REPORT_WORDS[language],
    format: deckFormat(language),
    typeName: (type) => types[type],
  };
}

/** The shaded note of a part the project does not have yet, with the screen of Kume that makes it. */
export function unavailable(
  context: ReportContext,
  message: string,
  place: ReportPlace,
): ReportBlock {
  const { words } = context;
  return {
    kind: 'note',
    title: words.notAvailable,
    text: `${message}\n${words.whereInKume}: ${words.places[place]}`,
  };
}
