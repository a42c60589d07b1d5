// A text question's answers as a list (plain text, never HTML), with a filter that ignores case
// and Turkish letters (ı/i, ş/s ...).

import { Button, List, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldForSearch, type TextAnalysis } from '@kume/core';

/** Answers shown before "show all": a long list would bury the next question. */
const FIRST = 20;

export function TextAnswers({ analysis, testId }: { analysis: TextAnalysis; testId: string }) {
  const { t } = useTranslation('fieldwork');
  const [filter, setFilter] = useState('');
  const [all, setAll] = useState(false);
  const texts = useMemo(() => {
    const wanted = foldForSearch(filter.trim());
    const nonEmpty = analysis.texts.filter((entry) => entry.text);
    return wanted
      ? nonEmpty.filter((entry) => foldForSearch(entry.text).includes(wanted))
      : nonEmpty;
  }, [analysis.texts, filter]);
  const shown = all ? texts : texts.slice(0, FIRST);
  return (
    <Stack gap="xs" data-testid={testId}>
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
        <List size="sm" spacing={4} data-testid="text-answers">
          {shown.map((entry, index) => (
            <List.Item key={`${entry.responseIndex}-${index}`}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {entry.text}
              </Text>
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
