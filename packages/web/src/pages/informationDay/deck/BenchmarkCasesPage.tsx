// The project's library of benchmark cluster initiatives (/p/:slug/information-day/cases): the
// cases as cards, a modal to add or edit one in both languages, delete (a shipped case is only
// hidden) and restore the shipped cases.

import { Button, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../api/useProject';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { CaseCard } from './CaseCard';
import { CaseFormModal } from './CaseFormModal';
import {
  useBenchmarkCases,
  useDeleteBenchmarkCase,
  useRestoreBenchmarkCases,
  useSaveBenchmarkCase,
} from './deckQueries';
import type { BenchmarkCaseItem } from './deckTypes';

/** The modal's subject: a case of the library, a new case, or none (closed). */
type Editing = { item: BenchmarkCaseItem | null } | null;

export default function BenchmarkCasesPage() {
  const { t } = useTranslation('deck');
  const project = useProject();
  const { slug } = project;
  const canWrite = project.can('events');
  const cases = useBenchmarkCases(slug);
  const [editing, setEditing] = useState<Editing>(null);
  const save = useSaveBenchmarkCase(slug, {
    success: editing?.item ? t('cases.saved') : t('cases.created'),
    onSuccess: () => setEditing(null),
  });
  const remove = useDeleteBenchmarkCase(slug, t('cases.deleted'));
  const restore = useRestoreBenchmarkCases(slug, t('cases.restored'));

  const open = (item: BenchmarkCaseItem | null) => {
    save.reset();
    setEditing({ item });
  };
  const actions = canWrite && (
    <>
      <Button
        variant="default"
        onClick={() => restore.mutate()}
        loading={restore.isPending}
        data-testid="case-restore"
      >
        {t('cases.restore')}
      </Button>
      <Button onClick={() => open(null)} data-testid="case-add">
        {t('cases.add')}
      </Button>
    </>
  );

  return (
    <Stack gap="md">
      <PageHeader title={t('cases.title')} description={t('cases.description')} actions={actions} />
      {cases.isPending ? (
        <Loading />
      ) : cases.error ? (
        <ErrorAlert error={cases.error} />
      ) : cases.data.items.length === 0 ? (
        <EmptyState title={t('cases.empty')} description={t('cases.emptyText')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-testid="case-list">
          {cases.data.items.map((item) => (
            <CaseCard
              key={item.id}
              item={item}
              editable={canWrite}
              deleting={remove.isPending && remove.variables === item.id}
              onOpen={() => open(item)}
              onDelete={() => remove.mutateAsync(item.id)}
            />
          ))}
        </SimpleGrid>
      )}
      {editing && (
        <CaseFormModal
          item={editing.item}
          readOnly={!canWrite}
          saving={save.isPending}
          saveError={save.error}
          onSave={(input) => save.mutate({ id: editing.item?.id ?? null, input })}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
