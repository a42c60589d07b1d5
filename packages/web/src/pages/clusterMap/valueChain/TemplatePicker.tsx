// Starts the project's value chain from a template: pick one, apply it; when the project already
// has a chain of its own (possibly edited) or unsaved edits, ask before replacing it.

import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { localText } from '@kume/core';
import type { ValueChainView } from '@kume/server';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function TemplatePicker({
  templates,
  current,
  mustConfirm,
  applying,
  onApply,
}: {
  templates: ValueChainView['templates'];
  /** The template the chain shown was copied from, preselected. */
  current: string | null;
  /** Applying would replace a chain of the project's own, or edits not yet saved. */
  mustConfirm: boolean;
  applying: boolean;
  onApply: (templateId: string) => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation('valueChain');
  const [chosen, setChosen] = useState<string | null>(current);
  const [asking, confirm] = useDisclosure(false);
  const chosenName = templates.find((template) => template.id === chosen)?.name;

  const apply = () => {
    if (!chosen) return;
    void onApply(chosen)
      .then(confirm.close)
      .catch(() => undefined);
  };

  return (
    <Group gap="xs" align="flex-end">
      <Select
        label={t('template.label')}
        placeholder={t('template.placeholder')}
        data={templates.map((template) => ({
          value: template.id,
          label: t('template.option', {
            name: localText(template.name, i18n.language),
            count: template.stageCount,
          }),
        }))}
        value={chosen}
        onChange={setChosen}
        w={340}
        data-testid="vc-template-select"
      />
      <Button
        variant="light"
        disabled={!chosen}
        loading={applying && !asking}
        onClick={mustConfirm ? confirm.open : apply}
        data-testid="vc-apply-template"
      >
        {t('template.apply')}
      </Button>
      <Modal opened={asking} onClose={confirm.close} title={t('template.confirmTitle')} size="sm">
        <Stack gap="md">
          <Text size="sm">
            {t('template.confirmText', { name: localText(chosenName, i18n.language) })}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirm.close}>
              {t('common:action.cancel')}
            </Button>
            <Button
              color="red"
              loading={applying}
              onClick={apply}
              data-testid="vc-apply-template-confirm"
            >
              {t('template.replace')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
