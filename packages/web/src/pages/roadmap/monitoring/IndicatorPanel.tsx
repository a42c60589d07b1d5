// One indicator opened beside the table: its figures, the health rule, the chart of its values
// against the plan, "record a value", the values recorded, and for an indicator of the roadmap
// its editing; an action's indicator is edited with its action.

import { Anchor, Button, Drawer, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/format';
import { ConfirmButton } from '../../stakeholders/ConfirmButton';
import { usePhone } from '../../stakeholders/usePhone';
import { HealthBadge } from './HealthBadge';
import { IndicatorChart } from './IndicatorChart';
import { indicatorName, indicatorUnit } from './indicatorName';
import { IndicatorValueForm } from './IndicatorValueForm';
import { IndicatorValueList } from './IndicatorValueList';
import { deleteIndicator, useMonitoringMutation } from './monitoringQueries';
import type { IndicatorView } from './monitoringTypes';

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </Stack>
  );
}

export function IndicatorPanel({
  slug,
  indicator,
  today,
  canWrite,
  onClose,
  onEdit,
}: {
  slug: string;
  indicator: IndicatorView | null;
  today: string;
  canWrite: boolean;
  onClose: () => void;
  onEdit: (indicator: IndicatorView) => void;
}) {
  const { t } = useTranslation('monitoring');
  const format = useFormat();
  const phone = usePhone();
  const remove = useMonitoringMutation(
    slug,
    (target: IndicatorView) => deleteIndicator(slug, target.id, target.values.length > 0),
    { success: t('indicator.deleted'), onSuccess: onClose, notifyErrors: true },
  );
  const number = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  const unit = indicator ? indicatorUnit(indicator, format.language) : '';

  return (
    <Drawer
      opened={indicator !== null}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'xl'}
      title={indicator && <Text fw={600}>{indicatorName(indicator, format.language)}</Text>}
    >
      {indicator && (
        <Stack gap="md" data-testid="indicator-panel">
          <Group gap="xs" justify="space-between">
            <Text size="sm" c="dimmed">
              {indicator.actionId ? (
                <>
                  {t('panel.ofAction')}{' '}
                  <Anchor component={Link} to={`/p/${slug}/roadmap/actions/${indicator.actionId}`}>
                    {indicator.actionTitle}
                  </Anchor>
                </>
              ) : (
                t('panel.ofRoadmap')
              )}
            </Text>
            <HealthBadge health={indicator.health.health} />
          </Group>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            <Figure
              label={t('panel.baseline')}
              value={`${number(indicator.baseline)} ${unit}`}
              detail={format.date(indicator.baselineOn)}
            />
            <Figure
              label={t('panel.target')}
              value={`${number(indicator.target)} ${unit}`}
              detail={format.date(indicator.dueOn)}
            />
            <Figure
              label={t('panel.latest')}
              value={
                indicator.health.latest ? `${number(indicator.health.latest.value)} ${unit}` : '–'
              }
              detail={indicator.health.latest ? format.date(indicator.health.latest.on) : undefined}
            />
            <Figure
              label={t('panel.expected')}
              value={`${number(indicator.health.expected)} ${unit}`}
              detail={t('panel.expectedShare', {
                percent: format.percent(indicator.health.expectedProgress),
              })}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed" data-testid="health-rule">
            {t('panel.rule')}
          </Text>
          <IndicatorChart indicator={indicator} today={today} />
          {canWrite && (
            <Stack gap="xs">
              <Title order={4}>{t('value.title')}</Title>
              <IndicatorValueForm
                key={indicator.id}
                slug={slug}
                indicator={indicator}
                today={today}
              />
            </Stack>
          )}
          <Stack gap="xs">
            <Title order={4}>{t('panel.values', { count: indicator.values.length })}</Title>
            <IndicatorValueList slug={slug} indicator={indicator} canWrite={canWrite} />
          </Stack>
          {canWrite && indicator.actionId === null && (
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => onEdit(indicator)}>
                {t('common:action.edit')}
              </Button>
              <ConfirmButton
                title={t('indicator.deleteTitle')}
                message={t('indicator.deleteMessage', {
                  name: indicatorName(indicator, format.language),
                  count: indicator.values.length,
                })}
                onConfirm={() => remove.mutateAsync(indicator)}
                loading={remove.isPending}
                testId="indicator-delete"
              >
                {t('indicator.delete')}
              </ConfirmButton>
            </Group>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
