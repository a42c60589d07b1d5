// The facilitator's controls of the current round: next phase, reveal the totals, close the round,
// and the timer (start for some minutes, stop) with its countdown.

import { Button, Group, NumberInput } from '@mantine/core';
import type { RoundDefinition, RoundView } from '@kume/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Countdown } from './Countdown';
import type { ConsoleSend } from './useConsoleCommand';

export function PhaseControls({
  definition,
  round,
  command,
}: {
  definition: RoundDefinition;
  round: RoundView;
  command: ConsoleSend;
}) {
  const { t } = useTranslation('workshops');
  const [minutes, setMinutes] = useState<number>(
    definition.timerSeconds ? Math.max(1, Math.round(definition.timerSeconds / 60)) : 5,
  );
  const [busy, setBusy] = useState<string | null>(null);
  const off = command === null || round.closed;
  const next = definition.phases[definition.phases.indexOf(round.phase) + 1];
  const run = async (type: string, extra: Record<string, unknown> = {}) => {
    if (!command) return;
    setBusy(type);
    try {
      await command({ type, roundId: round.roundId, ...extra });
    } finally {
      setBusy(null);
    }
  };
  const hidden = definition.voting?.totalsHidden ?? false;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="phase-controls">
      <Button
        onClick={() => void run('advance_phase')}
        disabled={off || next === undefined}
        loading={busy === 'advance_phase'}
        data-testid="phase-advance"
      >
        {next
          ? t('console.advanceTo', { phase: t(`console.phase.${next}`) })
          : t('console.lastPhase')}
      </Button>
      {definition.voting && hidden && (
        <Button
          variant="light"
          onClick={() => void run('reveal_totals')}
          disabled={off || round.revealed}
          loading={busy === 'reveal_totals'}
          data-testid="reveal-totals"
        >
          {round.revealed ? t('console.revealed') : t('console.reveal')}
        </Button>
      )}
      <Button
        variant="light"
        color="orange"
        onClick={() => void run('close_round')}
        disabled={off}
        loading={busy === 'close_round'}
        data-testid="round-close"
      >
        {round.closed ? t('console.closed') : t('console.closeRound')}
      </Button>
      <Group gap={6} align="flex-end">
        <NumberInput
          label={t('console.timerMinutes')}
          value={minutes}
          onChange={(value) => setMinutes(typeof value === 'number' ? value : 5)}
          min={1}
          max={240}
          w={110}
          disabled={off}
        />
        {round.timer ? (
          <Button
            variant="default"
            onClick={() => void run('stop_timer')}
            disabled={off}
            data-testid="timer-stop"
          >
            {t('console.timerStop')}
          </Button>
        ) : (
          <Button
            variant="default"
            onClick={() => void run('start_timer', { seconds: Math.round(minutes * 60) })}
            disabled={off}
            data-testid="timer-start"
          >
            {t('console.timerStart')}
          </Button>
        )}
        <Countdown timer={round.timer} />
      </Group>
    </Group>
  );
}
