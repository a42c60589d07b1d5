// The console's panel of a Delphi round between meetings: which iteration of how many, answers so
// far, the group's previous answers per item (median, IQR), whether they have settled and why, and
// the button that starts the next iteration.

import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { RoundView } from '@kume/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { delphiNext, delphiRows } from './delphiRound';
import type { ConsoleSend } from './useConsoleCommand';

export function DelphiPanel({ round, command }: { round: RoundView; command: ConsoleSend }) {
  const { t } = useTranslation('workshops');
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const delphi = round.delphi;
  if (!delphi) return null;
  const next = delphiNext(round, command !== null);
  const rows = delphiRows(round);
  const total = round.ballotsCast + round.notVoted.length;
  const number = (value: number | null) =>
    value === null ? t('console.delphi.none') : format.number(value, { maximumFractionDigits: 1 });
  // The view's settled concerns the answers already summarised; the last iteration ends the round
  // whatever the answers, so it is said as soon as it starts.
  const reason =
    delphi.settledReason ??
    (delphi.iteration >= delphi.maxIterations ? ('last_iteration' as const) : null);
  const start = async () => {
    if (!command) return;
    setBusy(true);
    try {
      await command({ type: 'next_delphi_iteration', roundId: round.roundId });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" data-testid="delphi-panel">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={4} data-testid="delphi-iteration">
            {t('console.delphi.iteration', {
              iteration: delphi.iteration,
              max: delphi.maxIterations,
            })}
          </Title>
          <Badge
            color={reason === null ? 'gray' : reason === 'last_iteration' ? 'orange' : 'teal'}
            variant="light"
            size="lg"
            style={{ textTransform: 'none', height: 'auto', whiteSpace: 'normal' }}
            data-testid="delphi-settled"
            data-reason={reason ?? 'open'}
          >
            {reason === null ? t('console.delphi.open') : t(`console.delphi.settled.${reason}`)}
          </Badge>
        </Group>
        <Text fw={600} data-testid="delphi-answers">
          {t('console.delphi.answers', { count: round.ballotsCast, total })}
        </Text>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('console.delphi.noPrevious')}
          </Text>
        ) : (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('console.delphi.previous', { iteration: delphi.previous?.iteration ?? 1 })}
            </Text>
            <Table.ScrollContainer minWidth={420}>
              <Table striped fz="sm" verticalSpacing="xs" data-testid="delphi-previous">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('console.delphi.item')}</Table.Th>
                    <Table.Th ta="right">{t('console.delphi.median')}</Table.Th>
                    <Table.Th ta="right">{t('console.delphi.iqr')}</Table.Th>
                    <Table.Th ta="right">{t('console.delphi.answered')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.itemId} data-testid={`delphi-row-${row.itemId}`}>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.text}</Table.Td>
                      <Table.Td ta="right">{number(row.median)}</Table.Td>
                      <Table.Td ta="right">
                        {row.iqr === null
                          ? t('console.delphi.none')
                          : t('console.delphi.iqrRange', {
                              iqr: number(row.iqr),
                              q1: number(row.q1),
                              q3: number(row.q3),
                            })}
                      </Table.Td>
                      <Table.Td ta="right">{row.count}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
        <Group gap="sm" align="center" wrap="wrap">
          <Button
            onClick={() => void start()}
            disabled={next !== 'ready'}
            loading={busy}
            data-testid="delphi-next"
          >
            {t('console.delphi.next')}
          </Button>
          <Text size="sm" c="dimmed">
            {next === 'settled' || next === 'finished'
              ? t('console.delphi.closeHint')
              : t('console.delphi.nextHint')}
          </Text>
        </Group>
        <Alert variant="light" color="blue" data-testid="delphi-async-hint">
          {t('console.delphi.asyncHint')}
        </Alert>
      </Stack>
    </Paper>
  );
}
