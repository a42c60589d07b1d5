// Kume's questionnaire editor: the questionnaire's title, its pages and questions as a list, the
// save bar and the problems to fix, with the live SurveyJS preview beside it (a tab on phones).

import { Grid, Stack, Tabs } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../api/client';
import { usePhone } from '../../../stakeholders/usePhone';
import type { QuestionnaireView } from '../../types';
import { fieldDomId, issuesByQuestion, issueTarget, positionKey } from '../editorIssues';
import { brokenConditions, type QuestionPosition } from '../editorState';
import type { QuestionnaireDraft } from '../useQuestionnaireDraft';
import { EditorPages } from './EditorPages';
import { LocalTextFields } from './LocalTextFields';
import { MissingTranslations } from './MissingTranslations';
import { PreviewPanel } from './PreviewPanel';
import { SaveBar } from './SaveBar';

export function QuestionnaireEditor({
  questionnaire,
  editing,
  readOnly,
  organisations,
}: {
  questionnaire: QuestionnaireView;
  editing: QuestionnaireDraft;
  readOnly: boolean;
  organisations: readonly { id: string; name: string }[];
}) {
  const { t } = useTranslation('questionnaires');
  const phone = usePhone();
  const { draft, setDraft } = editing;
  const [openAt, setOpenAt] = useState<QuestionPosition | null>(null);
  const [phoneTab, setPhoneTab] = useState<string | null>('edit');

  const saveError = editing.save.error;
  const issues = useMemo(
    () => (saveError instanceof ApiError ? saveError.issues : []),
    [saveError],
  );
  const errors = useMemo(() => {
    const byPath = new Map<string, string>();
    for (const issue of issues) {
      const path = issueTarget(issue.path).path;
      if (!byPath.has(path)) byPath.set(path, issue.message);
    }
    return byPath;
  }, [issues]);
  const errorAt = (path: string) => errors.get(path);
  const problemCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const [key, fields] of issuesByQuestion(issues))
      if (key) counts.set(key, Object.keys(fields).length);
    return counts;
  }, [issues]);
  const broken = new Set(brokenConditions(draft).map(positionKey));

  /** Opens the question a path belongs to and focuses its input once it is rendered. */
  const jumpTo = (apiPath: string) => {
    const target = issueTarget(apiPath);
    if (target.at) setOpenAt(target.at);
    setPhoneTab('edit');
    // After React has rendered the opened question, so its input exists.
    setTimeout(() => {
      const element = document.getElementById(fieldDomId(target.path));
      if (!element) return;
      element.scrollIntoView({ block: 'center', behavior: 'smooth' });
      element.focus({ preventScroll: true });
    }, 50);
  };

  const save = () =>
    editing.saveDraft().catch((error: unknown) => {
      const first = error instanceof ApiError ? error.issues[0] : undefined;
      if (first) jumpTo(first.path);
    });

  const editor = (
    <Stack gap="sm">
      {!readOnly && (
        <SaveBar
          dirty={editing.dirty}
          saving={editing.save.isPending}
          error={editing.save.error}
          onSave={save}
          onDiscard={editing.discard}
        />
      )}
      <MissingTranslations draft={draft} onJump={jumpTo} />
      <LocalTextFields
        label={t('editor.title')}
        value={draft.title}
        onChange={(title) => setDraft({ ...draft, title: title ?? { tr: '', en: '' } })}
        path="title"
        errorAt={errorAt}
        readOnly={readOnly}
        required
      />
      <LocalTextFields
        label={t('editor.description')}
        value={draft.description}
        onChange={(description) => {
          const { description: _old, ...rest } = draft;
          setDraft(description ? { ...rest, description } : rest);
        }}
        path="description"
        errorAt={errorAt}
        readOnly={readOnly}
        multiline
      />
      <EditorPages
        draft={draft}
        setDraft={setDraft}
        openAt={openAt}
        setOpenAt={setOpenAt}
        problemCounts={problemCounts}
        broken={broken}
        answeredIds={new Set(questionnaire.answeredQuestionIds)}
        readOnly={readOnly}
        errorAt={errorAt}
      />
    </Stack>
  );
  const preview = (
    <PreviewPanel draft={draft} organisations={organisations} page={openAt?.page ?? 0} />
  );

  if (phone)
    return (
      <Tabs value={phoneTab} onChange={setPhoneTab} keepMounted={false}>
        <Tabs.List grow mb="sm">
          <Tabs.Tab value="edit">{t('editor.editTab')}</Tabs.Tab>
          <Tabs.Tab value="preview">{t('preview.title')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="edit">{editor}</Tabs.Panel>
        <Tabs.Panel value="preview">{preview}</Tabs.Panel>
      </Tabs>
    );
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7 }}>{editor}</Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <div style={{ position: 'sticky', top: 70 }}>{preview}</div>
      </Grid.Col>
    </Grid>
  );
}
