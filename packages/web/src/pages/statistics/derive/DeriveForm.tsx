// What a derivation is run on and how: dataset, year, code level, national region left out, all
// or only a definition's traded industries, an IO table, co-location variable, method (or the
// grid of all three) and number of clusters. Starts from the statistics choices.

import {
  Button,
  Grid,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset, useDatasets, useDefinitions } from '../statisticsQueries';
import { useStatisticsChoices } from '../useStatisticsChoices';
import { useDeriveLevels, useIoTables } from './deriveQueries';
import type { DeriveRequest } from './deriveTypes';

type Method = DeriveRequest['method'];
const METHODS: Method[] = ['grid', 'hierarchical', 'kmeans', 'louvain'];
/** The most industries the server derives on (MAX_DERIVE_INDUSTRIES). */
const MAX_INDUSTRIES = 2500;
const SPAN = { base: 12, sm: 6, lg: 3 };

/** What the page shows of a run besides its answer: the dataset's name. */
export interface DeriveRun {
  request: DeriveRequest;
  datasetName: string;
}

export function DeriveForm({
  disabled,
  running,
  onRun,
}: {
  disabled: boolean;
  running: boolean;
  onRun: (run: DeriveRun) => void;
}) {
  const { t, i18n } = useTranslation('statistics');
  const { slug, choices } = useStatisticsChoices();
  const datasets = useDatasets(slug).data ?? [];
  const definitions = useDefinitions(slug).data ?? [];
  const ioTables = useIoTables(slug).data ?? [];
  // The analyst's picks; null: the statistics choices (or the first option) stand.
  const [picked, setPicked] = useState<{
    datasetId?: string;
    year?: number;
    level?: number;
    benchmark?: string | null;
    definitionId?: string;
  }>({});
  const [keep, setKeep] = useState<'all' | 'traded'>('all');
  const [ioTableId, setIoTableId] = useState<string | null>(null);
  const [variable, setVariable] = useState<'share' | 'lq'>('share');
  const [method, setMethod] = useState<Method>('grid');
  const [auto, setAuto] = useState(true);
  const [k, setK] = useState<number | string>(20);

  const datasetId = picked.datasetId ?? choices.datasetId ?? datasets[0]?.id ?? null;
  const dataset = datasets.find((d) => d.id === datasetId);
  const detail = useDataset(slug, datasetId);
  const levels = useDeriveLevels(slug, datasetId).data?.levels ?? [];
  const years = [...(dataset?.years ?? [])].sort((a, b) => b - a);
  const year = picked.year !== undefined && years.includes(picked.year) ? picked.year : years[0];
  const finest = levels.at(-1)?.digits;
  const level = levels.some((l) => l.digits === picked.level) ? picked.level : finest;
  const industries = levels.find((l) => l.digits === level)?.industries;
  const regions = detail.data?.regions ?? [];
  const sameDataset = datasetId === choices.datasetId;
  const benchmark =
    picked.benchmark !== undefined
      ? picked.benchmark
      : sameDataset && choices.benchmarkRegion && regions.includes(choices.benchmarkRegion)
        ? choices.benchmarkRegion
        : null;
  const definitionId = picked.definitionId ?? choices.definitionId ?? definitions[0]?.id ?? null;
  const kValue = typeof k === 'number' ? k : Number(k);
  const kValid = Number.isInteger(kValue) && kValue >= 2;
  const ready =
    dataset !== undefined && (keep === 'all' || definitionId !== null) && (auto || kValid);

  const run = () => {
    if (!ready) return;
    onRun({
      datasetName: dataset.name,
      request: {
        datasetId: dataset.id,
        ...(year === undefined ? {} : { year }),
        ...(level === undefined ? {} : { level }),
        ...(benchmark ? { benchmark } : {}),
        keep,
        ...(keep === 'traded' && definitionId ? { definitionId } : {}),
        ...(ioTableId ? { ioTableId } : {}),
        variable,
        method,
        clusters: auto ? 'auto' : kValue,
        language: i18n.language.startsWith('tr') ? 'tr' : 'en',
      },
    });
  };
  const common = { disabled: disabled || running, comboboxProps: { withinPortal: true } };

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 6, lg: 2 }}>
            <Select
              {...common}
              label={t('derive.form.dataset')}
              placeholder={t('choices.choose')}
              data={datasets.map((d) => ({ value: d.id, label: d.name }))}
              value={datasetId}
              onChange={(value) => value && setPicked({ datasetId: value })}
              allowDeselect={false}
              data-testid="derive-dataset"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, lg: 2 }}>
            <Select
              {...common}
              label={t('derive.form.year')}
              data={years.map(String)}
              value={year === undefined ? null : String(year)}
              onChange={(value) => value && setPicked({ ...picked, year: Number(value) })}
              allowDeselect={false}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, lg: 2 }}>
            <Select
              {...common}
              label={t('derive.form.level')}
              data={levels.map((l) => ({
                value: String(l.digits),
                label: t('derive.form.levelOption', { digits: l.digits, count: l.industries }),
              }))}
              value={level === undefined ? null : String(level)}
              onChange={(value) => value && setPicked({ ...picked, level: Number(value) })}
              allowDeselect={false}
              data-testid="derive-level"
            />
          </Grid.Col>
          <Grid.Col span={SPAN}>
            <Select
              {...common}
              label={t('derive.form.benchmark')}
              placeholder={t('choices.none')}
              data={regions}
              value={benchmark}
              onChange={(value) => setPicked({ ...picked, benchmark: value })}
              searchable
              clearable
              limit={200}
            />
          </Grid.Col>
          <Grid.Col span={SPAN}>
            <Select
              {...common}
              label={t('derive.form.ioTable')}
              placeholder={t('choices.none')}
              data={ioTables.map((table) => ({ value: table.id, label: table.name }))}
              value={ioTableId}
              onChange={setIoTableId}
              clearable
              data-testid="derive-io-table"
            />
          </Grid.Col>
        </Grid>
        <Group gap="lg" align="flex-end" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('derive.form.industries')}
            </Text>
            <SegmentedControl
              disabled={common.disabled}
              value={keep}
              onChange={(value) => setKeep(value as 'all' | 'traded')}
              data={[
                { value: 'all', label: t('derive.form.keepAll') },
                { value: 'traded', label: t('derive.form.keepTraded') },
              ]}
              data-testid="derive-keep"
            />
          </Stack>
          {keep === 'traded' && (
            <Select
              {...common}
              label={t('derive.form.definition')}
              data={definitions.map((d) => ({ value: d.id, label: d.name }))}
              value={definitionId}
              onChange={(value) => value && setPicked({ ...picked, definitionId: value })}
              allowDeselect={false}
              w={260}
              data-testid="derive-definition"
            />
          )}
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('derive.form.variable')}
            </Text>
            <SegmentedControl
              disabled={common.disabled}
              value={variable}
              onChange={(value) => setVariable(value as 'share' | 'lq')}
              data={[
                { value: 'share', label: t('derive.form.share') },
                { value: 'lq', label: t('derive.form.lq') },
              ]}
            />
          </Stack>
          <Select
            {...common}
            label={t('derive.form.method')}
            data={METHODS.map((value) => ({ value, label: t(`derive.method.${value}`) }))}
            value={method}
            onChange={(value) => value && setMethod(value as Method)}
            allowDeselect={false}
            w={290}
            data-testid="derive-method"
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('derive.form.clusters')}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <SegmentedControl
                disabled={common.disabled}
                value={auto ? 'auto' : 'number'}
                onChange={(value) => setAuto(value === 'auto')}
                data={[
                  { value: 'auto', label: t('derive.form.auto') },
                  { value: 'number', label: t('derive.form.number') },
                ]}
                data-testid="derive-k-mode"
              />
              {!auto && (
                <NumberInput
                  disabled={common.disabled}
                  aria-label={t('derive.form.clusters')}
                  value={k}
                  onChange={setK}
                  min={2}
                  max={MAX_INDUSTRIES}
                  allowDecimal={false}
                  w={90}
                  error={kValid ? undefined : t('derive.form.kInvalid')}
                  data-testid="derive-k"
                />
              )}
            </Group>
          </Stack>
          <Button
            onClick={run}
            disabled={disabled || !ready}
            loading={running}
            data-testid="derive-run"
          >
            {t('derive.form.run')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {industries !== undefined && keep === 'all' && industries > MAX_INDUSTRIES
            ? t('derive.form.tooMany', { count: industries, max: MAX_INDUSTRIES })
            : t(method === 'grid' ? 'derive.form.gridHint' : 'derive.form.methodHint')}
        </Text>
      </Stack>
    </Paper>
  );
}
