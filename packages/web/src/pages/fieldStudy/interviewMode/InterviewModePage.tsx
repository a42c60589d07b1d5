// Interview mode (`/p/:slug/field-study/interview/:questionnaireId`): the facilitator in the field
// fills the questionnaire for an organisation. Everything is kept on the device first and synced
// when the server can be reached, so a dropped connection loses nothing.

import { Alert, Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useProjectSlug } from '../../../api/useProject';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { InterviewList } from './InterviewList';
import { newInterview, newInterviewId, type InterviewRecord } from './interviewRecord';
import { InterviewStartForm } from './InterviewStartForm';
import { getInterview, saveInterview } from './interviewStore';
import { InterviewSurvey } from './InterviewSurvey';
import { SyncStatus } from './SyncStatus';
import { useInterviewSource } from './useInterviewSource';
import { useInterviewSync } from './useInterviewSync';

export default function InterviewModePage() {
  const { t, i18n } = useTranslation('respond');
  const slug = useProjectSlug();
  const { questionnaireId = '' } = useParams();
  const source = useInterviewSource(slug, questionnaireId);
  const questionnaire = source.questionnaire.data?.value;
  const organisations = source.organisations.data?.value;
  const sync = useInterviewSync(slug, questionnaireId, questionnaire?.definition);
  const [active, setActive] = useState<InterviewRecord | null>(null);
  const [finished, setFinished] = useState(false);
  const [storageError, setStorageError] = useState<unknown>(null);
  const { saved } = sync;

  const start = async (input: Parameters<typeof newInterview>[0]) => {
    const record = newInterview(input, newInterviewId(), new Date());
    try {
      await saveInterview(record);
      setActive(record);
      saved();
    } catch (error) {
      setStorageError(error);
    }
  };
  const onFinished = useCallback(() => {
    setActive(null);
    setFinished(true);
  }, []);
  const onLeave = useCallback(() => setActive(null), []);
  const continueInterview = async (record: InterviewRecord) => {
    setFinished(false);
    setActive((await getInterview(record.id).catch(() => undefined)) ?? record);
  };

  const title = questionnaire
    ? questionnaire.title[i18n.language === 'tr' ? 'tr' : 'en'] || questionnaire.title.tr
    : '';
  const loadError = source.questionnaire.error ?? source.organisations.error;
  const fromCache = source.questionnaire.data?.fromCache || source.organisations.data?.fromCache;
  const offlineWithoutCopy = loadError !== null && 'status' in loadError && loadError.status === 0;

  return (
    <Stack gap="md" maw={820}>
      <Anchor
        component={Link}
        to={`/p/${slug}/field-study/questionnaires/${questionnaireId}`}
        size="sm"
      >
        ← {t('interview.back')}
      </Anchor>
      <PageHeader title={t('interview.title')} description={title} />
      <SyncStatus
        records={sync.records}
        online={sync.online}
        outcome={sync.outcome}
        syncing={sync.syncing}
        onSync={() => void sync.syncNow()}
      />
      {(storageError ?? sync.storageError) !== null && (
        <Alert color="red" role="alert">
          {t('interview.storageError')}
        </Alert>
      )}
      {fromCache && (
        <Alert color="yellow" role="status">
          {t('interview.cachedCopy')}
        </Alert>
      )}
      {offlineWithoutCopy ? (
        <Alert color="orange" role="alert">
          {t('interview.notLoaded')}
        </Alert>
      ) : (
        loadError && <ErrorAlert error={loadError} />
      )}
      {(source.questionnaire.isPending || source.organisations.isPending) && <Loading />}
      {questionnaire && organisations && (
        <>
          {active ? (
            <InterviewSurvey
              key={active.id}
              record={active}
              definition={questionnaire.definition}
              organisations={organisations}
              onSaved={saved}
              onFinished={onFinished}
              onLeave={onLeave}
              onStorageError={setStorageError}
            />
          ) : finished ? (
            <Paper withBorder p="md" radius="md" data-testid="interview-finished">
              <Stack gap="xs" align="flex-start">
                <Title order={3} size="h4">
                  {t('interview.finished')}
                </Title>
                <Text size="sm">{t('interview.finishedText')}</Text>
                <Button size="md" onClick={() => setFinished(false)}>
                  {t('interview.next')}
                </Button>
              </Stack>
            </Paper>
          ) : (
            <InterviewStartForm
              organisations={organisations}
              onStart={(input) => void start({ ...input, projectSlug: slug, questionnaireId })}
            />
          )}
        </>
      )}
      <InterviewList
        records={sync.records}
        activeId={active?.id ?? null}
        onContinue={(record) => void continueInterview(record)}
      />
    </Stack>
  );
}
