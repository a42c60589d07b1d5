// Builds what the field study tests (and the survey benchmark) work on: an open questionnaire
// from the firm template, personal links, and complete, valid answers naming chosen partners.

import {
  allQuestions,
  toSurveyJsData,
  type AnswerValue,
  type Answers,
  type Question,
  type Questionnaire,
  type RelationAnswer,
} from '@kume/core';
import { expectStatus } from './projectFixtures';
import type { Agent } from './testApp';

export interface QuestionnaireFixture {
  id: string;
  definition: Questionnaire;
}

/** A questionnaire from the firm interview template, opened (status open, no dates). */
export async function openFirmQuestionnaire(
  agent: Agent,
  slug: string,
  dates: { opensOn?: string | null; closesOn?: string | null } = {},
): Promise<QuestionnaireFixture> {
  const base = `/api/projects/${slug}/questionnaires`;
  const created = expectStatus(
    await agent.post(base, { template: 'firm_interview' }),
    201,
  ).json() as QuestionnaireFixture;
  expectStatus(
    await agent.put(`${base}/${created.id}`, {
      definition: created.definition,
      status: 'open',
      ...dates,
    }),
    200,
  );
  return created;
}

/** Issues personal links and answers their tokens by organisation id. */
export async function issueTokens(
  agent: Agent,
  slug: string,
  questionnaireId: string,
  organisationIds: string[],
): Promise<Map<string, string>> {
  const response = expectStatus(
    await agent.post(`/api/projects/${slug}/questionnaires/${questionnaireId}/links`, {
      organisationIds,
    }),
    201,
  );
  const { links } = response.json() as { links: { organisationId: string; url: string }[] };
  return new Map(links.map((l) => [l.organisationId, l.url.replace(/^\/r\//, '')]));
}

/** A valid answer to any question (the first choice, the middle of a scale, ...). */
function answerFor(question: Question): AnswerValue | undefined {
  const first = question.choices?.[0]?.value;
  switch (question.type) {
    case 'text':
    case 'longText':
      return `Answer to ${question.id}`;
    case 'single':
      return first;
    case 'multiple':
      return first === undefined ? undefined : [first];
    case 'likert':
      return 3;
    case 'number':
      return Math.max(question.number?.min ?? 0, Math.min(question.number?.max ?? 40, 40));
    case 'matrix':
      return Object.fromEntries(
        (question.matrix?.rows ?? []).map((row) => [row.value, question.matrix?.columns[0]?.value]),
      ) as Record<string, string>;
    case 'relation':
      return undefined;
  }
}

/**
 * Complete answers: every question answered, `partners` in the first relation question (the
 * others left empty), and `overrides` last.
 */
export function completeAnswers(
  definition: Questionnaire,
  partners: RelationAnswer[] = [],
  overrides: Answers = {},
): Answers {
  const answers: Answers = {};
  const firstRelation = allQuestions(definition).find((q) => q.type === 'relation');
  for (const question of allQuestions(definition)) {
    const value = question === firstRelation ? partners : answerFor(question);
    if (value !== undefined && !(Array.isArray(value) && value.length === 0))
      answers[question.id] = value;
  }
  return { ...answers, ...overrides };
}

/** The same answers in SurveyJS's data shape, as the respondent's browser sends them. */
export function surveyData(
  definition: Questionnaire,
  partners: RelationAnswer[] = [],
  overrides: Answers = {},
): Record<string, unknown> {
  return { ...toSurveyJsData(definition, completeAnswers(definition, partners, overrides)) };
}
