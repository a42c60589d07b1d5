// The workshop's rounds as a stepper (the current one active, closed ones done) with the phases of
// the current round below; a click on another round makes it the current round.

import { Badge, Group, Stepper, Text } from '@mantine/core';
import { localText, type WorkshopView } from '@kume/core';
import { useTranslation } from 'react-i18next';
import type { ConsoleSend } from './useConsoleCommand';

export function RoundStepper({ view, command }: { view: WorkshopView; command: ConsoleSend }) {
  const { t, i18n } = useTranslation('workshops');
  const definitions = view.definition.rounds;
  const active = definitions.findIndex((round) => round.id === view.currentRoundId);
  const current = definitions[active];
  return (
    <div>
      <Stepper
        active={active}
        size="sm"
        allowNextStepsSelect={command !== null}
        onStepClick={(index) => {
          const target = definitions[index];
          if (target && index !== active)
            void command?.({ type: 'go_to_round', roundId: target.id });
        }}
        data-testid="round-stepper"
      >
        {definitions.map((round) => {
          const state = view.rounds.find((each) => each.id === round.id);
          return (
            <Stepper.Step
              key={round.id}
              label={localText(round.title, i18n.language)}
              description={
                state?.closed
                  ? t('console.closed')
                  : t(`console.phase.${state?.phase ?? 'brainstorm'}`)
              }
              completedIcon={state?.closed ? '✓' : undefined}
              color={state?.closed ? 'teal' : undefined}
            />
          );
        })}
      </Stepper>
      {current && (
        <Group gap={6} mt="sm" data-testid="round-phases">
          <Text size="sm" c="dimmed">
            {t('console.phases')}:
          </Text>
          {current.phases.map((phase) => (
            <Badge
              key={phase}
              variant={phase === view.round.phase ? 'filled' : 'outline'}
              color={view.round.closed ? 'gray' : 'blue'}
            >
              {t(`console.phase.${phase}`)}
            </Badge>
          ))}
        </Group>
      )}
    </div>
  );
}
