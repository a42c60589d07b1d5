// "New assessment" and an assessment's editing: the day and a title, then every indicator by
// area with its value and evidence note; saved at once. A value left empty is not answered.

import { Alert, Button, Group, Modal, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import {
  localText,
  SELF_ASSESSMENT_AREA_NAMES,
  SELF_ASSESSMENT_AREAS,
  type SelfAssessmentIndicator,
} from '@kume/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { focusFirstError } from '../../../forms/focusFirstError';
import { usePhone } from '../../stakeholders/usePhone';
import { AnswerField } from './AnswerField';
import { assessmentFormValues, assessmentInput } from './assessmentFormValues';
import {
  createAssessment,
  updateAssessment,
  useSelfAssessmentMutation,
} from './selfAssessmentQueries';
import type { SelfAssessmentInput, SelfAssessmentRecord } from './selfAssessmentTypes';

function AssessmentForm({
  slug,
  indicators,
  record,
  today,
  onDone,
}: {
  slug: string;
  indicators: readonly SelfAssessmentIndicator[];
  record: SelfAssessmentRecord | null;
  today: string;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('monitoring');
  const [values, setValues] = useState(() => assessmentFormValues(indicators, record, today));
  const [submitted, setSubmitted] = useState(false);
  const save = useSelfAssessmentMutation(
    slug,
    (input: SelfAssessmentInput) =>
      record ? updateAssessment(slug, record.id, input) : createAssessment(slug, input),
    { success: record ? t('assessment.updated') : t('assessment.created'), onSuccess: onDone },
  );
  const check = assessmentInput(values, indicators);
  const problem = (key: string) => {
    const found = submitted ? check.problems[key] : undefined;
    return found ? t(`assessment.problem.${found}`) : undefined;
  };
  const answered = Object.values(values.answers).filter((a) => a.value.trim() !== '').length;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (check.input) save.mutate(check.input);
        else focusFirstError(event.currentTarget);
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('assessment.assessedOn')}
            value={values.assessedOn}
            max={today}
            onChange={(event) => setValues({ ...values, assessedOn: event.currentTarget.value })}
            error={problem('assessedOn')}
            withAsterisk
            data-testid="assessment-on"
          />
          <TextInput
            label={t('assessment.titleField')}
            placeholder={t('assessment.titlePlaceholder')}
            value={values.title}
            maxLength={200}
            onChange={(event) => setValues({ ...values, title: event.currentTarget.value })}
            data-testid="assessment-title"
          />
        </SimpleGrid>
        {SELF_ASSESSMENT_AREAS.map((area) => {
          const inArea = indicators.filter((i) => i.area === area);
          if (inArea.length === 0) return null;
          return (
            <Stack key={area} gap="xs">
              <Title order={4}>{localText(SELF_ASSESSMENT_AREA_NAMES[area], i18n.language)}</Title>
              {inArea.map((indicator) => (
                <AnswerField
                  key={indicator.id}
                  indicator={indicator}
                  answer={values.answers[indicator.id] ?? { value: '', evidence: '' }}
                  error={problem(indicator.id)}
                  onChange={(answer) =>
                    setValues((current) => ({
                      ...current,
                      answers: { ...current.answers, [indicator.id]: answer },
                    }))
                  }
                />
              ))}
            </Stack>
          );
        })}
        {submitted && !check.input && (
          <Alert color="red" variant="light">
            {t('assessment.fixProblems')}
          </Alert>
        )}
        <ErrorAlert error={save.error} />
        {/* The form is long: its buttons stay in view at the bottom of the modal. */}
        <Group
          justify="space-between"
          py="xs"
          style={{
            position: 'sticky',
            bottom: 0,
            zIndex: 2,
            background: 'var(--mantine-color-body)',
            borderTop: '1px solid var(--mantine-color-default-border)',
          }}
        >
          <Title order={6} c="dimmed">
            {t('assessment.answeredOf', { answered, total: indicators.length })}
          </Title>
          <Group gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="assessment-save">
              {t('common:action.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

export function AssessmentFormModal({
  slug,
  opened,
  indicators,
  record,
  today,
  onClose,
}: {
  slug: string;
  opened: boolean;
  /** The list answered: the project's for a new assessment, the one copied in for an edit. */
  indicators: readonly SelfAssessmentIndicator[];
  record: SelfAssessmentRecord | null;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const phone = usePhone();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={record ? t('assessment.editTitle') : t('assessment.newTitle')}
      size="80rem"
      fullScreen={phone}
      closeOnClickOutside={false}
    >
      {opened && (
        <AssessmentForm
          slug={slug}
          indicators={indicators}
          record={record}
          today={today}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}
