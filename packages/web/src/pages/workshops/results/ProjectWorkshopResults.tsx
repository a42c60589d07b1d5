// The project's workshop results, what the roadmap uses: the confirmed vision, the weighted success
// factors in the importance-performance matrix, and the ranked skills gaps, each from the latest
// closed workshop that has it.

import { Blockquote, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ProjectWorkshopResultsView } from '@kume/server';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { IpaMatrix } from './IpaMatrix';
import { SkillsGapMatrix } from './SkillsGapMatrix';

function Source({ title, closedAt }: { title: string; closedAt: string }) {
  const { t } = useTranslation('workshops');
  const format = useFormat();
  return (
    <Text size="xs" c="dimmed">
      {t('results.source', { title, date: format.date(closedAt) })}
    </Text>
  );
}

export function ProjectWorkshopResults({ results }: { results: ProjectWorkshopResultsView }) {
  const { t } = useTranslation('workshops');
  const format = useFormat();
  const { vision, factors, skills } = results;
  if (!vision && !factors && !skills)
    return (
      <Text c="dimmed" size="sm" data-testid="project-workshop-results">
        {t('results.noneYet')}
      </Text>
    );
  const factorText = new Map(factors?.items.map((factor) => [factor.id, factor.text]) ?? []);
  return (
    <Stack gap="lg" data-testid="project-workshop-results">
      {vision && (
        <Paper withBorder p="md">
          <Title order={4}>{t('results.vision')}</Title>
          <Blockquote my="sm" data-testid="project-vision">
            {vision.text}
          </Blockquote>
          <Text size="xs" c="dimmed">
            {t('results.confirmedBy', { count: vision.confirmedBy })}
          </Text>
          <Source title={vision.title} closedAt={vision.closedAt} />
        </Paper>
      )}
      {factors && (
        <Paper withBorder p="md">
          <Title order={4}>{t('results.factors')}</Title>
          <Table striped fz="sm" my="sm" data-testid="project-factors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('results.factor')}</Table.Th>
                <Table.Th ta="right">{t('results.weight')}</Table.Th>
                <Table.Th ta="right">{t('results.performance')}</Table.Th>
                <Table.Th>{t('results.quadrantHeading')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...factors.items]
                .sort((a, b) => (b.weight ?? -1) - (a.weight ?? -1))
                .map((factor) => (
                  <Table.Tr key={factor.id}>
                    <Table.Td>{factor.text}</Table.Td>
                    <Table.Td ta="right">
                      {factor.weight === null
                        ? '–'
                        : format.number(factor.weight, {
                            style: 'percent',
                            maximumFractionDigits: 1,
                          })}
                    </Table.Td>
                    <Table.Td ta="right">
                      {factor.performance === null
                        ? '–'
                        : format.number(factor.performance, { maximumFractionDigits: 1 })}
                    </Table.Td>
                    <Table.Td>
                      {factor.quadrant ? t(`results.quadrant.${factor.quadrant}`) : '–'}
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
          <IpaMatrix
            factors={factors.items}
            importanceSplit={factors.importanceSplit}
            performanceSplit={factors.performanceSplit}
          />
          <Source title={factors.title} closedAt={factors.closedAt} />
        </Paper>
      )}
      {skills && (
        <Paper withBorder p="md">
          <Title order={4} mb="sm">
            {t('results.skills')}
          </Title>
          <SkillsGapMatrix skills={skills.items} factorName={(id) => factorText.get(id)} />
          <Source title={skills.title} closedAt={skills.closedAt} />
        </Paper>
      )}
    </Stack>
  );
}
