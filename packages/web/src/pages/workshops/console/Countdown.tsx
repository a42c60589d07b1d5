// The round timer counting down, redrawn every quarter second; red in its last ten seconds.

import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountdown, secondsLeft } from './countdown';

export function Countdown({
  timer,
  size = 'xl',
}: {
  timer: { endsAt: number } | null;
  /** A Mantine font size or pixels (the projector's is huge). */
  size?: string | number;
}) {
  const { t } = useTranslation('workshops');
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!timer) return;
    const interval = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(interval);
  }, [timer]);

  const left = secondsLeft(timer, now);
  if (left === null) return null;
  return (
    <Text
      fz={size}
      fw={700}
      ff="monospace"
      c={left <= 10 ? 'red' : undefined}
      aria-label={t('console.timeLeft', { time: formatCountdown(left) })}
      data-testid="workshop-timer"
    >
      {left === 0 ? t('console.timeUp') : formatCountdown(left)}
    </Text>
  );
}
