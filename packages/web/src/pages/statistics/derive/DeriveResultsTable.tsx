// The ranked results of a derivation with their validation scores (VS-cluster, VS-industry, their
// mean; per measure on hover), each explained in a sentence, and the one being edited marked.

import { Button, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStatsFormat } from '../useStatsFormat';
import { useMeasureWords } from './DeriveNotes';
import type { DeriveResultView } from './deriveTypes';

/** The method and its parameters in a few words: "k-means, k = 32, seed 1". */
export function useDescribeParameters() {
  const { t } = useTranslation('statistics');
  const format = useStatsFormat();
  return (parameters: DeriveResultView['parameters']) =>
    [
      t(`derive.method.${parameters.method}`),
      parameters.k === undefined ? undefined : t('derive.results.k', { k: parameters.k }),
      parameters.threshold === undefined
        ? undefined
        : t('derive.results.threshold', { threshold: parameters.threshold }),
      parameters.resolution === undefined
        ? undefined
        : t('derive.results.resolution', {
            resolution: format.number(parameters.resolution, { maximumFractionDigits: 2 }),
          }),
    ]
      .filter(Boolean)
      .join(', ');
}

export function DeriveResultsTable({
  results,
  chosen,
  onChoose,
}: {
  results: DeriveResultView[];
  chosen: number;
  onChoose: (index: number) => void;
}) {
  const { t } = useTranslation('statistics');
  const format = useStatsFormat();
  const describe = useDescribeParameters();
  const words = useMeasureWords();
  const score = (value: number) =>
    format.number(value, { minimumFractionDigits: 3, maximumFractionDigits: 3 });

  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={4} fz="sm" data-testid="derive-results">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>#</Table.Th>
              <Table.Th>{t('derive.results.parameters')}</Table.Th>
              <Table.Th ta="right">{t('derive.results.clusters')}</Table.Th>
              <Table.Th ta="right">{t('derive.results.vsCluster')}</Table.Th>
              <Table.Th ta="right">{t('derive.results.vsIndustry')}</Table.Th>
              <Table.Th ta="right">{t('derive.results.score')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.map((result, index) => (
              <Table.Tr key={index} data-testid="derive-result">
                <Table.Td>{index + 1}</Table.Td>
                <Table.Td>{describe(result.parameters)}</Table.Td>
                <Table.Td ta="right">{result.clusterCount}</Table.Td>
                <Table.Td ta="right">{score(result.scores.vsCluster)}</Table.Td>
                <Table.Td ta="right">{score(result.scores.vsIndustry)}</Table.Td>
                <Table.Td ta="right">
                  <Tooltip
                    multiline
                    w={320}
                    withinPortal
                    label={result.scores.byMeasure
                      .map((m) =>
                        t('derive.results.byMeasure', {
                          measure: words.measure(m.measure),
                          vsCluster: score(m.vsCluster),
                          vsIndustry: score(m.vsIndustry),
                        }),
                      )
                      .join(' · ')}
                  >
                    <Text span fw={700} size="sm">
                      {score(result.scores.score)}
                    </Text>
                  </Tooltip>
                </Table.Td>
                <Table.Td ta="right">
                  {index === chosen ? (
                    <Text size="xs" fw={700} c="teal" data-testid="derive-result-editing">
                      {t('derive.results.editing')}
                    </Text>
                  ) : (
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => onChoose(index)}
                      data-testid="derive-choose-result"
                    >
                      {t('derive.results.choose')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t('derive.results.vsClusterHelp')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('derive.results.vsIndustryHelp')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('derive.results.scoreHelp')}
      </Text>
    </Stack>
  );
}
