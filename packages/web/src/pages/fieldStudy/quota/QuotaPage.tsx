// The quota tracker (/p/:slug/field-study/quota): distinct SMEs reached by questionnaires,
// interviews and focus groups against the target (30 unless `?target=` says otherwise), by
// value-chain stage, size class and district, with the gaps in words and the SMEs reached.

import { Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { SEGMENTS } from '@kume/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useProject } from '../../../api/useProject';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useFormat } from '../../../i18n/format';
import { GapList } from './GapList';
import { QuotaRing } from './QuotaRing';
import { ReachedList } from './ReachedList';
import { SegmentBreakdown } from './SegmentBreakdown';
import { DEFAULT_TARGET, targetFromParam, useQuota } from './quotaQueries';

export default function QuotaPage() {
  const { t } = useTranslation('fieldwork');
  const format = useFormat();
  const { slug } = useProject();
  const [params, setParams] = useSearchParams();
  const target = targetFromParam(params.get('target'));
  // What is being typed while it is not a valid target yet; null shows the target in use.
  const [typed, setTyped] = useState<string | number | null>(null);
  const quota = useQuota(slug, target);

  const applyTarget = (value: string | number) => {
    const next = targetFromParam(String(value));
    if (String(next) !== String(value)) {
      setTyped(value);
      return;
    }
    setTyped(null);
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next === DEFAULT_TARGET) copy.delete('target');
        else copy.set('target', String(next));
        return copy;
      },
      { replace: true },
    );
  };

  const header = <PageHeader title={t('quota.title')} description={t('quota.description')} />;
  if (quota.isPending)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (!quota.data) return <ErrorAlert error={quota.error} />;
  const { progress: data, sources, reached } = quota.data;

  return (
    <Stack gap="md" maw={1200}>
      {header}
      {quota.error && <ErrorAlert error={quota.error} />}
      <Paper withBorder p="md" radius="md">
        <Group gap="xl" align="center" wrap="wrap">
          <QuotaRing reached={data.reached} target={data.target} />
          <Stack gap={6} style={{ flex: '1 1 260px' }}>
            <Title order={3} data-testid="quota-headline">
              {t('quota.reachedOf', { reached: data.reached, target: data.target })}
            </Title>
            <Text size="sm" c={data.remaining > 0 ? undefined : 'teal'}>
              {data.remaining > 0
                ? t('quota.remaining', { count: data.remaining })
                : t('quota.targetMet')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('quota.sources', {
                responses: format.number(sources.responses),
                interviews: format.number(sources.interviews),
                focusGroups: format.number(sources.focusGroups),
              })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('quota.countedOnce', { count: data.smesInRegistry })}
            </Text>
          </Stack>
          <NumberInput
            label={t('quota.target')}
            description={t('quota.targetHelp')}
            value={typed ?? target}
            onChange={applyTarget}
            min={1}
            max={1000}
            allowDecimal={false}
            allowNegative={false}
            w={180}
            data-testid="quota-target"
          />
        </Group>
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="xs">
          {t('quota.gapsTitle')}
        </Title>
        <GapList gaps={data.gaps} />
      </Paper>

      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        {SEGMENTS.map((segment) => (
          <SegmentBreakdown key={segment} segment={segment} values={data.bySegment[segment]} />
        ))}
      </SimpleGrid>

      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="xs">
          {t('quota.reachedTitle', { count: reached.length })}
        </Title>
        <ReachedList slug={slug} reached={reached} />
      </Paper>
    </Stack>
  );
}
