// "Add the cluster support programme's indicators": the programme's indicators to choose from,
// each with its baseline and target, one baseline day and one due day for all of them.

import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { CLUSTER_SUPPORT_PROGRAMME_INDICATORS, localText } from '@kume/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { usePhone } from '../../stakeholders/usePhone';
import { addPresetIndicators, useMonitoringMutation } from './monitoringQueries';
import {
  presetIndicatorsInput,
  type PresetFormValues,
  type PresetProblems,
} from './presetIndicatorsInput';

/** The programme's usual span: to the end of the third year from the baseline's. */
const defaultDueOn = (today: string) => `${Number(today.slice(0, 4)) + 3}-12-31`;

function PresetForm({
  slug,
  today,
  usedCodes,
  onDone,
}: {
  slug: string;
  today: string;
  usedCodes: ReadonlySet<string>;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('monitoring');
  const lang = i18n.language === 'tr' ? 'tr' : 'en';
  const [values, setValues] = useState<PresetFormValues>(() => ({
    rows: Object.fromEntries(
      CLUSTER_SUPPORT_PROGRAMME_INDICATORS.filter((p) => !usedCodes.has(p.code)).map((p) => [
        p.code,
        { chosen: true, baseline: '', target: '' },
      ]),
    ),
    baselineOn: today,
    dueOn: defaultDueOn(today),
  }));
  const [submitted, setSubmitted] = useState(false);
  const save = useMonitoringMutation(slug, addPresetIndicators.bind(null, slug), {
    success: (result) => t('presets.added', { count: result.items.length }),
    onSuccess: onDone,
  });
  const check = presetIndicatorsInput(values, lang);
  // Problems show from the first submit on, then follow every change.
  const problems: PresetProblems = submitted ? check.problems : {};
  const message = (key: string) => {
    const problem = problems[key];
    return problem ? t(`presets.problem.${problem}`) : undefined;
  };
  const setRow = (code: string, change: Partial<PresetFormValues['rows'][string]>) =>
    setValues((current) => ({
      ...current,
      rows: { ...current.rows, [code]: { ...current.rows[code]!, ...change } },
    }));

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (check.input) save.mutate(check.input);
      }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('presets.description')}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('presets.baselineOn')}
            value={values.baselineOn}
            onChange={(event) => setValues({ ...values, baselineOn: event.currentTarget.value })}
            error={message('baselineOn')}
            withAsterisk
            data-testid="presets-baseline-on"
          />
          <TextInput
            type="date"
            label={t('presets.dueOn')}
            value={values.dueOn}
            onChange={(event) => setValues({ ...values, dueOn: event.currentTarget.value })}
            error={message('dueOn')}
            withAsterisk
            data-testid="presets-due-on"
          />
        </SimpleGrid>
        {problems.codes && (
          <Alert color="red" variant="light">
            {message('codes')}
          </Alert>
        )}
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" data-testid="presets-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('presets.indicator')}</Table.Th>
                <Table.Th w={110}>{t('indicator.baseline')}</Table.Th>
                <Table.Th w={110}>{t('indicator.target')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {CLUSTER_SUPPORT_PROGRAMME_INDICATORS.map((preset) => {
                const used = usedCodes.has(preset.code);
                const row = values.rows[preset.code];
                const name = localText(preset.name, lang);
                return (
                  <Table.Tr key={preset.code} data-testid="preset-row" data-code={preset.code}>
                    <Table.Td>
                      <Checkbox
                        checked={used || (row?.chosen ?? false)}
                        disabled={used}
                        onChange={(event) =>
                          setRow(preset.code, { chosen: event.currentTarget.checked })
                        }
                        label={`${preset.programmeIndicator}. ${name}`}
                        description={used ? t('presets.used') : localText(preset.description, lang)}
                      />
                    </Table.Td>
                    {(['baseline', 'target'] as const).map((field) => (
                      <Table.Td key={field}>
                        {row && !used && (
                          <TextInput
                            size="xs"
                            inputMode="decimal"
                            value={row[field]}
                            disabled={!row.chosen}
                            onChange={(event) =>
                              setRow(preset.code, { [field]: event.currentTarget.value })
                            }
                            error={message(`${preset.code}.${field}`)}
                            aria-label={`${t(`indicator.${field}`)}: ${name}`}
                            data-testid={`preset-${field}-${preset.code}`}
                          />
                        )}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed">
          {t('presets.unitNote', { unit: lang === 'tr' ? 'adet' : 'number' })}
        </Text>
        {Object.keys(values.rows).length === 0 && (
          <Alert color="blue" variant="light" data-testid="presets-all-used">
            {t('presets.allUsed')}
          </Alert>
        )}
        <ErrorAlert error={save.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:action.cancel')}
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={Object.keys(values.rows).length === 0}
            data-testid="presets-save"
          >
            {t('presets.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PresetIndicatorsModal({
  slug,
  opened,
  today,
  usedCodes,
  onClose,
}: {
  slug: string;
  opened: boolean;
  today: string;
  /** Codes a roadmap indicator has already: the server would skip them. */
  usedCodes: ReadonlySet<string>;
  onClose: () => void;
}) {
  const { t } = useTranslation('monitoring');
  const phone = usePhone();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('presets.title')}
      size="xl"
      fullScreen={phone}
      closeOnClickOutside={false}
    >
      {opened && <PresetForm slug={slug} today={today} usedCodes={usedCodes} onDone={onClose} />}
    </Modal>
  );
}
