// The tags on one free-text answer: a small tag input saved on every change for those who may
// write the field study, plain badges for the others.

import { Badge, Group, TagsInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { foldForSearch, MAX_TAG_LENGTH, MAX_TAGS } from '@kume/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaggedText } from '../types';
import { useSaveAnswerTags } from './analysisQueries';
import { canonicalTags } from './canonicalTags';

export function AnswerTagEditor({
  slug,
  questionnaireId,
  questionId,
  entry,
  number,
  suggestions,
  readOnly,
}: {
  slug: string;
  questionnaireId: string;
  questionId: string;
  entry: TaggedText;
  /** The answer's position in the list shown, from 1 (names the input for screen readers). */
  number: number;
  /** The question's tags, most used first. */
  suggestions: readonly string[];
  readOnly: boolean;
}) {
  const { t } = useTranslation('fieldwork');
  const save = useSaveAnswerTags(slug, questionnaireId, {
    responseId: entry.responseId,
    questionId,
  });
  // The tags as last changed here, shown until the analysis comes back with them stored.
  const [draft, setDraft] = useState<string[] | null>(null);
  const tags = draft ?? entry.tags;

  if (readOnly)
    return tags.length === 0 ? null : (
      <Group gap={4} data-testid="answer-tags" style={{ flex: '0 1 280px' }}>
        {tags.map((tag) => (
          <Badge key={tag} size="xs" variant="light" style={{ textTransform: 'none' }}>
            {tag}
          </Badge>
        ))}
      </Group>
    );

  const change = (typed: string[]) => {
    const next = canonicalTags(typed, suggestions);
    setDraft(next);
    // TanStack Query calls these for the last change only: each save sends the whole list, and
    // saves run in order, so the last one settling leaves the stored tags as shown.
    save.mutate(next, {
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('analysis.tagsNotSaved'),
          message: error.message,
        }),
      onSettled: () => setDraft(null),
    });
  };
  const chosen = new Set(tags.map(foldForSearch));
  return (
    <TagsInput
      size="xs"
      style={{ flex: '0 1 280px' }}
      value={tags}
      onChange={change}
      data={suggestions.filter((tag) => !chosen.has(foldForSearch(tag)))}
      maxTags={MAX_TAGS}
      maxLength={MAX_TAG_LENGTH}
      placeholder={tags.length === 0 ? t('analysis.addTag') : undefined}
      aria-label={t('analysis.tagsOf', { number })}
      data-testid="answer-tag-input"
    />
  );
}
