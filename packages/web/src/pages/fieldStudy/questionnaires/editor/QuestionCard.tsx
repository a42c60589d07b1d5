// A question in the editor's list: a summary line (number, id, type, title, marks) that opens
// its fields, and its actions: move, duplicate, delete (warning about conditions that use it).

import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { localText, type Question, type Questionnaire } from '@kume/core';
import { CopyIcon } from '../CopyIcon';
import { dependentsOf, type QuestionPosition } from '../editorState';
import { QuestionFields } from './QuestionFields';

export interface QuestionActions {
  onChange: (question: Question) => void;
  onMove: (direction: -1 | 1) => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onToggle: () => void;
}

export function QuestionCard({
  draft,
  at,
  number,
  question,
  open,
  problems,
  brokenCondition,
  answered,
  readOnly,
  errorAt,
  actions,
}: {
  draft: Questionnaire;
  at: QuestionPosition;
  /** Its number in the whole questionnaire, from 1. */
  number: number;
  question: Question;
  open: boolean;
  /** How many of the server's complaints concern it. */
  problems: number;
  brokenCondition: boolean;
  answered: boolean;
  readOnly: boolean;
  errorAt: (path: string) => string | undefined;
  actions: QuestionActions;
}) {
  const { t, i18n } = useTranslation('questionnaires');
  const [confirming, confirm] = useDisclosure(false);
  const dependents = dependentsOf(draft, question.id);
  const title = localText(question.title, i18n.language);

  return (
    <Paper withBorder p="xs" radius="sm" data-testid="question-card" data-question-id={question.id}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <UnstyledButton
          onClick={actions.onToggle}
          style={{ flex: 1, minWidth: 0 }}
          aria-expanded={open}
          aria-label={t('editor.openQuestion', { number, id: question.id })}
        >
          <Group gap={6} wrap="nowrap">
            <Text size="sm" c="dimmed" w={28}>
              {number}.
            </Text>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} truncate>
                {title || t('editor.noTitle')}
                {question.required && (
                  <Text span c="red">
                    {' *'}
                  </Text>
                )}
              </Text>
              <Group gap={4}>
                <Text size="xs" c="dimmed" ff="monospace">
                  {question.id}
                </Text>
                <Badge size="xs" variant="light" color="gray">
                  {t(`questionType.${question.type}`)}
                </Badge>
                {question.visibleIf && (
                  <Badge size="xs" variant="light" color={brokenCondition ? 'red' : 'blue'}>
                    {brokenCondition ? t('editor.brokenCondition') : t('editor.hasCondition')}
                  </Badge>
                )}
                {question.segment && (
                  <Badge size="xs" variant="light" color="grape">
                    {t(`segment.${question.segment}`)}
                  </Badge>
                )}
                {problems > 0 && (
                  <Badge size="xs" color="red">
                    {t('editor.problems', { count: problems })}
                  </Badge>
                )}
              </Group>
            </Stack>
          </Group>
        </UnstyledButton>
        {!readOnly && (
          <Group gap={0} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              aria-label={t('editor.moveUp')}
              onClick={() => actions.onMove(-1)}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              aria-label={t('editor.moveDown')}
              onClick={() => actions.onMove(1)}
            >
              ↓
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              aria-label={t('editor.duplicate')}
              onClick={actions.onDuplicate}
            >
              <CopyIcon />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('editor.deleteQuestion', { id: question.id })}
              onClick={confirm.open}
            >
              ×
            </ActionIcon>
          </Group>
        )}
      </Group>
      {open && (
        <Stack mt="sm">
          <QuestionFields
            draft={draft}
            at={at}
            question={question}
            onChange={actions.onChange}
            errorAt={errorAt}
            readOnly={readOnly}
            answered={answered}
          />
        </Stack>
      )}
      <Modal opened={confirming} onClose={confirm.close} title={t('editor.deleteTitle')} size="sm">
        <Stack gap="sm">
          <Text size="sm">{t('editor.deleteText', { id: question.id })}</Text>
          {dependents.length > 0 && (
            <Text size="sm" c="orange" data-testid="delete-dependents">
              {t('editor.deleteDependents', {
                count: dependents.length,
                ids: dependents.map((dependent) => dependent.id).join(', '),
              })}
            </Text>
          )}
          {answered && (
            <Text size="sm" c="red">
              {t('editor.deleteAnswered')}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirm.close}>
              {t('common:action.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                confirm.close();
                actions.onDelete();
              }}
              data-testid="delete-question-confirm"
            >
              {t('common:action.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
