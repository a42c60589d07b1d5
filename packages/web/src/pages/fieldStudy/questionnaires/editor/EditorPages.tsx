// The pages of the editor with the draft operations wired to their buttons; deleting a page that
// holds questions asks first.

import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '@kume/core';
import {
  addPage,
  addQuestion,
  deletePage,
  deleteQuestion,
  duplicateQuestion,
  movePage,
  moveQuestion,
  updateQuestion,
  type QuestionPosition,
} from '../editorState';
import type { QuestionActions } from './QuestionCard';
import { PageSection } from './PageSection';

export function EditorPages({
  draft,
  setDraft,
  openAt,
  setOpenAt,
  problemCounts,
  broken,
  answeredIds,
  readOnly,
  errorAt,
}: {
  draft: Questionnaire;
  setDraft: (draft: Questionnaire) => void;
  openAt: QuestionPosition | null;
  setOpenAt: (at: QuestionPosition | null) => void;
  problemCounts: ReadonlyMap<string, number>;
  broken: ReadonlySet<string>;
  answeredIds: ReadonlySet<string>;
  readOnly: boolean;
  errorAt: (path: string) => string | undefined;
}) {
  const { t } = useTranslation('questionnaires');
  const [deletingPage, setDeletingPage] = useState<number | null>(null);

  const questionActions = (at: QuestionPosition): QuestionActions => ({
    onChange: (question) => setDraft(updateQuestion(draft, at, question)),
    onMove: (direction) => {
      const moved = moveQuestion(draft, at, direction);
      if (!moved) return;
      setDraft(moved.draft);
      if (openAt?.page === at.page && openAt.index === at.index) setOpenAt(moved.at);
    },
    onDuplicate: () => {
      const copied = duplicateQuestion(draft, at);
      setDraft(copied.draft);
      setOpenAt(copied.at);
    },
    onDelete: () => {
      setDraft(deleteQuestion(draft, at));
      setOpenAt(null);
    },
    onToggle: () => setOpenAt(openAt?.page === at.page && openAt.index === at.index ? null : at),
  });

  const pageAction = (page: number, action: 'up' | 'down' | 'addAfter' | 'delete') => {
    setOpenAt(null);
    if (action === 'up' || action === 'down')
      setDraft(movePage(draft, page, action === 'up' ? -1 : 1));
    if (action === 'addAfter') setDraft(addPage(draft, page));
    if (action === 'delete') {
      if ((draft.pages[page]?.questions.length ?? 0) > 0) setDeletingPage(page);
      else setDraft(deletePage(draft, page));
    }
  };

  // Questions are numbered through the whole questionnaire, as respondents see them.
  const firstNumbers = draft.pages.map(
    (_, index) =>
      1 + draft.pages.slice(0, index).reduce((sum, page) => sum + page.questions.length, 0),
  );
  return (
    <Stack gap="sm">
      {draft.pages.map((_page, index) => {
        return (
          <PageSection
            key={index}
            draft={draft}
            page={index}
            firstNumber={firstNumbers[index] ?? 1}
            openAt={openAt}
            problemCounts={problemCounts}
            broken={broken}
            answeredIds={answeredIds}
            readOnly={readOnly}
            errorAt={errorAt}
            onPageTitle={(title) => {
              const pages = draft.pages.map((p, i) => {
                if (i !== index) return p;
                const { title: _old, ...rest } = p;
                return title ? { ...rest, title } : rest;
              });
              setDraft({ ...draft, pages });
            }}
            onAddQuestion={(type) => {
              const added = addQuestion(draft, index, type);
              setDraft(added.draft);
              setOpenAt(added.at);
            }}
            onPageAction={(action) => pageAction(index, action)}
            questionActions={questionActions}
          />
        );
      })}
      <Modal
        opened={deletingPage !== null}
        onClose={() => setDeletingPage(null)}
        title={t('editor.deletePageTitle')}
        size="sm"
      >
        <Text size="sm">
          {t('editor.deletePageText', {
            count: draft.pages[deletingPage ?? 0]?.questions.length ?? 0,
          })}
        </Text>
        <Group justify="flex-end" gap="sm" mt="md">
          <Button variant="default" onClick={() => setDeletingPage(null)}>
            {t('common:action.cancel')}
          </Button>
          <Button
            color="red"
            onClick={() => {
              if (deletingPage !== null) setDraft(deletePage(draft, deletingPage));
              setDeletingPage(null);
            }}
            data-testid="delete-page-confirm"
          >
            {t('common:action.delete')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
