// "Network change": the relations of the field study in two periods compared, as a repeated field
// study shows whether the cluster's firms work together more: density and ties before and after,
// new and lost ties, the density as the list grew, and the organisations with most new ties.

import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { formatDate, formatNumber, useFormat } from '../../../i18n/format';
import { EChart } from '../../statistics/charts/EChart';
import { useOrganisationOptions } from '../../stakeholders/stakeholderQueries';
import { useNetworkChange } from './monitoringQueries';
import type { NetworkPeriods } from './monitoringTypes';
import { networkDensityOption } from './networkDensityOption';
import { NetworkPeriodsForm, periodsOf } from './NetworkPeriodsForm';

/** The organisations listed as gaining ties. */
const GAINERS_SHOWN = 10;

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} size="lg" data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

export function NetworkChangeSection({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation('monitoring');
  const format = useFormat();
  const language = i18n.language;
  const [periods, setPeriods] = useState<NetworkPeriods | null>(null);
  const network = useNetworkChange(slug, periods);
  const organisations = useOrganisationOptions(slug);
  const names = useMemo(
    () => new Map((organisations.data?.items ?? []).map((o) => [o.id, o.name])),
    [organisations.data],
  );
  const share = (value: number) =>
    formatNumber(value, language, { style: 'percent', maximumFractionDigits: 1 });
  const option = useMemo(
    () =>
      networkDensityOption(network.data?.densityByDate ?? [], {
        names: {
          density: t('network.density'),
          ties: t('network.ties'),
          organisations: t('network.organisations'),
        },
        formatDate: (day) => formatDate(day, language),
        formatShare: (value) =>
          formatNumber(value, language, { style: 'percent', maximumFractionDigits: 1 }),
        formatNumber: (value) => formatNumber(value, language),
      }),
    [network.data, t, language],
  );

  let body;
  if (network.isPending) body = <Loading />;
  else if (network.error) body = <ErrorAlert error={network.error} />;
  else if (network.data.relationCount === 0)
    body = (
      <Text size="sm" c="dimmed" data-testid="network-empty">
        {t('network.empty')}{' '}
        <Anchor component={Link} to={`/p/${slug}/field-study/relations`}>
          {t('network.relationsLink')}
        </Anchor>
      </Text>
    );
  else {
    const view = network.data;
    const { change } = view;
    const points = (change.densityChange * 100).toFixed(1);
    body = (
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('network.span', {
            count: view.relationCount,
            first: format.date(view.firstOn),
            last: format.date(view.lastOn),
          })}
        </Text>
        <NetworkPeriodsForm
          key={JSON.stringify(periodsOf(view))}
          view={view}
          loading={network.isFetching}
          onCompare={setPeriods}
          onReset={() => setPeriods(null)}
        />
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm" data-testid="network-figures">
          <Figure label={t('network.densityBefore')} value={share(change.before.density)} />
          <Figure
            label={t('network.densityAfter')}
            value={share(change.after.density)}
            testId="network-density-after"
          />
          <Figure
            label={t('network.densityChange')}
            value={t('network.points', {
              points: `${change.densityChange >= 0 ? '+' : ''}${format.number(Number(points))}`,
            })}
          />
          <Figure
            label={t('network.tiesBeforeAfter')}
            value={`${format.number(change.before.ties)} → ${format.number(change.after.ties)}`}
          />
          <Figure
            label={t('network.newTies')}
            value={format.number(change.newTies.length)}
            testId="network-new-ties"
          />
          <Figure label={t('network.lostTies')} value={format.number(change.lostTies.length)} />
        </SimpleGrid>
        {view.densityByDate.length > 1 && (
          <EChart
            option={option}
            height={260}
            testId="network-density-chart"
            label={t('network.chartLabel', { count: view.densityByDate.length })}
            title={t('network.chartTitle')}
          />
        )}
        <Stack gap="xs">
          <Title order={5}>{t('network.gainers')}</Title>
          {change.gainers.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('network.noGainers')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={480}>
              <Table striped data-testid="network-gainers" verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('network.organisation')}</Table.Th>
                    <Table.Th ta="right">{t('network.newTies')}</Table.Th>
                    <Table.Th ta="right">{t('network.lostTies')}</Table.Th>
                    <Table.Th ta="right">{t('network.tiesBeforeAfter')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {change.gainers.slice(0, GAINERS_SHOWN).map((gainer) => (
                    <Table.Tr key={gainer.organisationId}>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/p/${slug}/organisations/${gainer.organisationId}`}
                        >
                          {names.get(gainer.organisationId) ?? t('network.unknownOrganisation')}
                        </Anchor>
                      </Table.Td>
                      <Table.Td ta="right">{format.number(gainer.newTies)}</Table.Td>
                      <Table.Td ta="right">{format.number(gainer.lostTies)}</Table.Td>
                      <Table.Td ta="right">
                        {format.number(gainer.tiesBefore)} → {format.number(gainer.tiesAfter)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Stack>
    );
  }

  return (
    <Card withBorder radius="md" padding="md" data-testid="network-change">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3}>{t('network.title')}</Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('network.description')}
        </Text>
        {body}
      </Stack>
    </Card>
  );
}
