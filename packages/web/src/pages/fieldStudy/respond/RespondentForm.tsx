// A respondent's form from its token (personal link, or the draft a public link started): the
// header (title, organisation, languages), the SurveyJS form, and the pages around it.

import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { Loading } from '../../../components/Loading';
import { useFormat } from '../../../i18n/format';
import { changeLanguage } from '../../../i18n/i18n';
import type { RespondentFormView } from '../types';
import { AlreadySubmittedMessage, ProblemMessage, ThanksMessage } from './RespondentMessage';

// SurveyJS is large: it loads only once there is a form to show.
const RespondentSurvey = lazy(() => import('./RespondentSurvey'));

type Language = 'tr' | 'en';
type Outcome = { kind: 'submitted' } | { kind: 'problem'; error: unknown };

export interface RespondentFormProps {
  token: string;
  /** For a public link: forget this draft and start a new one (after thanks, or "answer again"). */
  onAnswerAgain?: () => void;
  /** For a public link: the kept token is unknown to the server (a new one should be started). */
  onUnknownToken?: () => void;
}

export function RespondentForm({ token, onAnswerAgain, onUnknownToken }: RespondentFormProps) {
  const { t, i18n } = useTranslation('respond');
  const format = useFormat();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const form = useQuery({
    queryKey: ['respond', token],
    queryFn: () => api.get<RespondentFormView>(`/api/respond/${encodeURIComponent(token)}`),
    retry: false,
    staleTime: Infinity,
    gcTime: 0,
  });
  const view = form.data;
  const languages: Language[] = view?.languages.length ? view.languages : ['tr', 'en'];
  const language: Language = languages.includes(i18n.language as Language)
    ? (i18n.language as Language)
    : (languages[0] ?? 'tr');

  const title = view ? view.title[language] || view.title.tr || view.title.en : '';
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);

  const onSubmitted = useCallback(() => {
    setOutcome({ kind: 'submitted' });
    window.scrollTo({ top: 0 });
  }, []);
  const onProblem = useCallback((error: unknown) => setOutcome({ kind: 'problem', error }), []);
  const unknownToken =
    form.error && onUnknownToken && 'status' in form.error && form.error.status === 404;
  useEffect(() => {
    if (unknownToken) onUnknownToken();
  }, [unknownToken, onUnknownToken]);

  if (form.isPending || unknownToken) return <Loading />;
  if (form.error) return <ProblemMessage error={form.error} onRetry={() => void form.refetch()} />;
  if (outcome?.kind === 'submitted') return <ThanksMessage onAnswerAgain={onAnswerAgain} />;
  if (outcome?.kind === 'problem')
    return <ProblemMessage error={outcome.error} onAnswerAgain={onAnswerAgain} />;
  if (form.data.status === 'submitted')
    return (
      <AlreadySubmittedMessage submittedAt={form.data.submittedAt} onAnswerAgain={onAnswerAgain} />
    );

  const { organisationName, closesOn } = form.data;
  // The form shows the questionnaire's title and description itself (SurveyJS header).
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="center" wrap="nowrap" gap="xs">
        <Stack gap={0} miw={0}>
          {organisationName && (
            <Text
              size="sm"
              fw={600}
              data-testid="answering-for"
              style={{ overflowWrap: 'anywhere' }}
            >
              {t('answeringFor', { name: organisationName })}
            </Text>
          )}
          {closesOn && (
            <Text size="xs" c="dimmed">
              {t('openUntil', { date: format.date(closesOn) })}
            </Text>
          )}
        </Stack>
        {languages.length > 1 && (
          <SegmentedControl
            aria-label={t('language')}
            data-testid="respond-language"
            value={language}
            onChange={(value) => void changeLanguage(value === 'tr' ? 'tr' : 'en')}
            data={languages.map((value) => ({ value, label: value.toUpperCase() }))}
            style={{ flexShrink: 0 }}
            ml="auto"
          />
        )}
      </Group>
      <Suspense fallback={<Loading />}>
        <RespondentSurvey
          token={token}
          view={form.data}
          language={language}
          onSubmitted={onSubmitted}
          onProblem={onProblem}
        />
      </Suspense>
    </Stack>
  );
}
