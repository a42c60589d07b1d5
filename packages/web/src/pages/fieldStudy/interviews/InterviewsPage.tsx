// Interviews and focus groups (/p/:slug/field-study/interviews): the records, filtered by kind,
// and (?view=quotes) every tagged quote, filtered by tag.

import { Anchor, Badge, Button, Group, SegmentedControl, Table, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useProject } from '../../../api/useProject';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useFormat } from '../../../i18n/format';
import type { InterviewKind } from './interviewDraft';
import { useInterviews } from './interviewQueries';
import { QuotesView } from './QuotesView';

const KINDS: readonly InterviewKind[] = ['interview', 'focus_group'];

export default function InterviewsPage() {
  const { t } = useTranslation('fieldwork');
  const format = useFormat();
  const project = useProject();
  const { slug } = project;
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'quotes' ? 'quotes' : 'records';
  const kind = KINDS.find((k) => k === params.get('kind'));
  const interviews = useInterviews(slug, kind);
  const canWrite = project.can('field_study');
  const base = `/p/${encodeURIComponent(slug)}/field-study/interviews`;

  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (value) copy.set(key, value);
        else copy.delete(key);
        return copy;
      },
      { replace: true },
    );

  const newButtons = canWrite && (
    <>
      <Button component={Link} to={`${base}/new`} data-testid="new-interview">
        {t('interviews.newInterview')}
      </Button>
      <Button
        component={Link}
        to={`${base}/new?kind=focus_group`}
        variant="light"
        data-testid="new-focus-group"
      >
        {t('interviews.newFocusGroup')}
      </Button>
    </>
  );

  const records = () => {
    if (interviews.isPending) return <Loading />;
    if (!interviews.data) return <ErrorAlert error={interviews.error} />;
    const items = interviews.data;
    if (items.length === 0 && !kind)
      return (
        <EmptyState
          title={t('interviews.emptyTitle')}
          description={t('interviews.emptyText')}
          action={newButtons && <Group gap="sm">{newButtons}</Group>}
        />
      );
    return (
      <>
        <SegmentedControl
          mb="sm"
          value={kind ?? 'all'}
          onChange={(value) => setParam('kind', value === 'all' ? null : value)}
          data={[
            { value: 'all', label: t('interviews.all') },
            { value: 'interview', label: t('interviews.kind.interview') },
            { value: 'focus_group', label: t('interviews.kind.focus_group') },
          ]}
          aria-label={t('interviews.filterKind')}
          data-testid="interview-kind-filter"
        />
        <Table.ScrollContainer minWidth={760}>
          <Table
            striped
            highlightOnHover
            verticalSpacing="xs"
            fz="sm"
            data-testid="interview-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('interviews.heldOn')}</Table.Th>
                <Table.Th>{t('interviews.kindLabel')}</Table.Th>
                <Table.Th>{t('interviews.titleLabel')}</Table.Th>
                <Table.Th>{t('interviews.participants')}</Table.Th>
                <Table.Th>{t('interviews.quotes')}</Table.Th>
                <Table.Th>{t('interviews.facilitator')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((interview) => {
                const names = interview.participants.map((p) => p.name || p.organisationName || '');
                return (
                  <Table.Tr key={interview.id} data-testid="interview-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {format.date(interview.heldOn)}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={interview.kind === 'focus_group' ? 'grape' : 'blue'}
                      >
                        {t(`interviews.kind.${interview.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`${base}/${interview.id}`} size="sm" fw={500}>
                        {interview.title || t('interviews.untitled')}
                      </Anchor>
                    </Table.Td>
                    <Table.Td maw={320}>
                      <Text size="sm" lineClamp={2} title={names.join(', ')}>
                        {t('interviews.participantCount', { count: names.length })}
                        {names.length > 0 && `: ${names.join(', ')}`}
                      </Text>
                    </Table.Td>
                    <Table.Td>{format.number(interview.quotes.length)}</Table.Td>
                    <Table.Td>{interview.facilitatorName}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {items.length === 0 && (
          <Text size="sm" c="dimmed" mt="sm">
            {t('interviews.noneOfKind')}
          </Text>
        )}
      </>
    );
  };

  return (
    <>
      <PageHeader
        title={t('interviews.title')}
        description={t('interviews.description')}
        actions={newButtons}
      />
      <Tabs
        value={view}
        onChange={(value) => setParam('view', value === 'quotes' ? 'quotes' : null)}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="records" data-testid="tab-records">
            {t('interviews.records')}
          </Tabs.Tab>
          <Tabs.Tab value="quotes" data-testid="tab-quotes">
            {t('interviews.quotesTab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="records">{records()}</Tabs.Panel>
        <Tabs.Panel value="quotes">
          <QuotesView slug={slug} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
