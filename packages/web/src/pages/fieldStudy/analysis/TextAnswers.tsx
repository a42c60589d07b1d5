// A text question's answers as a list (plain text, never HTML) with their tags: a filter that
// ignores case and Turkish letters (ı/i, ş/s ...), the tag counts that filter by a tag, and on
// each answer its tags (editable by those who may write the field study).

import { Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { countTags, foldForSearch } from '@kume/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../api/useProject';
import type { TaggedTextAnalysis } from '../types';
import { AnswerTagEditor } from './AnswerTagEditor';
import { filterTexts } from './filterTexts';
import { TagCountChips } from './TagCountChips';

/** Answers shown before "show all": a long list would bury the next question. */
const FIRST = 20;

export function TextAnswers({
  analysis,
  testId,
  questionnaireId,
  tagSuggestions,
}: {
  analysis: TaggedTextAnalysis;
  testId: string;
  questionnaireId: string;
  /** Every tag of the question (not only of these answers), most used first. */
  tagSuggestions: readonly string[];
}) {
  const { t, i18n } = useTranslation('fieldwork');
  const { slug, can } = useProject();
  const [filter, setFilter] = useState('');
  const [tag, setTag] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  const counts = useMemo(
    () =>
      countTags(
        analysis.texts.filter((e) => e.text).map((e) => e.tags),
        i18n.language,
      ),
    [analysis.texts, i18n.language],
  );
  // A chosen tag that no answer carries any more (its last use removed) no longer filters.
  const activeTag =
    tag !== null && counts.some((c) => foldForSearch(c.tag) === foldForSearch(tag)) ? tag : null;
  const texts = useMemo(
    () => filterTexts(analysis.texts, { query: filter, tag: activeTag }),
    [analysis.texts, filter, activeTag],
  );
  const shown = all ? texts : texts.slice(0, FIRST);
  return (
    <Stack gap="xs" data-testid={testId}>
      {counts.length > 0 && <TagCountChips counts={counts} value={activeTag} onChange={setTag} />}
      {analysis.texts.length > 3 && (
        <TextInput
          type="search"
          size="xs"
          maw={320}
          placeholder={t('analysis.filterTexts')}
          aria-label={t('analysis.filterTexts')}
          value={filter}
          onChange={(event) => setFilter(event.currentTarget.value)}
        />
      )}
      {texts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('analysis.noTexts')}
        </Text>
      ) : (
        <List
          size="sm"
          spacing={6}
          data-testid="text-answers"
          styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}
        >
          {shown.map((entry, index) => (
            <List.Item key={`${entry.responseId}-${index}`} data-testid="text-answer">
              {/* The tags sit beside the answer when there is room, below it on a phone. */}
              <Group gap="xs" align="flex-start" justify="space-between">
                <Text
                  size="sm"
                  style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', flex: '1 1 280px' }}
                >
                  {entry.text}
                </Text>
                <AnswerTagEditor
                  slug={slug}
                  questionnaireId={questionnaireId}
                  questionId={analysis.questionId}
                  entry={entry}
                  number={index + 1}
                  suggestions={tagSuggestions}
                  readOnly={!can('field_study')}
                />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {!all && texts.length > FIRST && (
        <Button size="compact-xs" variant="subtle" onClick={() => setAll(true)}>
          {t('analysis.showAllTexts', { count: texts.length })}
        </Button>
      )}
    </Stack>
  );
}
