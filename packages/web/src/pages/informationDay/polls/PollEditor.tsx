// Writing the event's polls: questions with 2 to 10 choices each, added and removed freely, then
// saved as one poll workshop. Read only once the poll is live (or without the events permission).

import { ActionIcon, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EventErrorAlert } from '../EventErrorAlert';
import {
  emptyPoll,
  MAX_CHOICES,
  MAX_POLL_TEXT,
  MAX_POLLS,
  pollProblems,
  type PollDraft,
} from './pollDraft';

export function PollEditor({
  initial,
  readOnly,
  saving,
  error,
  onSave,
}: {
  initial: PollDraft[];
  readOnly: boolean;
  saving: boolean;
  error: unknown;
  onSave: (drafts: PollDraft[]) => void;
}) {
  const { t } = useTranslation('informationDay');
  const [drafts, setDrafts] = useState(initial);
  const [tried, setTried] = useState(false);
  const problems = pollProblems(drafts);
  const problem = (path: string) => {
    const found = problems[path];
    return tried && found ? t(`polls.problem.${found}`, { max: MAX_POLL_TEXT }) : undefined;
  };
  const setPoll = (index: number, change: Partial<PollDraft>) =>
    setDrafts((all) => all.map((poll, i) => (i === index ? { ...poll, ...change } : poll)));
  const setChoice = (index: number, row: number, text: string) =>
    setPoll(index, {
      choices: drafts[index]?.choices.map((choice, r) => (r === row ? text : choice)) ?? [],
    });
  const save = () => {
    setTried(true);
    if (Object.keys(problems).length === 0) onSave(drafts);
  };

  return (
    <Stack gap="sm" data-testid="poll-editor">
      {drafts.map((poll, index) => (
        <Card key={poll.key} withBorder padding="sm" data-testid="poll-question">
          <Stack gap="xs">
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                label={t('polls.question', { number: index + 1 })}
                value={poll.question}
                maxLength={MAX_POLL_TEXT}
                readOnly={readOnly}
                onChange={(event) => setPoll(index, { question: event.currentTarget.value })}
                error={problem(`${index}.question`)}
                style={{ flex: 1 }}
                data-testid={`poll-question-${index}`}
              />
              {!readOnly && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={26}
                  disabled={drafts.length === 1}
                  onClick={() => setDrafts((all) => all.filter((_, i) => i !== index))}
                  aria-label={t('polls.removeQuestion', { number: index + 1 })}
                >
                  ✕
                </ActionIcon>
              )}
            </Group>
            {poll.choices.map((choice, row) => (
              <Group key={row} gap="xs" wrap="nowrap" pl="md">
                <TextInput
                  aria-label={t('polls.choice', { number: row + 1 })}
                  placeholder={t('polls.choice', { number: row + 1 })}
                  value={choice}
                  maxLength={MAX_POLL_TEXT}
                  readOnly={readOnly}
                  onChange={(event) => setChoice(index, row, event.currentTarget.value)}
                  error={problem(`${index}.choices.${row}`)}
                  size="xs"
                  style={{ flex: 1 }}
                  data-testid={`poll-choice-${index}-${row}`}
                />
                {!readOnly && (
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    disabled={poll.choices.length <= 2}
                    onClick={() =>
                      setPoll(index, { choices: poll.choices.filter((_, r) => r !== row) })
                    }
                    aria-label={t('polls.removeChoice', { number: row + 1 })}
                  >
                    ✕
                  </ActionIcon>
                )}
              </Group>
            ))}
            {problem(`${index}.choices`) && (
              <Text size="xs" c="red" pl="md">
                {problem(`${index}.choices`)}
              </Text>
            )}
            {!readOnly && (
              <Group pl="md">
                <Button
                  size="compact-xs"
                  variant="subtle"
                  disabled={poll.choices.length >= MAX_CHOICES}
                  onClick={() => setPoll(index, { choices: [...poll.choices, ''] })}
                  data-testid={`poll-add-choice-${index}`}
                >
                  {t('polls.addChoice')}
                </Button>
              </Group>
            )}
          </Stack>
        </Card>
      ))}
      {!readOnly && (
        <Group justify="space-between">
          <Button
            variant="light"
            size="xs"
            disabled={drafts.length >= MAX_POLLS}
            onClick={() => setDrafts((all) => [...all, emptyPoll()])}
            data-testid="poll-add-question"
          >
            {t('polls.addQuestion')}
          </Button>
          <Button onClick={save} loading={saving} data-testid="polls-save">
            {t('polls.save')}
          </Button>
        </Group>
      )}
      <EventErrorAlert error={error} />
    </Stack>
  );
}
