// The readiness gate's thresholds for this project: minimum committed chambers, universities
// and firms, what counts as committed, the share of visited stakeholders, and the firm types.

import {
  Button,
  Collapse,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES, readinessThresholdsSchema, type OrganisationType } from '@kume/core';
import type { ReadinessView } from '@kume/server';
import { api, projectPath } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormValidation } from '../../forms/useFormValidation';
import { useStakeholderMutation } from './useStakeholderMutation';

type Thresholds = ReadinessView['thresholds'];
type NumberField = Exclude<keyof Thresholds, 'firmTypes'>;
/** The inputs' values: a NumberInput holds a number, or the text being typed. */
type ThresholdValues = Record<NumberField, number | string> & { firmTypes: OrganisationType[] };

/** A NumberInput's value as a number; empty or unreadable input is NaN (reported by the schema). */
const toNumber = (value: number | string) =>
  typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);

// The share of visited stakeholders is shown as a percentage and stored as a share 0-1.
const thresholdValues = (thresholds: Thresholds): ThresholdValues => ({
  ...thresholds,
  minCommittedShareOfVisited: Math.round(thresholds.minCommittedShareOfVisited * 100),
});

const thresholdsInput = (values: ThresholdValues) => ({
  minCommittedChambers: toNumber(values.minCommittedChambers),
  minCommittedUniversities: toNumber(values.minCommittedUniversities),
  minCommittedFirms: toNumber(values.minCommittedFirms),
  committedWillingness: toNumber(values.committedWillingness),
  minCommittedShareOfVisited: toNumber(values.minCommittedShareOfVisited) / 100,
  firmTypes: values.firmTypes,
});

export function ThresholdsForm({ slug, thresholds }: { slug: string; thresholds: Thresholds }) {
  const { t } = useTranslation('stakeholders');
  const [opened, { toggle }] = useDisclosure(false);
  const save = useStakeholderMutation(
    slug,
    (body: object) => api.put<ReadinessView>(projectPath(slug, '/readiness/thresholds'), body),
    { success: t('readiness.thresholdsSaved') },
  );
  const form = useFormValidation(readinessThresholdsSchema, thresholdValues(thresholds), {
    toInput: thresholdsInput,
    serverError: save.error,
  });
  const number = (field: NumberField, props: { min: number; max: number; suffix?: string }) => (
    <NumberInput
      label={t(`readiness.threshold.${field}`)}
      value={form.values[field]}
      onChange={(value) => form.set(field, value)}
      error={form.errors[field]}
      allowDecimal={false}
      allowNegative={false}
      {...props}
    />
  );

  return (
    <Paper withBorder p="md" radius="md">
      <UnstyledButton
        onClick={toggle}
        w="100%"
        aria-expanded={opened}
        data-testid="thresholds-toggle"
      >
        <Group justify="space-between">
          <Title order={4}>{t('readiness.thresholdsTitle')}</Title>
          <Text c="dimmed">{opened ? '▴' : '▾'}</Text>
        </Group>
      </UnstyledButton>
      <Collapse expanded={opened}>
        <form noValidate onSubmit={form.submit((input) => save.mutate(input))}>
          <Stack gap="sm" mt="sm">
            <Text size="sm" c="dimmed">
              {t('readiness.thresholdsHelp')}
            </Text>
            <ErrorAlert error={form.alertError} />
            <SimpleGrid cols={2} spacing="sm">
              {number('minCommittedChambers', { min: 0, max: 100 })}
              {number('minCommittedUniversities', { min: 0, max: 100 })}
              {number('minCommittedFirms', { min: 0, max: 10_000 })}
              {number('committedWillingness', { min: 1, max: 5 })}
              {number('minCommittedShareOfVisited', { min: 0, max: 100, suffix: ' %' })}
            </SimpleGrid>
            <MultiSelect<OrganisationType>
              label={t('readiness.threshold.firmTypes')}
              description={t('readiness.threshold.firmTypesHelp')}
              data={ORGANISATION_TYPES.map((type) => ({
                value: type,
                label: t(`common:organisationType.${type}`),
              }))}
              value={form.values.firmTypes}
              onChange={(firmTypes) => form.set('firmTypes', firmTypes)}
              error={form.errors.firmTypes}
            />
            <Group>
              <Button type="submit" loading={save.isPending} data-testid="thresholds-submit">
                {t('readiness.saveThresholds')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Collapse>
    </Paper>
  );
}
