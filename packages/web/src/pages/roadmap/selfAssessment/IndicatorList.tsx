// The project's self-assessment indicators by area, editable: each one's name, unit, direction,
// thresholds and the evidence asked; add, edit, remove, or go back to Kume's defaults. A change
// applies to new assessments; those made keep the list they were made with.

import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import {
  localText,
  SELF_ASSESSMENT_AREA_NAMES,
  SELF_ASSESSMENT_AREAS,
  type SelfAssessmentIndicator,
} from '@kume/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { ConfirmButton } from '../../stakeholders/ConfirmButton';
import { IndicatorEditModal } from './IndicatorEditModal';
import {
  resetIndicators,
  saveIndicators,
  useSelfAssessmentMutation,
} from './selfAssessmentQueries';
import type { SelfAssessmentView } from './selfAssessmentTypes';
import { thresholdText } from './thresholdText';

/** The indicator being edited: one of the list, or a new one (null). */
type Editing = { indicator: SelfAssessmentIndicator | null };

export function IndicatorList({
  slug,
  view,
  canWrite,
}: {
  slug: string;
  view: SelfAssessmentView;
  canWrite: boolean;
}) {
  const { t } = useTranslation('monitoring');
  const format = useFormat();
  const language = format.language;
  const [editing, setEditing] = useState<Editing | null>(null);
  const save = useSelfAssessmentMutation(
    slug,
    (indicators: SelfAssessmentIndicator[]) => saveIndicators(slug, indicators),
    { success: t('indicatorList.saved'), onSuccess: () => setEditing(null) },
  );
  // Removing has no form to show an error in: it is told in a notification.
  const remove = useSelfAssessmentMutation(
    slug,
    (indicators: SelfAssessmentIndicator[]) => saveIndicators(slug, indicators),
    { success: t('indicatorList.removed'), notifyErrors: true },
  );
  const reset = useSelfAssessmentMutation(slug, () => resetIndicators(slug), {
    success: t('indicatorList.resetDone'),
    notifyErrors: true,
  });
  const list = view.indicators;
  const words = {
    bronze: t('level.bronze'),
    silver: t('level.silver'),
    gold: t('level.gold'),
  };

  const store = (changed: SelfAssessmentIndicator) => {
    const at = list.findIndex((i) => i.id === changed.id);
    save.mutate(at < 0 ? [...list, changed] : list.map((i, n) => (n === at ? changed : i)));
  };

  return (
    <Stack gap="md" data-testid="sa-indicator-list">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={720}>
          {view.isDefault ? t('indicatorList.defaultNote') : t('indicatorList.editedNote')}{' '}
          {t('indicatorList.appliesNote')}
        </Text>
        {canWrite && (
          <Group gap="xs">
            <Button
              variant="light"
              onClick={() => setEditing({ indicator: null })}
              data-testid="sa-indicator-add"
            >
              {t('indicatorList.add')}
            </Button>
            {!view.isDefault && (
              <ConfirmButton
                title={t('indicatorList.resetTitle')}
                message={t('indicatorList.resetMessage')}
                confirmLabel={t('indicatorList.reset')}
                onConfirm={() => reset.mutateAsync(undefined)}
                loading={reset.isPending}
                testId="sa-indicator-reset"
              >
                {t('indicatorList.reset')}
              </ConfirmButton>
            )}
          </Group>
        )}
      </Group>
      {SELF_ASSESSMENT_AREAS.map((area) => {
        const inArea = list.filter((i) => i.area === area);
        if (inArea.length === 0) return null;
        return (
          <Stack key={area} gap={4}>
            <Title order={5}>{localText(SELF_ASSESSMENT_AREA_NAMES[area], language)}</Title>
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing={6} striped>
                <Table.Tbody>
                  {inArea.map((indicator) => (
                    <Table.Tr key={indicator.id} data-testid="sa-indicator-row">
                      <Table.Td w="30%">
                        <Text size="sm" fw={500}>
                          {localText(indicator.name, language)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {localText(indicator.unit, language)}
                          {indicator.direction === 'lower' && (
                            <Badge size="xs" variant="light" color="grape" ml={6}>
                              {t('indicatorList.lowerBetter')}
                            </Badge>
                          )}
                        </Text>
                      </Table.Td>
                      <Table.Td w="28%">
                        <Text size="xs">
                          {thresholdText(indicator, words, language, (n) => format.number(n))}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" c="dimmed">
                          {localText(indicator.evidence, language)}
                        </Text>
                      </Table.Td>
                      {canWrite && (
                        <Table.Td w={150}>
                          <Group gap={4} justify="flex-end" wrap="nowrap">
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              onClick={() => setEditing({ indicator })}
                              data-testid="sa-indicator-edit"
                            >
                              {t('common:action.edit')}
                            </Button>
                            <ConfirmButton
                              size="compact-xs"
                              variant="subtle"
                              disabled={list.length === 1}
                              title={t('indicatorList.removeTitle')}
                              message={t('indicatorList.removeMessage', {
                                name: localText(indicator.name, language),
                              })}
                              confirmLabel={t('indicatorList.remove')}
                              onConfirm={() =>
                                remove.mutateAsync(list.filter((i) => i.id !== indicator.id))
                              }
                              loading={remove.isPending}
                            >
                              {t('indicatorList.remove')}
                            </ConfirmButton>
                          </Group>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        );
      })}
      {canWrite && (
        <IndicatorEditModal
          opened={editing !== null}
          indicator={editing?.indicator ?? null}
          takenIds={new Set(list.map((i) => i.id))}
          saving={save.isPending}
          error={save.error}
          onSave={store}
          onClose={() => {
            setEditing(null);
            save.reset();
          }}
        />
      )}
    </Stack>
  );
}
