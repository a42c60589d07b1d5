// One page of the questionnaire in the editor: its title, its questions, "add question" by type,
// and the page's own actions (move, add a page after, delete).

import { ActionIcon, Button, Card, Group, Menu, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES, type QuestionType, type Questionnaire } from '@kume/core';
import { positionKey } from '../editorIssues';
import type { QuestionPosition } from '../editorState';
import { LocalTextFields } from './LocalTextFields';
import { QuestionCard, type QuestionActions } from './QuestionCard';

export function PageSection({
  draft,
  page,
  firstNumber,
  openAt,
  problemCounts,
  broken,
  answeredIds,
  readOnly,
  errorAt,
  onPageTitle,
  onAddQuestion,
  onPageAction,
  questionActions,
}: {
  draft: Questionnaire;
  page: number;
  /** The number of the page's first question in the whole questionnaire. */
  firstNumber: number;
  openAt: QuestionPosition | null;
  problemCounts: ReadonlyMap<string, number>;
  /** Position keys of questions whose condition uses no earlier question. */
  broken: ReadonlySet<string>;
  answeredIds: ReadonlySet<string>;
  readOnly: boolean;
  errorAt: (path: string) => string | undefined;
  onPageTitle: (title: Questionnaire['pages'][number]['title']) => void;
  onAddQuestion: (type: QuestionType) => void;
  onPageAction: (action: 'up' | 'down' | 'addAfter' | 'delete') => void;
  questionActions: (at: QuestionPosition) => QuestionActions;
}) {
  const { t } = useTranslation('questionnaires');
  const current = draft.pages[page];
  if (!current) return null;
  const pageCount = draft.pages.length;

  return (
    <Card withBorder padding="sm" data-testid="page-section">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600} size="sm">
            {t('editor.page', { number: page + 1, count: pageCount })}
          </Text>
          {!readOnly && (
            <Group gap={0}>
              <ActionIcon
                variant="subtle"
                aria-label={t('editor.pageUp', { number: page + 1 })}
                disabled={page === 0}
                onClick={() => onPageAction('up')}
              >
                ↑
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                aria-label={t('editor.pageDown', { number: page + 1 })}
                disabled={page === pageCount - 1}
                onClick={() => onPageAction('down')}
              >
                ↓
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('editor.deletePage', { number: page + 1 })}
                disabled={pageCount <= 1}
                onClick={() => onPageAction('delete')}
              >
                ×
              </ActionIcon>
            </Group>
          )}
        </Group>
        <LocalTextFields
          label={t('editor.pageTitle')}
          value={current.title}
          onChange={onPageTitle}
          path={`pages.${page}.title`}
          errorAt={errorAt}
          readOnly={readOnly}
        />
        {current.questions.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('editor.emptyPage')}
          </Text>
        )}
        {current.questions.map((question, index) => {
          const at = { page, index };
          const key = positionKey(at);
          return (
            <QuestionCard
              key={index}
              draft={draft}
              at={at}
              number={firstNumber + index}
              question={question}
              open={openAt?.page === page && openAt.index === index}
              problems={problemCounts.get(key) ?? 0}
              brokenCondition={broken.has(key)}
              answered={answeredIds.has(question.id)}
              readOnly={readOnly}
              errorAt={errorAt}
              actions={questionActions(at)}
            />
          );
        })}
        {!readOnly && (
          <Group gap="xs">
            <Menu position="bottom-start">
              <Menu.Target>
                <Button size="xs" variant="light" data-testid="add-question">
                  {t('editor.addQuestion')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {QUESTION_TYPES.map((type) => (
                  <Menu.Item
                    key={type}
                    onClick={() => onAddQuestion(type)}
                    data-testid={`add-question-${type}`}
                  >
                    {t(`questionType.${type}`)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            <Button size="xs" variant="subtle" onClick={() => onPageAction('addAfter')}>
              {t('editor.addPage')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
