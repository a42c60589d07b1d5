// The roadmap's settings: its first day (the short, medium and long terms count from it) and what
// the coverage check asks for (which success factors, how large a gap). Checked by core's schema.

import {
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { addYears, roadmapSettingsSchema, type IsoDate, type RoadmapSettings } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { useProjectSlug } from '../../../api/useProject';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormValidation } from '../../../forms/useFormValidation';
import { useFormat } from '../../../i18n/format';
import { numberInputProps, numberOf, type NumberFieldValue } from '../actions/numberField';
import { saveRoadmapSettings, useRoadmapMutation, type RoadmapView } from '../roadmapQueries';

interface SettingsValues {
  startsOn: string;
  /** Every success factor needs an action (no weight limit). */
  everyFactor: boolean;
  /** Per cent, 0-100, when not every factor. */
  minFactorPercent: NumberFieldValue;
  largeGapScore: NumberFieldValue;
}

function settingsValues(settings: RoadmapSettings): SettingsValues {
  const { minFactorWeight, largeGapScore } = settings.coverage;
  return {
    startsOn: settings.startsOn,
    everyFactor: minFactorWeight === null,
    minFactorPercent: minFactorWeight === null ? 10 : Math.round(minFactorWeight * 1000) / 10,
    largeGapScore,
  };
}

function settingsInput(values: SettingsValues) {
  const percent = numberOf(values.minFactorPercent, '');
  return {
    startsOn: values.startsOn,
    coverage: {
      minFactorWeight: values.everyFactor ? null : typeof percent === 'number' ? percent / 100 : '',
      largeGapScore: numberOf(values.largeGapScore, ''),
    },
  };
}

export function RoadmapSettingsPanel({ view, canWrite }: { view: RoadmapView; canWrite: boolean }) {
  // A fresh form whenever the stored settings change (after a save, or another user's).
  return (
    <SettingsForm
      key={JSON.stringify(view.settings)}
      settings={view.settings}
      canWrite={canWrite}
    />
  );
}

function SettingsForm({ settings, canWrite }: { settings: RoadmapSettings; canWrite: boolean }) {
  const { t, i18n } = useTranslation('roadmap');
  const format = useFormat();
  const slug = useProjectSlug();
  const save = useRoadmapMutation(
    slug,
    (input: RoadmapSettings) => saveRoadmapSettings(slug, input),
    {
      success: t('settings.saved'),
    },
  );
  const initial = settingsValues(settings);
  const form = useFormValidation(roadmapSettingsSchema, initial, {
    toInput: settingsInput,
    serverError: save.error,
    // The server names `coverage.<field>`, as the schema's own messages do.
    serverFields: ['startsOn', 'coverage'],
  });
  const { values, errors } = form;
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const validStart = /^\d{4}-\d{2}-\d{2}$/.test(values.startsOn);
  const numbers = numberInputProps(i18n.language);

  return (
    <Paper withBorder p="md" radius="md" id="roadmap-settings" data-testid="roadmap-settings">
      <Title order={4} mb="xs">
        {t('settings.title')}
      </Title>
      <form noValidate onSubmit={form.submit((input) => save.mutate(input))}>
        <Stack gap="sm">
          <TextInput
            {...form.text('startsOn')}
            type="date"
            label={t('settings.startsOn')}
            disabled={!canWrite}
            data-testid="roadmap-starts-on"
          />
          {validStart && (
            <Text size="xs" c="dimmed">
              {t('settings.terms', {
                short: format.date(addYears(values.startsOn as IsoDate, 1)),
                medium: format.date(addYears(values.startsOn as IsoDate, 3)),
              })}
            </Text>
          )}
          <Switch
            label={t('settings.everyFactor')}
            checked={values.everyFactor}
            onChange={(event) => form.set('everyFactor', event.currentTarget.checked)}
            disabled={!canWrite}
          />
          {!values.everyFactor && (
            <NumberInput
              {...numbers}
              label={t('settings.minFactorWeight')}
              description={t('settings.minFactorWeightHelp')}
              value={values.minFactorPercent}
              onChange={(value) => form.set('minFactorPercent', value)}
              error={errors['coverage.minFactorWeight']}
              min={0}
              max={100}
              suffix=" %"
              disabled={!canWrite}
            />
          )}
          <NumberInput
            {...numbers}
            label={t('settings.largeGapScore')}
            description={t('settings.largeGapScoreHelp')}
            value={values.largeGapScore}
            onChange={(value) => form.set('largeGapScore', value)}
            error={errors['coverage.largeGapScore']}
            min={0}
            max={1}
            step={0.05}
            decimalScale={2}
            disabled={!canWrite}
          />
          <ErrorAlert error={form.alertError} />
          {canWrite && (
            <Group justify="flex-end">
              <Button type="submit" size="xs" disabled={!dirty} loading={save.isPending}>
                {t('settings.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
