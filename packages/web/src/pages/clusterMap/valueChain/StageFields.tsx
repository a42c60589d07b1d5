// The editable fields of one value-chain stage: its names, NACE codes (checked as typed) and the
// stages it supplies; the problems found for each field shown under it.

import { Button, Group, MultiSelect, Stack, TagsInput, TextInput } from '@mantine/core';
import { localText, type ValueChain, type ValueChainStage } from '@kume/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveSuppliesTo, parseNaceCodes, setSuppliesTo, updateStage } from './chainEdits';

export function StageFields({
  chain,
  stage,
  number,
  errorAt,
  onEdit,
}: {
  chain: ValueChain;
  stage: ValueChainStage;
  /** The stage's place, 1 first: named in messages. */
  number: number;
  errorAt: (field: string) => string | undefined;
  onEdit: (edit: (chain: ValueChain) => ValueChain) => void;
}) {
  const { t, i18n } = useTranslation('valueChain');
  const [rejected, setRejected] = useState<string[]>([]);
  const key = (field: string) => `stage:${stage.id}:${field}`;
  const others = chain.stages
    .filter((other) => other.id !== stage.id)
    .map((other) => ({ value: other.id, label: localText(other.name, i18n.language) || other.id }));
  const place = t('issue.stagePlace', { number, name: localText(stage.name, i18n.language) });

  const setName = (language: 'tr' | 'en', value: string) =>
    onEdit((c) => updateStage(c, stage.id, { name: { ...stage.name, [language]: value } }));

  const setCodes = (values: string[]) => {
    const { codes, invalid } = parseNaceCodes(values);
    setRejected(invalid);
    onEdit((c) => updateStage(c, stage.id, { naceCodes: codes }));
  };

  return (
    <Stack gap="xs">
      <TextInput
        size="xs"
        label={t('field.name_tr')}
        value={stage.name.tr}
        onChange={(event) => setName('tr', event.currentTarget.value)}
        error={errorAt(key('name.tr'))}
        data-testid={`vc-stage-name-tr-${stage.id}`}
      />
      <TextInput
        size="xs"
        label={t('field.name_en')}
        value={stage.name.en}
        onChange={(event) => setName('en', event.currentTarget.value)}
        error={errorAt(key('name.en'))}
        data-testid={`vc-stage-name-en-${stage.id}`}
      />
      <TagsInput
        size="xs"
        label={t('field.naceCodes')}
        description={t('stage.codesHelp')}
        value={stage.naceCodes}
        onChange={setCodes}
        splitChars={[',', ' ', ';']}
        error={
          rejected.length > 0
            ? t('issue.naceRejected', { codes: rejected.join(', '), place })
            : errorAt(key('naceCodes'))
        }
        data-testid={`vc-stage-codes-${stage.id}`}
      />
      <MultiSelect
        size="xs"
        label={t('field.suppliesTo')}
        description={stage.suppliesTo ? undefined : t('stage.suppliesDefault')}
        data={others}
        value={effectiveSuppliesTo(chain, stage.id)}
        onChange={(targets) => onEdit((c) => setSuppliesTo(c, stage.id, targets))}
        error={errorAt(key('suppliesTo'))}
        data-testid={`vc-stage-supplies-${stage.id}`}
      />
      {stage.suppliesTo && (
        <Group>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => onEdit((c) => setSuppliesTo(c, stage.id, null))}
          >
            {t('stage.suppliesReset')}
          </Button>
        </Group>
      )}
      {errorAt(key('id')) && (
        <TextInput
          size="xs"
          label={t('field.id')}
          value={stage.id}
          readOnly
          error={errorAt(key('id'))}
        />
      )}
    </Stack>
  );
}
