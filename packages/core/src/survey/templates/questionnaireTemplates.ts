// The questionnaire templates Kume ships: a project copies one and edits it.

import { questionnaireSchema, type Questionnaire } from '../questionnaire';
import { firmInterview } from './firmInterview';
import { focusGroupGuide } from './focusGroupGuide';
import { institutionInterview } from './institutionInterview';

export type TemplateKind = 'firm_interview' | 'institution_interview' | 'focus_group';

/** The templates, parsed so that every default (required: false, maxItems) is filled in. */
export const QUESTIONNAIRE_TEMPLATES: Readonly<Record<TemplateKind, Questionnaire>> = {
  firm_interview: questionnaireSchema.parse(firmInterview),
  institution_interview: questionnaireSchema.parse(institutionInterview),
  focus_group: questionnaireSchema.parse(focusGroupGuide),
};

/** A deep copy of the template of `kind` that the caller may change freely. */
export function questionnaireTemplate(kind: TemplateKind): Questionnaire {
  // Parsing builds new objects and arrays all the way down.
  return questionnaireSchema.parse(QUESTIONNAIRE_TEMPLATES[kind]);
}
