// The relations between organisations (/p/:slug/field-study/relations): what respondents
// reported, facilitators added and files brought in, filtered by type, confirmation and review;
// the organisations that answers added to the registry, for review; adding by hand or from a file.

import { Button, Checkbox, Group, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { collatorFor, localText, RELATION_TYPE_LABELS, RELATION_TYPES } from '@kume/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useProject } from '../../../api/useProject';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { ListPagination } from '../../../components/table/ListPagination';
import { AddRelationModal } from './AddRelationModal';
import { RelationImportModal } from './import/RelationImportModal';
import { filterRelations, organisationsToReview, relationSummary } from './relationFilters';
import { useRelations } from './relationQueries';
import { RelationsTable } from './RelationsTable';
import { ReviewPanel } from './ReviewPanel';

/** Relations per page: a cluster's few hundred relations would make one very long table. */
const PAGE_SIZE = 50;

export default function RelationsPage() {
  const { t, i18n } = useTranslation('fieldwork');
  const project = useProject();
  const { slug } = project;
  const relations = useRelations(slug);
  const [params, setParams] = useSearchParams();
  const [adding, addModal] = useDisclosure(false);
  const [importing, importModal] = useDisclosure(false);
  const canWrite = project.can('field_study');
  const type = RELATION_TYPES.find((value) => value === params.get('type')) ?? null;
  const confirmedParam = params.get('confirmed');
  const confirmed = confirmedParam === 'yes' ? true : confirmedParam === 'no' ? false : null;
  const needsReview = params.get('review') === '1';
  const requestedPage = Math.max(1, Math.floor(Number(params.get('page')) || 1));

  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (value) copy.set(key, value);
        else copy.delete(key);
        // Another filter starts again at the first page.
        if (key !== 'page') copy.delete('page');
        return copy;
      },
      { replace: true },
    );

  const all = relations.data;
  const shown = useMemo(
    () => (all ? filterRelations(all, { type, confirmed, needsReview }) : []),
    [all, type, confirmed, needsReview],
  );
  const review = useMemo(
    () => (all ? organisationsToReview(all, collatorFor(i18n.language).compare) : []),
    [all, i18n.language],
  );

  const header = (
    <PageHeader
      title={t('relations.title')}
      description={t('relations.description')}
      actions={
        canWrite && (
          <Group gap="sm">
            <Button
              variant="default"
              onClick={importModal.open}
              data-testid="relation-import-button"
            >
              {t('relations.import.button')}
            </Button>
            <Button onClick={addModal.open} data-testid="add-relation">
              {t('relations.add.button')}
            </Button>
          </Group>
        )
      }
    />
  );
  const modal = canWrite && (
    <>
      <AddRelationModal slug={slug} opened={adding} onClose={addModal.close} />
      <RelationImportModal slug={slug} opened={importing} onClose={importModal.close} />
    </>
  );

  if (relations.isPending)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (!all) return <ErrorAlert error={relations.error} />;
  if (all.length === 0)
    return (
      <>
        {header}
        <EmptyState title={t('relations.emptyTitle')} description={t('relations.emptyText')} />
        {modal}
      </>
    );
  const summary = relationSummary(all);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const page = Math.min(requestedPage, pages);

  return (
    <Stack gap="md">
      {header}
      <Text data-testid="relations-summary">
        {t('relations.summary', {
          count: summary.relations,
          organisations: summary.organisations,
          confirmed: summary.confirmed,
        })}
      </Text>
      <ReviewPanel slug={slug} items={review} canWrite={canWrite} />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('relations.type')}
          placeholder={t('relations.allTypes')}
          data={RELATION_TYPES.map((value) => ({
            value,
            label: localText(RELATION_TYPE_LABELS[value], i18n.language),
          }))}
          value={type}
          onChange={(value) => setParam('type', value)}
          clearable
          w={220}
          data-testid="relations-type-filter"
        />
        <Select
          label={t('relations.confirmed')}
          data={[
            { value: 'all', label: t('relations.confirmedAll') },
            { value: 'yes', label: t('relations.confirmedYes') },
            { value: 'no', label: t('relations.confirmedNo') },
          ]}
          value={confirmed === null ? 'all' : confirmed ? 'yes' : 'no'}
          onChange={(value) => setParam('confirmed', value === 'all' ? null : value)}
          allowDeselect={false}
          w={250}
          data-testid="relations-confirmed-filter"
        />
        <Checkbox
          label={t('relations.needsReviewOnly')}
          checked={needsReview}
          onChange={(event) => setParam('review', event.currentTarget.checked ? '1' : null)}
          mb={8}
          data-testid="relations-review-filter"
        />
      </Group>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('relations.noneMatch')}
        </Text>
      ) : (
        <>
          <RelationsTable
            slug={slug}
            relations={shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
          />
          <ListPagination
            total={shown.length}
            page={page}
            pageSize={PAGE_SIZE}
            onPage={(next) => setParam('page', next > 1 ? String(next) : null)}
          />
        </>
      )}
      {modal}
    </Stack>
  );
}
