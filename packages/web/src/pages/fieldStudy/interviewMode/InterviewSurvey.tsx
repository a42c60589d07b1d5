// The questionnaire filled in during an interview: every change is written to this device at
// once; finishing marks the interview submitted. The server hears of it through the sync queue.

import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toSurveyJs, type Questionnaire } from '@kume/core';
import { createSurveyModel, setSurveyLocale, watchAnswers } from '../respond/createSurveyModel';
import { SurveyView } from '../respond/SurveyView';
import { editInterview, type InterviewRecord } from './interviewRecord';
import { updateInterview } from './interviewStore';
import type { OrganisationName } from './useInterviewSource';

export function InterviewSurvey({
  record,
  definition,
  organisations,
  onSaved,
  onFinished,
  onLeave,
  onStorageError,
}: {
  record: InterviewRecord;
  definition: Questionnaire;
  organisations: readonly OrganisationName[];
  onSaved: () => void;
  onFinished: () => void;
  onLeave: () => void;
  onStorageError: (error: unknown) => void;
}) {
  const { t, i18n } = useTranslation('respond');
  const language = i18n.language === 'tr' ? 'tr' : 'en';
  const { id } = record;
  // Built once per interview: the stored answers are its starting point, the model keeps them after.
  const model = useMemo(
    () =>
      createSurveyModel(toSurveyJs(definition, { organisations, locale: language }), {
        locale: language,
        data: record.data,
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [id, definition, organisations],
  );

  useEffect(() => {
    setSurveyLocale(model, language);
  }, [model, language]);

  useEffect(() => {
    const write = (change: Parameters<typeof editInterview>[1]) =>
      updateInterview(id, (current) => editInterview(current, change, new Date()));
    const stop = watchAnswers(model, (data) => {
      write({ data }).then(onSaved, onStorageError);
    });
    const finish = () => {
      write({ data: model.data as Record<string, unknown>, submitted: true }).then(() => {
        onSaved();
        onFinished();
      }, onStorageError);
    };
    model.onComplete.add(finish);
    return () => {
      stop();
      model.onComplete.remove(finish);
    };
  }, [model, id, onSaved, onFinished, onStorageError]);

  return (
    <Paper withBorder p={0} radius="md" data-testid="interview-form">
      <Stack gap={0}>
        <Group justify="space-between" p="sm" gap="xs">
          <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
            {t('interview.filling', { name: record.organisationName })}
          </Title>
          <Button variant="subtle" onClick={onLeave}>
            {t('interview.close')}
          </Button>
        </Group>
        {record.notes && (
          <Text size="sm" c="dimmed" px="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {record.notes}
          </Text>
        )}
        <div>
          <SurveyView model={model} />
        </div>
      </Stack>
    </Paper>
  );
}
