// The respondent's form itself (SurveyJS, loaded lazily): restores the draft, saves it as they
// answer (with a copy on the device until the server has it) and submits it.

import { Alert, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api/client';
import type { RespondentFormView } from '../types';
import { createSurveyModel, setSurveyLocale, watchAnswers } from './createSurveyModel';
import { SurveyView } from './SurveyView';
import { DraftAutosaver, type SaveStatus } from './DraftAutosaver';
import { respondentProblem, placeIssues } from './respondentState';
import { dropDraftBackup, keepDraftBackup, readDraftBackup } from './respondentStorage';
import { SaveIndicator } from './SaveIndicator';

export interface RespondentSurveyProps {
  token: string;
  view: RespondentFormView;
  language: 'tr' | 'en';
  onSubmitted: (submittedAt: string) => void;
  /** The link stopped working while answering (closed, already submitted, revoked). */
  onProblem: (error: unknown) => void;
}

type Data = Record<string, unknown>;
const respondPath = (token: string) => `/api/respond/${encodeURIComponent(token)}`;

export default function RespondentSurvey({
  token,
  view,
  language,
  onSubmitted,
  onProblem,
}: RespondentSurveyProps) {
  const { t } = useTranslation('respond');
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  // Messages of a refused submission that name no question; null while there is none.
  const [formIssues, setFormIssues] = useState<string[] | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  // Answers kept on the device but not saved (a failed save, then a reload) win over the server's.
  const backup = useMemo(() => readDraftBackup(localStorage, token), [token]);
  const model = useMemo(
    () => createSurveyModel(view.survey, { locale: language, data: backup?.data ?? view.data }),
    // The language changes the model below; a new model would drop the page the respondent is on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [view, backup],
  );

  useEffect(() => {
    setSurveyLocale(model, language);
  }, [model, language]);

  useEffect(() => {
    const describe = (error: unknown) =>
      error instanceof ApiError && error.status !== 0 ? error.message : t('save.offline');
    const saver = new DraftAutosaver<Data>({
      save: (data) => api.put(respondPath(token), { data }),
      onStatus: (next) => {
        setStatus(next);
        if (next.kind === 'saved') dropDraftBackup(localStorage, token);
      },
      isFinal: (error) =>
        respondentProblem(error) !== 'error' && respondentProblem(error) !== 'offline',
      onFinalError: onProblem,
      describe,
    });
    if (backup) saver.change(backup.data);
    const stopWatching = watchAnswers(model, (data) => {
      keepDraftBackup(localStorage, token, data, new Date());
      saver.change(data);
    });
    const flush = () => saver.flush();
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') saver.flush();
    };
    model.onCurrentPageChanged.add(flush);
    window.addEventListener('online', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);

    const submit = async (_: unknown, options: { allow: boolean }) => {
      setFormIssues(null);
      setSubmitError(null);
      try {
        await api.post(`${respondPath(token)}/submit`, { data: model.data });
      } catch (error) {
        options.allow = false;
        if (error instanceof ApiError && error.status === 400) {
          showIssues(error);
          return;
        }
        const problem = respondentProblem(error);
        if (problem === 'error' || problem === 'offline') {
          setSubmitError(t('submit.failed', { reason: describe(error) }));
          return;
        }
        saver.stop();
        onProblem(error);
      }
    };
    const showIssues = (error: ApiError) => {
      const names = new Set(model.getAllQuestions().map((question) => question.name));
      const placed = placeIssues(error.issues, names);
      let focused = false;
      for (const issue of placed) {
        if (issue.question === null) continue;
        model.getQuestionByName(issue.question)?.addError(issue.message);
        if (!focused) focused = model.focusQuestion(issue.question);
      }
      const onForm = placed.filter((issue) => issue.question === null).map((i) => i.message);
      setFormIssues(placed.length === 0 ? [error.message] : onForm);
    };
    const completed = () => {
      saver.stop();
      dropDraftBackup(localStorage, token);
      onSubmitted(new Date().toISOString());
    };
    model.onCompleting.add(submit);
    model.onComplete.add(completed);
    return () => {
      stopWatching();
      saver.stop();
      model.onCurrentPageChanged.remove(flush);
      model.onCompleting.remove(submit);
      model.onComplete.remove(completed);
      window.removeEventListener('online', flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
    };
  }, [model, token, backup, onProblem, onSubmitted, t]);

  return (
    <Stack gap="xs">
      <SaveIndicator status={status} />
      {formIssues && (
        <Alert color="orange" title={t('submit.checkTitle')} role="alert">
          <Text size="sm">{t('submit.checkText')}</Text>
          {formIssues.map((message, i) => (
            <Text size="sm" key={i}>
              {message}
            </Text>
          ))}
        </Alert>
      )}
      {submitError && (
        <Alert color="red" role="alert">
          {submitError}
        </Alert>
      )}
      <div data-testid="respondent-survey">
        <SurveyView model={model} />
      </div>
    </Stack>
  );
}
