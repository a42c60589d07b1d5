// Compares the clusters being edited with a project definition: the adjusted Rand index over the
// industries both cover, and the industries in another cluster than their definition's.

import { Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useDefinitions } from '../statisticsQueries';
import { useStatsFormat } from '../useStatsFormat';
import { compareClusters, draftChanged, type DerivedDraft } from './derivedDraft';
import { useCompare } from './deriveQueries';

/** How many moved industries the table lists. */
const SHOWN_MOVES = 100;

export function DeriveCompareCard({
  slug,
  draft,
  canWrite,
  industryName,
  defaultDefinitionId,
}: {
  slug: string;
  draft: DerivedDraft;
  canWrite: boolean;
  industryName: (code: string) => string | null;
  defaultDefinitionId: string | null;
}) {
  const { t } = useTranslation('statistics');
  const format = useStatsFormat();
  const definitions = useDefinitions(slug).data ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  const definitionId = picked ?? defaultDefinitionId ?? definitions[0]?.id ?? null;
  const compare = useCompare(slug);
  /** The draft as it was compared: the answer is stale once the draft says something else. */
  const [compared, setCompared] = useState<DerivedDraft | null>(null);
  const answer = compare.data;
  const clusterName = new Map(draft.clusters.map((c) => [c.code, c.name]));

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('derive.compare.definition')}
          data={definitions.map((d) => ({ value: d.id, label: d.name }))}
          value={definitionId}
          onChange={setPicked}
          allowDeselect={false}
          disabled={!canWrite}
          w={320}
          comboboxProps={{ withinPortal: true }}
          data-testid="derive-compare-definition"
        />
        <Button
          variant="light"
          disabled={!canWrite || !definitionId}
          loading={compare.isPending}
          onClick={() => {
            if (!definitionId) return;
            setCompared(draft);
            compare.mutate({ definitionId, clusters: compareClusters(draft) });
          }}
          data-testid="derive-compare"
        >
          {t('derive.compare.run')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('derive.compare.help')}
      </Text>
      <ErrorAlert error={compare.error} />
      {answer && (
        <Stack gap="xs" data-testid="derive-compare-answer">
          {draftChanged(draft, compared) && (
            <Text size="xs" c="orange">
              {t('derive.compare.stale')}
            </Text>
          )}
          <Text size="sm">
            {t('derive.compare.answer', {
              ari: format.number(answer.ari, {
                minimumFractionDigits: 3,
                maximumFractionDigits: 3,
              }),
              common: format.count(answer.common),
              moved: format.count(answer.moved.length),
            })}
          </Text>
          {answer.moved.length > 0 && (
            <Table.ScrollContainer minWidth={520} mah={360}>
              <Table verticalSpacing={2} fz="xs" stickyHeader>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('derive.compare.industry')}</Table.Th>
                    <Table.Th>{t('derive.compare.from')}</Table.Th>
                    <Table.Th>{t('derive.compare.to')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {answer.moved.slice(0, SHOWN_MOVES).map((move) => (
                    <Table.Tr key={move.industry}>
                      <Table.Td>
                        {move.industry} {industryName(move.industry) ?? ''}
                      </Table.Td>
                      <Table.Td>{move.from}</Table.Td>
                      <Table.Td>
                        {move.to} {clusterName.get(move.to) ?? ''}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {answer.moved.length > SHOWN_MOVES && (
            <Text size="xs" c="dimmed">
              {t('derive.compare.more', { count: answer.moved.length - SHOWN_MOVES })}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
