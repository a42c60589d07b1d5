// A question's analysis with the facilitator's tags merged into its free-text answers: each text
// carries the id of its response and the tags on that answer. Core's analysis stays pure (it knows
// answers, not responses); this joins it with the answer_tags rows.

import type {
  CrossTabulation,
  QuestionAnalysis,
  ShownGroup,
  TextAnalysis,
  WithheldGroup,
} from '@kume/core';

/** A free-text answer as the analysis lists it, with its response and tags. */
export interface TaggedText {
  text: string;
  /** Index into the submitted responses analysed (as in core's TextAnalysis). */
  responseIndex: number;
  responseId: string;
  tags: string[];
}

export type TaggedTextAnalysis = Omit<TextAnalysis, 'texts'> & { texts: TaggedText[] };
export type TaggedAnalysis = Exclude<QuestionAnalysis, TextAnalysis> | TaggedTextAnalysis;
export type TaggedShownGroup = Omit<ShownGroup, 'analysis'> & { analysis: TaggedAnalysis };
export type TaggedCrossTabulation = Omit<CrossTabulation, 'groups'> & {
  groups: (TaggedShownGroup | WithheldGroup)[];
};

/** The tags of one answer, by response id and question id; [] for an untagged answer. */
export type TagsOf = (responseId: string, questionId: string) => string[];

/**
 * Adds `responseId` and `tags` to each text of a text analysis; other kinds pass unchanged.
 * `responseIds[i]` is the id of the i-th response given to analyseQuestion or crossTabulate.
 */
export function presentTaggedAnalysis(
  analysis: QuestionAnalysis,
  responseIds: readonly string[],
  tagsOf: TagsOf,
): TaggedAnalysis {
  if (analysis.kind !== 'text') return analysis;
  return {
    ...analysis,
    texts: analysis.texts.map((entry) => {
      const responseId = responseIds[entry.responseIndex];
      // crossTabulate maps every text to an index of the responses given: a miss is a bug.
      if (responseId === undefined)
        throw new Error(`text answer of ${analysis.questionId} points at no response`);
      return { ...entry, responseId, tags: tagsOf(responseId, analysis.questionId) };
    }),
  };
}

/** The same for each shown group of a cross-tabulation; withheld groups stay empty. */
export function presentTaggedCrossTab(
  crossTab: CrossTabulation,
  responseIds: readonly string[],
  tagsOf: TagsOf,
): TaggedCrossTabulation {
  return {
    ...crossTab,
    groups: crossTab.groups.map((group) =>
      group.withheld
        ? group
        : { ...group, analysis: presentTaggedAnalysis(group.analysis, responseIds, tagsOf) },
    ),
  };
}
