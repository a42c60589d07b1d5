// The chart (or list) of one question's analysis, by its kind.

import type { TaggedAnalysis } from '../types';
import { ChoiceChart } from './ChoiceChart';
import { LikertChart } from './LikertChart';
import { MatrixChart } from './MatrixChart';
import { NumberChart } from './NumberChart';
import { RelationChart } from './RelationChart';
import { TextAnswers } from './TextAnswers';

export function AnalysisBody({
  analysis,
  title,
  testId,
  questionnaireId,
  tagSuggestions,
}: {
  analysis: TaggedAnalysis;
  /** The question's title (names saved pictures). */
  title: string;
  testId: string;
  questionnaireId: string;
  /** Text questions: the question's tags, most used first. */
  tagSuggestions: readonly string[];
}) {
  switch (analysis.kind) {
    case 'choice':
      return <ChoiceChart analysis={analysis} title={title} testId={testId} />;
    case 'likert':
      return <LikertChart analysis={analysis} title={title} testId={testId} />;
    case 'number':
      return <NumberChart analysis={analysis} title={title} testId={testId} />;
    case 'matrix':
      return <MatrixChart analysis={analysis} title={title} testId={testId} />;
    case 'text':
      return (
        <TextAnswers
          analysis={analysis}
          testId={testId}
          questionnaireId={questionnaireId}
          tagSuggestions={tagSuggestions}
        />
      );
    case 'relation':
      return <RelationChart analysis={analysis} title={title} testId={testId} />;
  }
}
