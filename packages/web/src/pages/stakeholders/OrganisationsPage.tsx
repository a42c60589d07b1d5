// The organisation registry of stage 1: search, filter by type, sort, pages, export, and (for
// those who may) new organisations and imports.

import { Anchor, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ORGANISATION_TYPES, type OrganisationType } from '@kume/core';
import { useProject } from '../../api/useProject';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ListPagination } from '../../components/table/ListPagination';
import { SortableHeader } from '../../components/table/SortableHeader';
import { useListState } from '../../components/table/useListState';
import { useFormat } from '../../i18n/format';
import { ExportMenu } from './ExportMenu';
import { OrganisationFormModal } from './OrganisationFormModal';
import { ScoreBadge } from './ScoreBadge';
import { useOrganisations } from './stakeholderQueries';

const SORTS = [
  'name',
  'type',
  'industryCode',
  'valueChainStage',
  'employees',
  'district',
  'willingness',
  'influence',
  'lastVisitedOn',
] as const;

export default function OrganisationsPage() {
  const { t } = useTranslation('stakeholders');
  const format = useFormat();
  const navigate = useNavigate();
  const project = useProject();
  const { slug } = project;
  const list = useListState({ sorts: SORTS, defaultSort: 'name' });
  const typeParam = list.filter('type');
  const type = ORGANISATION_TYPES.find((ot) => ot === typeParam);
  const [creating, createModal] = useDisclosure(false);
  const listParams = { q: list.q || undefined, type, sort: list.sort, dir: list.dir };
  const organisations = useOrganisations(slug, {
    ...listParams,
    page: list.page,
    pageSize: list.pageSize,
    locale: format.language,
  });
  const canWrite = project.can('registry');
  const filtered = Boolean(list.q || type);

  const header = (
    <PageHeader
      title={t('organisations.title')}
      description={t('organisations.description')}
      actions={
        <>
          {canWrite && (
            <Button onClick={createModal.open} data-testid="new-organisation">
              {t('organisations.new')}
            </Button>
          )}
          {canWrite && (
            <Button component={Link} to={`/p/${slug}/organisations/import`} variant="light">
              {t('common:action.import')}
            </Button>
          )}
          <ExportMenu slug={slug} params={{ ...listParams, locale: format.language }} />
        </>
      }
    />
  );
  const modal = <OrganisationFormModal slug={slug} opened={creating} onClose={createModal.close} />;

  if (organisations.isPending)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (organisations.error) return <ErrorAlert error={organisations.error} />;
  // The server keeps the page within range (e.g. after a search): show the page it sent.
  const { items, total, page } = organisations.data;

  if (total === 0 && !filtered)
    return (
      <>
        {header}
        <EmptyState
          title={t('organisations.emptyTitle')}
          description={t('organisations.emptyText')}
          action={
            canWrite && (
              <Group gap="sm" justify="center">
                <Button onClick={createModal.open}>{t('organisations.addFirst')}</Button>
                <Button component={Link} to={`/p/${slug}/organisations/import`} variant="light">
                  {t('organisations.importFirst')}
                </Button>
              </Group>
            )
          }
        />
        {modal}
      </>
    );

  const sortable = (column: (typeof SORTS)[number], label: string, firstDir?: 'desc') => (
    <SortableHeader
      column={column}
      sort={list.sort}
      dir={list.dir}
      onSort={list.toggleSort}
      firstDir={firstDir}
    >
      {label}
    </SortableHeader>
  );

  return (
    <>
      {header}
      <Group gap="sm" mb="sm" align="flex-end">
        <TextInput
          placeholder={t('organisations.searchPlaceholder')}
          aria-label={t('common:action.search')}
          value={list.searchText}
          onChange={(event) => list.setSearch(event.currentTarget.value)}
          data-testid="org-search"
          style={{ flex: '1 1 240px' }}
          type="search"
        />
        <Select<OrganisationType>
          aria-label={t('organisation.type')}
          placeholder={t('organisations.allTypes')}
          data={ORGANISATION_TYPES.map((value) => ({
            value,
            label: t(`common:organisationType.${value}`),
          }))}
          value={type ?? null}
          onChange={(value) => list.setFilter('type', value)}
          clearable
          w={220}
          data-testid="org-type-filter"
        />
      </Group>
      <Table.ScrollContainer minWidth={960}>
        <Table striped highlightOnHover verticalSpacing="xs" fz="sm" data-testid="org-table">
          <Table.Thead>
            <Table.Tr>
              {sortable('name', t('organisation.name'))}
              {sortable('type', t('organisation.type'))}
              {sortable('industryCode', t('organisation.industryCodeShort'))}
              {sortable('valueChainStage', t('organisation.valueChainStage'))}
              {sortable('employees', t('organisation.employees'), 'desc')}
              {sortable('district', t('organisation.district'))}
              {sortable('willingness', t('commitment.willingness'), 'desc')}
              {sortable('influence', t('commitment.influence'), 'desc')}
              {sortable('lastVisitedOn', t('organisations.lastVisited'), 'desc')}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((o) => (
              <Table.Tr
                key={o.id}
                data-testid="org-row"
                style={{ cursor: 'pointer' }}
                onClick={(event) => {
                  // The name is a real link (new tab, keyboard); the rest of the row is a shortcut.
                  if (!(event.target instanceof HTMLAnchorElement))
                    void navigate(`/p/${slug}/organisations/${o.id}`);
                }}
              >
                <Table.Td miw={200}>
                  <Anchor
                    component={Link}
                    to={`/p/${slug}/organisations/${o.id}`}
                    fw={500}
                    size="sm"
                  >
                    {o.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`common:organisationType.${o.type}`)}</Table.Td>
                <Table.Td>{o.industryCode}</Table.Td>
                <Table.Td>{o.valueChainStage}</Table.Td>
                <Table.Td>{format.number(o.employees)}</Table.Td>
                <Table.Td>{o.district}</Table.Td>
                <Table.Td>
                  <ScoreBadge score={o.willingness} label={t('commitment.willingness')} />
                </Table.Td>
                <Table.Td>
                  <ScoreBadge score={o.influence} label={t('commitment.influence')} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {o.lastVisitedOn ? (
                    format.date(o.lastVisitedOn)
                  ) : (
                    <Text span c="dimmed" size="sm">
                      {t('organisations.notVisited')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {items.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {t('common:list.noMatches')}
        </Text>
      )}
      <ListPagination
        total={total}
        page={page}
        pageSize={list.pageSize}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
      />
      {modal}
    </>
  );
}
