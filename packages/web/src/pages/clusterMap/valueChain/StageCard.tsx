// One stage of the value chain as a card: its number and name, how many organisations the map
// places on it and its gap, its NACE codes and the stages it supplies; the fields to edit it
// (move, delete) for facilitators, and the organisations on it.

import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { localText, type ValueChain, type ValueChainStage } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { deleteStage, effectiveSuppliesTo, moveStage } from './chainEdits';
import { StageFields } from './StageFields';
import { StageOrganisations } from './StageOrganisations';
import type { StageOccupancy } from './stageOccupancy';

/** Cards are this wide (px) so a chain of 6 to 8 stages reads left to right, scrolled on phones. */
const CARD_WIDTH = 280;

export function StageCard({
  slug,
  chain,
  stage,
  index,
  occupancy,
  editable,
  invalid,
  errorAt,
  onEdit,
}: {
  slug: string;
  chain: ValueChain;
  stage: ValueChainStage;
  index: number;
  occupancy: StageOccupancy | undefined;
  editable: boolean;
  /** Some field of the stage has a problem: the card is outlined in red. */
  invalid: boolean;
  errorAt: (key: string) => string | undefined;
  onEdit: (edit: (chain: ValueChain) => ValueChain) => void;
}) {
  const { t, i18n } = useTranslation('valueChain');
  const name = localText(stage.name, i18n.language) || t('stage.unnamed');
  const count = occupancy?.organisations.length ?? 0;
  const nameOf = (id: string) => {
    const target = chain.stages.find((s) => s.id === id);
    return target ? localText(target.name, i18n.language) || id : id;
  };
  const supplies = effectiveSuppliesTo(chain, stage.id);
  const last = index === chain.stages.length - 1;

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      w={CARD_WIDTH}
      miw={CARD_WIDTH}
      style={invalid ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
      data-testid={`vc-stage-${stage.id}`}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('stage.number', { number: index + 1 })}
            </Text>
            <Text fw={600} lineClamp={2}>
              {name}
            </Text>
            {i18n.language === 'tr' ? (
              <Text size="xs" c="dimmed">
                {stage.name.en}
              </Text>
            ) : (
              <Text size="xs" c="dimmed">
                {stage.name.tr}
              </Text>
            )}
          </Stack>
          {editable && (
            <Group gap={2} wrap="nowrap">
              <Tooltip label={t('stage.moveLeft')}>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  disabled={index === 0}
                  onClick={() => onEdit((c) => moveStage(c, stage.id, -1))}
                  aria-label={t('stage.moveLeft')}
                  data-testid={`vc-stage-left-${stage.id}`}
                >
                  ←
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('stage.moveRight')}>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  disabled={last}
                  onClick={() => onEdit((c) => moveStage(c, stage.id, 1))}
                  aria-label={t('stage.moveRight')}
                  data-testid={`vc-stage-right-${stage.id}`}
                >
                  →
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('stage.delete')}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="sm"
                  disabled={chain.stages.length <= 1}
                  onClick={() => onEdit((c) => deleteStage(c, stage.id))}
                  aria-label={t('stage.delete')}
                  data-testid={`vc-stage-delete-${stage.id}`}
                >
                  ×
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
        <Group gap={6}>
          <Badge variant="light" data-testid={`vc-stage-count-${stage.id}`}>
            {t('stage.organisations', { count })}
          </Badge>
          {occupancy?.gap && (
            <Badge
              color={occupancy.gap === 'empty' ? 'red' : 'orange'}
              data-testid={`vc-stage-gap-${stage.id}`}
            >
              {t(`gap.${occupancy.gap}`)}
            </Badge>
          )}
        </Group>
        {editable ? (
          <StageFields
            chain={chain}
            stage={stage}
            number={index + 1}
            errorAt={errorAt}
            onEdit={onEdit}
          />
        ) : (
          <Group gap={4}>
            {stage.naceCodes.length === 0 ? (
              <Text size="xs" c="dimmed">
                {t('stage.noCodes')}
              </Text>
            ) : (
              stage.naceCodes.map((code) => (
                <Badge key={code} size="sm" variant="outline" radius="sm">
                  {code}
                </Badge>
              ))
            )}
          </Group>
        )}
        <Text size="xs" data-testid={`vc-stage-supplies-to-${stage.id}`}>
          {supplies.length === 0
            ? t('stage.suppliesNone')
            : t('stage.suppliesTo', { stages: supplies.map(nameOf).join(', ') })}
        </Text>
        <StageOrganisations slug={slug} stageId={stage.id} occupancy={occupancy} />
      </Stack>
    </Paper>
  );
}
