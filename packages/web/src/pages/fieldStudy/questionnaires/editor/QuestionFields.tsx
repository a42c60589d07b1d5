// One question's fields: type, id, required, title and description in both languages, the
// type's own part, segment and condition.

import { Alert, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  QUESTION_TYPES,
  SEGMENTS,
  type Question,
  type QuestionType,
  type Questionnaire,
} from '@kume/core';
import { fieldDomId } from '../editorIssues';
import {
  earlierQuestions,
  idProblem,
  SEGMENT_TYPES,
  withType,
  type QuestionPosition,
} from '../editorState';
import { ConditionEditor } from './ConditionEditor';
import { LocalTextFields } from './LocalTextFields';
import { TypeFields } from './TypeFields';

export function QuestionFields({
  draft,
  at,
  question,
  onChange,
  errorAt,
  readOnly,
  answered,
}: {
  draft: Questionnaire;
  at: QuestionPosition;
  question: Question;
  onChange: (question: Question) => void;
  errorAt: (path: string) => string | undefined;
  readOnly: boolean;
  /** Submitted responses answer it: its id is kept (exports and analysis key on it). */
  answered: boolean;
}) {
  const { t } = useTranslation('questionnaires');
  const path = `pages.${at.page}.questions.${at.index}`;
  const problem = idProblem(draft, at, question.id);
  const common = { errorAt, readOnly };

  return (
    <Stack gap="sm" data-testid="question-fields">
      <Group gap="xs" align="flex-start" grow>
        <Select
          id={fieldDomId(`${path}.type`)}
          label={t('editor.type')}
          data={QUESTION_TYPES.map((type) => ({ value: type, label: t(`questionType.${type}`) }))}
          value={question.type}
          onChange={(value) => {
            const type = QUESTION_TYPES.find((qt) => qt === value);
            if (type) onChange(withType(question, type as QuestionType));
          }}
          readOnly={readOnly}
          allowDeselect={false}
          size="xs"
          data-testid="question-type"
        />
        <TextInput
          id={fieldDomId(`${path}.id`)}
          label={t('editor.id')}
          description={answered ? t('editor.idLocked') : t('editor.idHelp')}
          value={question.id}
          onChange={(event) => onChange({ ...question, id: event.currentTarget.value.trim() })}
          error={problem ? t(`editor.idProblem.${problem}`) : errorAt(`${path}.id`)}
          readOnly={readOnly || answered}
          ff="monospace"
          size="xs"
          maxLength={40}
          data-testid="question-id"
        />
      </Group>
      <Switch
        label={t('editor.required')}
        checked={question.required}
        onChange={(event) => onChange({ ...question, required: event.currentTarget.checked })}
        disabled={readOnly}
        size="sm"
      />
      <LocalTextFields
        {...common}
        label={t('editor.questionTitle')}
        value={question.title}
        onChange={(title) => onChange({ ...question, title: title ?? { tr: '', en: '' } })}
        path={`${path}.title`}
        required
        multiline
      />
      <LocalTextFields
        {...common}
        label={t('editor.description')}
        value={question.description}
        onChange={(description) => {
          const { description: _old, ...rest } = question;
          onChange(description ? { ...rest, description } : rest);
        }}
        path={`${path}.description`}
        multiline
      />
      {answered && question.type !== 'text' && question.type !== 'longText' && (
        <Alert color="yellow" p="xs" fz="xs">
          {t('editor.answeredWarning')}
        </Alert>
      )}
      <TypeFields {...common} question={question} onChange={onChange} path={path} />
      {SEGMENT_TYPES.includes(question.type) && (
        <Select
          label={t('editor.segment')}
          description={t('editor.segmentHelp')}
          placeholder={t('editor.noSegment')}
          data={SEGMENTS.map((segment) => ({ value: segment, label: t(`segment.${segment}`) }))}
          value={question.segment ?? null}
          onChange={(value) => {
            const segment = SEGMENTS.find((s) => s === value);
            const { segment: _old, ...rest } = question;
            onChange(segment ? { ...rest, segment } : rest);
          }}
          readOnly={readOnly}
          clearable
          size="xs"
          maw={320}
        />
      )}
      <ConditionEditor
        {...common}
        condition={question.visibleIf}
        onChange={(visibleIf) => {
          const { visibleIf: _old, ...rest } = question;
          onChange(visibleIf ? { ...rest, visibleIf } : rest);
        }}
        earlier={earlierQuestions(draft, at)}
        path={`${path}.visibleIf`}
      />
    </Stack>
  );
}
