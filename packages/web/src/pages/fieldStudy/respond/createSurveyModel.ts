// The SurveyJS form model as Kume uses it (respondent pages and interview mode): Turkish UI
// strings, no built-in completed page (the page shows its own), and one "answers changed" hook.

import { Model, type SurveyModel } from 'survey-core';
import 'survey-core/i18n/turkish';
import 'survey-core/survey-core.fontless.min.css';

/**
 * A model of `json` (toSurveyJs output) in `locale`, filled with `data` (SurveyJS data shape).
 * Titles stay plain text: no markdown handler is attached, so no answer or title becomes HTML.
 */
export function createSurveyModel(
  json: object,
  { locale, data }: { locale: 'tr' | 'en'; data: Record<string, unknown> },
): SurveyModel {
  const model = new Model(json);
  model.locale = locale;
  model.showCompletedPage = false;
  // Text answers reach the model (and the autosave) when the field is left, not per keystroke.
  model.textUpdateMode = 'onBlur';
  model.data = data;
  // The fontless CSS names "Open Sans" (never loaded here): use the app's font and teal instead.
  model.applyTheme({
    cssVariables: {
      '--sjs2-typography-font-family-text': 'var(--mantine-font-family)',
      '--sjs2-color-project-brand-600': 'var(--mantine-color-teal-8)',
    },
  });
  return model;
}

/** Switches the form's language in place (the respondent stays on their page). */
export function setSurveyLocale(model: SurveyModel, locale: 'tr' | 'en'): void {
  model.locale = locale;
}

/**
 * Calls `onChange` with the model's data after any answer changes, including inside relation
 * panels and when a panel is removed. Returns the function that stops listening.
 */
export function watchAnswers(
  model: SurveyModel,
  onChange: (data: Record<string, unknown>) => void,
): () => void {
  const handler = () => onChange(model.data as Record<string, unknown>);
  const events = [
    model.onValueChanged,
    model.onDynamicPanelValueChanged,
    model.onDynamicPanelRemoved,
  ];
  for (const event of events) event.add(handler);
  return () => {
    for (const event of events) event.remove(handler);
  };
}
