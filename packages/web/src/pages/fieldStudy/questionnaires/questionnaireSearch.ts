// The questionnaire page's state in its address (`?tab=` and `?response=`), so a link from the
// relations table can open one response of one questionnaire, and a reload keeps the open tab.

export const QUESTIONNAIRE_TABS = ['questions', 'distribution', 'responses'] as const;
export type QuestionnaireTab = (typeof QUESTIONNAIRE_TABS)[number];

/** The open tab: `?tab=` when it names one, else the questions (also for an unknown value). */
export function questionnaireTab(search: URLSearchParams): QuestionnaireTab {
  return QUESTIONNAIRE_TABS.find((value) => value === search.get('tab')) ?? 'questions';
}

/**
 * The address after switching to `tab`. The questions tab is the default and leaves no `tab`;
 * leaving the responses tab drops `response`, so coming back does not reopen an old drawer.
 * Other parameters are kept. `search` is not changed.
 */
export function withTab(search: URLSearchParams, tab: string | null): URLSearchParams {
  const next = new URLSearchParams(search);
  const known = QUESTIONNAIRE_TABS.find((value) => value === tab) ?? 'questions';
  if (known === 'questions') next.delete('tab');
  else next.set('tab', known);
  if (known !== 'responses') next.delete('response');
  return next;
}

/** The response whose drawer is open (`?response=`), or null; an empty value counts as none. */
export function shownResponse(search: URLSearchParams): string | null {
  return search.get('response') || null;
}

/** The address with the drawer of `responseId` open, or closed when null; the tab is kept. */
export function withResponse(search: URLSearchParams, responseId: string | null): URLSearchParams {
  const next = new URLSearchParams(search);
  if (responseId) next.set('response', responseId);
  else next.delete('response');
  return next;
}
