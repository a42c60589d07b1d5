// One of the five stages of the roadmap process on the dashboard: its objective, status and
// progress, and its steps as a checklist linking to the screens that do them, with what else the
// dashboard shows of the stage (the field study's focus).

import { Anchor, Badge, Card, Group, List, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StageView } from '@kume/server';
import { useFormat } from '../../i18n/format';

/**
 * Where each step is done, under /p/:slug (stage 1, and the field study's secondary and primary
 * research). The cluster map and the working group have no screen yet (their issues are open).
 */
const STEP_PATHS: Record<string, string> = {
  register_organisations: '/organisations',
  log_visits: '/visits',
  assess_commitment: '/organisations',
  meet_gate_criteria: '/readiness',
  record_go_decision: '/readiness',
  import_statistics: '/statistics/data',
  import_cluster_definition: '/statistics/data?tab=definitions',
  choose_analysis: '/statistics',
  choose_focus_region: '/statistics',
  // The quota tracker counts the SMEs reached by questionnaires, interviews and focus groups.
  reach_30_smes: '/field-study/quota',
};

const STATUS_COLOURS: Record<StageView['status'], string> = {
  not_started: 'gray',
  in_progress: 'blue',
  done: 'green',
};

export function StageCard({
  stage,
  number,
  slug,
  children,
}: {
  stage: StageView;
  number: number;
  slug: string;
  /** Shown under the progress bar. */
  children?: ReactNode;
}) {
  const { t } = useTranslation('projects');
  const format = useFormat();
  // The first step not yet done is what the facilitator should do next.
  const nextStep = stage.steps.find((step) => !step.done)?.id;
  return (
    <Card withBorder radius="md" padding="md" data-testid={`stage-${stage.stage}`}>
      <Stack gap="xs">
        <Group gap="sm" wrap="nowrap" align="center">
          <ThemeIcon
            radius="xl"
            size="md"
            variant={stage.status === 'not_started' ? 'light' : 'filled'}
            color={STATUS_COLOURS[stage.status]}
          >
            {number}
          </ThemeIcon>
          <Text fw={600} style={{ flex: 1 }}>
            {t(`stage.${stage.stage}`, { ns: 'common' })}
          </Text>
          <Badge
            color={STATUS_COLOURS[stage.status]}
            variant="light"
            style={{ flexShrink: 0 }}
            data-testid="stage-status"
          >
            {t(`dashboard.status.${stage.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t(`dashboard.objective.${stage.stage}`)}
        </Text>
        <Group gap="sm" wrap="nowrap">
          <Progress
            value={stage.progress * 100}
            color={STATUS_COLOURS[stage.status]}
            style={{ flex: 1 }}
            aria-label={t(`stage.${stage.stage}`, { ns: 'common' })}
          />
          <Text size="xs" c="dimmed" w={40} ta="right">
            {format.percent(stage.progress)}
          </Text>
        </Group>
        {children}
        {stage.steps.length > 0 && (
          <List spacing={6} size="sm" center mt={4}>
            {stage.steps.map((step) => (
              <List.Item
                key={step.id}
                data-testid={`step-${step.id}`}
                data-done={step.done}
                icon={
                  <ThemeIcon
                    size={20}
                    radius="xl"
                    color={step.done ? 'green' : 'gray'}
                    variant={step.done ? 'filled' : 'light'}
                    aria-label={step.done ? t('dashboard.stepDone') : t('dashboard.stepOpen')}
                  >
                    {step.done ? '✓' : ''}
                  </ThemeIcon>
                }
              >
                {STEP_PATHS[step.id] ? (
                  <Anchor
                    component={Link}
                    to={`/p/${encodeURIComponent(slug)}${STEP_PATHS[step.id]}`}
                    c={step.done ? 'dimmed' : undefined}
                    fw={step.id === nextStep ? 600 : undefined}
                  >
                    {t(`dashboard.step.${step.id}`)}
                  </Anchor>
                ) : (
                  // A step of the process Kume has no screen for yet: shown, not linked.
                  <Text
                    span
                    size="sm"
                    c={step.done ? 'dimmed' : undefined}
                    fw={step.id === nextStep ? 600 : undefined}
                  >
                    {t(`dashboard.step.${step.id}`)}
                  </Text>
                )}
                {step.id === nextStep && (
                  <Badge size="xs" variant="outline" ml={8}>
                    {t('dashboard.next')}
                  </Badge>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
