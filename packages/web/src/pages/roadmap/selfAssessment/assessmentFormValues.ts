// An assessment's form as data: the day, a title, and each indicator's value (as typed) and
// evidence note; turned into the API's answers, with the values that are not numbers named.

import type { SelfAssessmentIndicator } from '@kume/core';
import { parseNumberInput } from '../../stakeholders/organisationFormValues';
import type { SelfAssessmentInput, SelfAssessmentRecord } from './selfAssessmentTypes';

export interface AnswerValues {
  /** As typed, or a scale step's index; empty: not answered yet. */
  value: string;
  evidence: string;
}

export interface AssessmentFormValues {
  assessedOn: string;
  title: string;
  answers: Record<string, AnswerValues>;
}

/** A new assessment (today, nothing answered) or an existing one's answers, for `indicators`. */
export function assessmentFormValues(
  indicators: readonly SelfAssessmentIndicator[],
  record: SelfAssessmentRecord | null,
  today: string,
): AssessmentFormValues {
  const given = new Map((record?.answers ?? []).map((a) => [a.indicatorId, a]));
  return {
    assessedOn: record?.assessedOn ?? today,
    title: record?.title ?? '',
    answers: Object.fromEntries(
      indicators.map((indicator) => {
        const answer = given.get(indicator.id);
        return [
          indicator.id,
          {
            value: answer?.value === null || answer === undefined ? '' : String(answer.value),
            evidence: answer?.evidence ?? '',
          },
        ];
      }),
    ),
  };
}

/** The value of an answer: null when empty, NaN when not a number (a decimal comma accepted). */
export const answerValue = (answer: AnswerValues | undefined): number | null =>
  parseNumberInput(answer?.value ?? '');

/**
 * The request, or null with the problems: `assessedOn` must be a day; each value empty or a
 * number (its indicator's id names the problem). Unanswered indicators are sent with a null
 * value, so their evidence notes are kept.
 */
export function assessmentInput(
  values: AssessmentFormValues,
  indicators: readonly SelfAssessmentIndicator[],
): { input: SelfAssessmentInput | null; problems: Record<string, 'required' | 'number'> } {
  const problems: Record<string, 'required' | 'number'> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.assessedOn)) problems.assessedOn = 'required';
  const answers = indicators.map((indicator) => {
    const answer = values.answers[indicator.id];
    const value = answerValue(answer);
    if (value !== null && Number.isNaN(value)) problems[indicator.id] = 'number';
    return { indicatorId: indicator.id, value, evidence: answer?.evidence.trim() ?? '' };
  });
  if (Object.keys(problems).length > 0) return { input: null, problems };
  return {
    input: { assessedOn: values.assessedOn, title: values.title.trim(), answers },
    problems,
  };
}
