// The action's indicators as rows (name, unit, baseline and its day, target and its due day), new
// ones blank or from the cluster support programme's presets; a removed row stays, struck through,
// until saved, so it can be taken back and a refusal (it has recorded values) shows beside it.

import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Group,
  Menu,
  NumberInput,
  Paper,
  Grid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { CLUSTER_SUPPORT_PROGRAMME_INDICATORS, localText } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FieldErrors } from '../../../forms/validateForm';
import { indicatorRow, type IndicatorRow } from './actionFormValues';
import { numberInputProps } from './numberField';

export function IndicatorRows({
  rows,
  onChange,
  errors,
  startOn,
  endOn,
  refused,
  monitoringPath,
  disabled,
}: {
  rows: IndicatorRow[];
  onChange: (rows: IndicatorRow[]) => void;
  /** The form's messages, by the sent rows' index (`indicators.<i>.<field>`). */
  errors: FieldErrors;
  /** The action's dates: a new row's baseline and due days. */
  startOn: string;
  endOn: string;
  /** The row the server refused to remove, with its message. */
  refused: { key: string; message: string } | null;
  /** The monitoring page, where recorded values are deleted. */
  monitoringPath: string;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation('roadmap');
  const language = i18n.language === 'tr' ? 'tr' : 'en';
  const numbers = numberInputProps(i18n.language);
  const update = (key: string, patch: Partial<IndicatorRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const remove = (row: IndicatorRow) =>
    row.id
      ? update(row.key, { removed: true })
      : onChange(rows.filter((each) => each.key !== row.key));
  const usedPresets = new Set(rows.filter((row) => !row.removed).map((row) => row.presetCode));
  // Each kept row's index among the rows sent, which is the index the messages name.
  const sentIndex = new Map(
    rows.filter((row) => !row.removed).map((row, index) => [row.key, index]),
  );

  return (
    <Stack gap="sm" data-testid="action-indicators">
      <Group justify="space-between" gap="xs">
        <Title order={4}>{t('editor.indicators')}</Title>
        {!disabled && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              onClick={() => onChange([...rows, indicatorRow(startOn, endOn)])}
              data-testid="indicator-add"
            >
              {t('editor.addIndicator')}
            </Button>
            <Menu position="bottom-end" width={360}>
              <Menu.Target>
                <Button size="xs" variant="default" data-testid="indicator-presets">
                  {t('editor.fromProgramme')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t('editor.programmeHelp')}</Menu.Label>
                {CLUSTER_SUPPORT_PROGRAMME_INDICATORS.map((preset) => (
                  <Menu.Item
                    key={preset.code}
                    disabled={usedPresets.has(preset.code)}
                    onClick={() =>
                      onChange([
                        ...rows,
                        indicatorRow(startOn, endOn, { code: preset.code, language }),
                      ])
                    }
                    data-testid={`indicator-preset-${preset.code}`}
                  >
                    {preset.programmeIndicator}. {localText(preset.name, i18n.language)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          </Group>
        )}
      </Group>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('editor.noIndicators')}
        </Text>
      )}
      {rows.map((row) => {
        const index = sentIndex.get(row.key);
        const error = (field: string) =>
          row.removed ? undefined : errors[`indicators.${index}.${field}`];
        const refusal = refused?.key === row.key ? refused.message : null;
        if (row.removed)
          return (
            <Paper
              key={row.key}
              withBorder
              p="xs"
              radius="sm"
              bg="gray.0"
              data-testid="action-indicator-row"
              data-removed
            >
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" td="line-through" c="dimmed">
                  {row.name || t('editor.unnamedIndicator')}
                </Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => update(row.key, { removed: false })}
                >
                  {t('editor.undoRemove')}
                </Button>
              </Group>
              {(refusal || row.valueCount > 0) && (
                <Alert
                  color={refusal ? 'red' : 'orange'}
                  p="xs"
                  mt="xs"
                  data-testid="indicator-refused"
                >
                  <Text size="xs">
                    {refusal ?? t('editor.removeHasValues', { count: row.valueCount })}{' '}
                    <Anchor component={Link} to={monitoringPath} size="xs">
                      {t('editor.openMonitoring')}
                    </Anchor>
                  </Text>
                </Alert>
              )}
            </Paper>
          );
        return (
          <Paper key={row.key} withBorder p="xs" radius="sm" data-testid="action-indicator-row">
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <Grid columns={24} gap="xs" style={{ flex: 1 }}>
                <Grid.Col span={{ base: 24, md: 7 }}>
                  <TextInput
                    label={t('indicator.name')}
                    value={row.name}
                    onChange={(event) =>
                      update(row.key, { name: event.currentTarget.value, presetCode: null })
                    }
                    error={error('name')}
                    maxLength={300}
                    size="xs"
                    disabled={disabled}
                    data-testid="indicator-name"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 3 }}>
                  <TextInput
                    label={t('indicator.unit')}
                    // Values are recorded in it: the server refuses another unit.
                    readOnly={row.valueCount > 0}
                    value={row.unit}
                    onChange={(event) => update(row.key, { unit: event.currentTarget.value })}
                    error={error('unit')}
                    maxLength={40}
                    size="xs"
                    disabled={disabled}
                    data-testid="indicator-unit"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 3 }}>
                  <NumberInput
                    {...numbers}
                    label={t('indicator.baseline')}
                    value={row.baseline}
                    onChange={(value) => update(row.key, { baseline: value })}
                    error={error('baseline')}
                    hideControls
                    size="xs"
                    disabled={disabled}
                    data-testid="indicator-baseline"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 4 }}>
                  <TextInput
                    type="date"
                    label={t('indicator.baselineOn')}
                    value={row.baselineOn}
                    onChange={(event) => update(row.key, { baselineOn: event.currentTarget.value })}
                    error={error('baselineOn')}
                    size="xs"
                    disabled={disabled}
                    data-testid="indicator-baseline-on"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 3 }}>
                  <NumberInput
                    {...numbers}
                    label={t('indicator.target')}
                    value={row.target}
                    onChange={(value) => update(row.key, { target: value })}
                    error={error('target')}
                    hideControls
                    size="xs"
                    disabled={disabled}
                    data-testid="indicator-target"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 4 }}>
                  <TextInput
                    type="date"
                    label={t('indicator.dueOn')}
                    value={row.dueOn}
                    onChange={(event) => update(row.key, { dueOn: event.currentTarget.value })}
                    error={error('dueOn')}
                    size="xs"
                    disabled={disabled}
                    data-testid="indicator-due-on"
                  />
                </Grid.Col>
              </Grid>
              {!disabled && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={22}
                  onClick={() => remove(row)}
                  aria-label={t('editor.removeIndicator', { name: row.name })}
                  data-testid="indicator-remove"
                >
                  ✕
                </ActionIcon>
              )}
            </Group>
            {row.valueCount > 0 && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('editor.valueCount', { count: row.valueCount, unit: row.unit })}
              </Text>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
