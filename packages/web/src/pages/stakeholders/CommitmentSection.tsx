// An organisation's commitment: the latest willingness, influence and pledged resources, the
// full history of assessments, and "Assess commitment".

import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetailView } from '@kume/server';
import { useFormat } from '../../i18n/format';
import { CommitmentFormModal } from './CommitmentFormModal';
import { ScoreBadge } from './ScoreBadge';

export function CommitmentSection({
  slug,
  organisation,
  canWrite,
}: {
  slug: string;
  organisation: OrganisationDetailView;
  canWrite: boolean;
}) {
  const { t } = useTranslation('stakeholders');
  const format = useFormat();
  const [opened, { open, close }] = useDisclosure(false);
  const history = organisation.commitments;
  const latest = history[0];
  const amount = (c: (typeof history)[number]) =>
    c.pledgedAmount === null
      ? ''
      : format.number(c.pledgedAmount, {
          style: 'currency',
          currency: c.currency,
          maximumFractionDigits: 0,
        });

  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('commitment.title')}</Title>
        {canWrite && (
          <Button size="xs" onClick={open} data-testid="assess-commitment">
            {t('commitment.assess')}
          </Button>
        )}
      </Group>
      {!latest ? (
        <Text size="sm" c="dimmed">
          {t('commitment.none')}
        </Text>
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {t('commitment.willingness')}
              </Text>
              <Group gap={6}>
                <ScoreBadge score={latest.willingness} />
                <Text size="sm">{t(`commitment.willingnessScale.${latest.willingness}`)}</Text>
              </Group>
            </Stack>
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {t('commitment.influence')}
              </Text>
              <Group gap={6}>
                <ScoreBadge score={latest.influence} />
                <Text size="sm">{t(`commitment.influenceScale.${latest.influence}`)}</Text>
              </Group>
            </Stack>
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {t('commitment.assessedOn')}
              </Text>
              <Text size="sm">
                {format.date(latest.assessedOn)}
                {latest.assessorName ? ` · ${latest.assessorName}` : ''}
              </Text>
            </Stack>
            <Stack gap={2}>
              <Text size="xs" c="dimmed">
                {t('commitment.amount')}
              </Text>
              <Text size="sm">{amount(latest) || '–'}</Text>
            </Stack>
          </SimpleGrid>
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('commitment.resourcesPledged')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {latest.resourcesPledged || '–'}
            </Text>
          </Stack>
          <Title order={5}>{t('commitment.history')}</Title>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" striped data-testid="commitment-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('commitment.assessedOn')}</Table.Th>
                  <Table.Th>{t('commitment.willingness')}</Table.Th>
                  <Table.Th>{t('commitment.influence')}</Table.Th>
                  <Table.Th>{t('commitment.resourcesPledged')}</Table.Th>
                  <Table.Th>{t('commitment.amount')}</Table.Th>
                  <Table.Th>{t('commitment.assessor')}</Table.Th>
                  <Table.Th>{t('commitment.notes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {format.date(c.assessedOn)}
                    </Table.Td>
                    <Table.Td>
                      <ScoreBadge score={c.willingness} />
                    </Table.Td>
                    <Table.Td>
                      <ScoreBadge score={c.influence} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{c.resourcesPledged}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{amount(c)}</Table.Td>
                    <Table.Td>{c.assessorName}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{c.notes}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
      {canWrite && (
        <CommitmentFormModal
          slug={slug}
          organisation={organisation}
          opened={opened}
          onClose={close}
        />
      )}
    </Paper>
  );
}
