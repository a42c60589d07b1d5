// A questionnaire's analysis (/p/:slug/field-study/questionnaires/:id/analysis): per question a
// chart of the submitted answers, optionally broken down by a segment question with groups
// smaller than the minimum withheld (disclosure control).

import { Anchor, Group, NumberInput, Paper, Select, Stack, Text } from '@mantine/core';
import { allQuestions, canSegmentBy, DEFAULT_MIN_GROUP, localText } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useProject } from '../../../api/useProject';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useAnalysis, useQuestionnaire } from './analysisQueries';
import { QuestionCard } from './QuestionCard';

/** The minimum group size from the address, 1..50, else the default (3). */
function minGroupFrom(param: string | null): number {
  const value = Number(param);
  return Number.isInteger(value) && value >= 1 && value <= 50 ? value : DEFAULT_MIN_GROUP;
}

export default function AnalysisPage() {
  const { t, i18n } = useTranslation('fieldwork');
  const { slug } = useProject();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const questionnaire = useQuestionnaire(slug, id);
  const segmentQuestions = questionnaire.data
    ? allQuestions(questionnaire.data.definition).filter(canSegmentBy)
    : [];
  const segmentParam = params.get('segment');
  const segment = segmentQuestions.some((q) => q.id === segmentParam) ? segmentParam : null;
  const minGroup = minGroupFrom(params.get('minGroup'));
  const analysis = useAnalysis(slug, id, { segment, minGroup });

  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (value === null) copy.delete(key);
        else copy.set(key, value);
        return copy;
      },
      { replace: true },
    );

  if (questionnaire.isPending) return <Loading />;
  if (!questionnaire.data) return <ErrorAlert error={questionnaire.error} />;
  const title = localText(questionnaire.data.title, i18n.language);
  const base = `/p/${encodeURIComponent(slug)}/field-study/questionnaires/${id}`;

  return (
    <Stack gap="md" maw={1400}>
      <PageHeader
        title={t('analysis.title', { title })}
        description={
          <Anchor component={Link} to={base} size="sm">
            {t('analysis.backToQuestionnaire')}
          </Anchor>
        }
      />
      <Paper withBorder p="md" radius="md">
        <Group gap="md" align="flex-end" wrap="wrap">
          <Text fw={700} fz="xl" data-testid="analysis-n">
            {t('analysis.submitted', { count: analysis.data?.n ?? 0 })}
          </Text>
          <Select
            label={t('analysis.breakDownBy')}
            placeholder={t('analysis.noBreakdown')}
            data={segmentQuestions.map((q) => ({
              value: q.id,
              label: localText(q.title, i18n.language),
            }))}
            value={segment}
            onChange={(value) => setParam('segment', value)}
            clearable
            searchable
            w={320}
            maw="100%"
            data-testid="analysis-segment"
          />
          <NumberInput
            label={t('analysis.minGroup')}
            value={minGroup}
            onChange={(value) => {
              const next = minGroupFrom(String(value));
              if (String(next) === String(value))
                setParam('minGroup', next === DEFAULT_MIN_GROUP ? null : String(next));
            }}
            min={1}
            max={50}
            allowDecimal={false}
            allowNegative={false}
            w={160}
            data-testid="analysis-min-group"
          />
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {t('analysis.disclosure', { count: minGroup })}
        </Text>
      </Paper>

      {analysis.error && <ErrorAlert error={analysis.error} />}
      {analysis.isPending && <Loading />}
      {analysis.data && analysis.data.n === 0 && (
        <EmptyState title={t('analysis.emptyTitle')} description={t('analysis.emptyText')} />
      )}
      {analysis.data &&
        analysis.data.n > 0 &&
        analysis.data.questions.map((question, index) => (
          <QuestionCard
            key={question.questionId}
            questionnaireId={id}
            question={question}
            number={index + 1}
            minGroup={minGroup}
          />
        ))}
    </Stack>
  );
}
