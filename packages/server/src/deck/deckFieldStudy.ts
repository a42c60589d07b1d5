// The deck's field study: questionnaires and responses, SMEs reached against the quota,
// interviews and focus groups, relations, who was reached by value-chain stage and size, and the
// closed questions most answered, with the analysis page's counts and disclosure threshold.

import { count, eq } from 'drizzle-orm';
import {
  allQuestions,
  analyseQuestion,
  DEFAULT_MIN_GROUP,
  DEFAULT_QUOTA_TARGET,
  FIRM_TYPES,
  localText,
  quotaProgress,
  type DeckFieldStudy,
  type DeckLanguage,
  type QuestionAnalysis,
} from '@kume/core';
import {
  listOrganisations,
  listQuestionnaires,
  questionnaireCounts,
  reachedOrganisations,
  schema,
  submittedResponses,
  type Db,
  type QuestionnaireRow,
} from '@kume/db';
import type { ProjectClusterMap } from '../clusterMap/projectClusterMap';
import { DECK_SIZE_CLASSES, DECK_WORDS, deckSizeClass } from './deckWords';

/** Closed questions: the respondent picks from given answers. */
const CLOSED_TYPES = new Set(['single', 'multiple', 'likert']);
const KEY_QUESTIONS = 3;
/** Segments the deck charts from the registry already (organisations reached by stage and size). */
const SHOWN_SEGMENTS = new Set(['value_chain_stage', 'size']);

type KeyQuestion = DeckFieldStudy['keyQuestions'][number];

/**
 * A closed question's answers as label and count, null for other kinds: choices nobody picked are
 * left off (a multiple-choice question's most ticked first), a scale keeps all its points.
 */
function answersOf(
  analysis: QuestionAnalysis,
  language: DeckLanguage,
): KeyQuestion['answers'] | null {
  if (analysis.kind === 'choice') {
    const answers = analysis.choices.map((c) => ({
      label: localText(c.label, language),
      count: c.count,
    }));
    // Ticks of a multiple-choice question read best most first; single choices may be a scale.
    if (analysis.multiple) answers.sort((a, b) => b.count - a.count);
    if (analysis.other && analysis.other.count > 0)
      answers.push({ label: DECK_WORDS[language].otherAnswer, count: analysis.other.count });
    return answers.filter((answer) => answer.count > 0);
  }
  if (analysis.kind === 'likert')
    return analysis.distribution.map((d) => ({
      label: d.label ? localText(d.label, language) || String(d.point) : String(d.point),
      count: d.count,
    }));
  return null;
}

/**
 * The closed questions with the most answers (ticks of a multiple-choice question each count)
 * over every questionnaire's submitted responses, at most three, ties in questionnaire order.
 * Left out: a question fewer than DEFAULT_MIN_GROUP respondents answered (the analysis page's
 * disclosure rule), the stage and size questions (the reached organisations' charts show them),
 * and a second question of the same title.
 */
async function keyQuestions(
  db: Db,
  projectId: string,
  questionnaires: readonly Pick<QuestionnaireRow, 'id' | 'definition'>[],
  language: DeckLanguage,
) {
  const candidates: (KeyQuestion & { total: number })[] = [];
  for (const questionnaire of questionnaires) {
    const responses = await submittedResponses(db, projectId, questionnaire.id);
    if (responses.length < DEFAULT_MIN_GROUP) continue;
    const answers = responses.map((r) => r.answers);
    for (const question of allQuestions(questionnaire.definition)) {
      if (!CLOSED_TYPES.has(question.type) || SHOWN_SEGMENTS.has(question.segment ?? '')) continue;
      const analysis = analyseQuestion(question, answers, { language });
      const counted = answersOf(analysis, language);
      if (!counted || analysis.n < DEFAULT_MIN_GROUP) continue;
      candidates.push({
        question: localText(question.title, language),
        answers: counted,
        total: counted.reduce((sum, answer) => sum + answer.count, 0),
      });
    }
  }
  candidates.sort((a, b) => b.total - a.total);
  const seen = new Set<string>();
  const chosen: KeyQuestion[] = [];
  for (const { question, answers } of candidates) {
    if (seen.has(question)) continue;
    seen.add(question);
    chosen.push({ question, answers });
    if (chosen.length === KEY_QUESTIONS) break;
  }
  return chosen;
}

/** Rows of a tally with a count, most first (ties in first-seen order). */
const tallyRows = (tally: Map<string, number>) =>
  [...tally].map(([label, n]) => ({ label, count: n })).sort((a, b) => b.count - a.count);

/**
 * The field study for the deck, or null while the project has neither a questionnaire nor an
 * interview or focus group. SMEs reached and the target are the quota page's (default target).
 * Organisations reached are the businesses (firms, suppliers, service providers) reached by a
 * response, interview or focus group: by the value-chain stage the cluster map places them on
 * (most first), and by head-count class (in class order).
 */
export async function deckFieldStudy(
  db: Db,
  projectId: string,
  clusterMap: ProjectClusterMap,
  language: DeckLanguage,
): Promise<DeckFieldStudy | null> {
  const { interviews, relations } = schema;
  const [questionnaires, byKind, relationRows, organisations, reached] = await Promise.all([
    listQuestionnaires(db, projectId),
    db
      .select({ kind: interviews.kind, n: count() })
      .from(interviews)
      .where(eq(interviews.projectId, projectId))
      .groupBy(interviews.kind),
    db
      .select({ confirmed: relations.confirmed, n: count() })
      .from(relations)
      .where(eq(relations.projectId, projectId))
      .groupBy(relations.confirmed),
    listOrganisations(db, projectId),
    reachedOrganisations(db, projectId),
  ]);
  const interviewCount = byKind.find((row) => row.kind === 'interview')?.n ?? 0;
  const focusGroups = byKind.find((row) => row.kind === 'focus_group')?.n ?? 0;
  if (questionnaires.length === 0 && interviewCount === 0 && focusGroups === 0) return null;

  const counts = await questionnaireCounts(
    db,
    questionnaires.map((q) => q.id),
  );
  const responsesSubmitted = [...counts.values()].reduce((sum, c) => sum + c.submittedCount, 0);
  const reachedIds = new Set(reached.map((r) => r.organisationId));
  const progress = quotaProgress({
    organisations,
    reached: reachedIds,
    target: DEFAULT_QUOTA_TARGET,
  });

  const words = DECK_WORDS[language];
  const stageNames = new Map(
    clusterMap.chain.stages.map((s) => [s.id, localText(s.name, language)]),
  );
  const stageOf = new Map(clusterMap.map.nodes.map((node) => [node.id, node.stageId]));
  const byStage = new Map<string, number>();
  const bySize = new Map<string, number>();
  const firmTypes = new Set<string>(FIRM_TYPES);
  for (const organisation of organisations) {
    if (!reachedIds.has(organisation.id) || !firmTypes.has(organisation.type)) continue;
    const stageId = stageOf.get(organisation.id);
    const stage = (stageId && stageNames.get(stageId)) || words.notPlaced;
    byStage.set(stage, (byStage.get(stage) ?? 0) + 1);
    const size = words.size[deckSizeClass(organisation.employees)];
    bySize.set(size, (bySize.get(size) ?? 0) + 1);
  }
  const sizeOrder = DECK_SIZE_CLASSES.map((c) => words.size[c]);

  return {
    questionnaires: questionnaires.length,
    responsesSubmitted,
    smesReached: progress.reached,
    quotaTarget: progress.target,
    interviews: interviewCount,
    focusGroups,
    relations: relationRows.reduce((sum, row) => sum + row.n, 0),
    confirmedRelations: relationRows.find((row) => row.confirmed)?.n ?? 0,
    byStage: tallyRows(byStage),
    bySize: tallyRows(bySize).sort(
      (a, b) => sizeOrder.indexOf(a.label) - sizeOrder.indexOf(b.label),
    ),
    keyQuestions: await keyQuestions(db, projectId, questionnaires, language),
  };
}
