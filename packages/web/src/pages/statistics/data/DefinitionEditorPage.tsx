// A cluster definition opened for editing (/p/:slug/statistics/definitions/:id): its name and
// description, its rows and its clusters, saved together (PUT) with the server's errors shown on
// the rows they name.

import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { statisticsPath, useDefinition } from '../statisticsQueries';
import type { DefinitionView } from '../types';
import { useStatisticsChoices } from '../useStatisticsChoices';
import { useStatisticsMutation } from '../useStatisticsMutation';
import { DefinitionClustersTable } from './DefinitionClustersTable';
import { DefinitionEntriesTable } from './DefinitionEntriesTable';
import {
  draftErrors,
  draftFromEntries,
  entriesFromDraft,
  rowErrorsOf,
  type RowErrors,
} from './definitionDraft';

export default function DefinitionEditorPage() {
  const { t } = useTranslation('statistics');
  const { id = '' } = useParams();
  const { slug, canWrite } = useStatisticsChoices();
  const definition = useDefinition(slug, id);
  const back = (
    <Anchor component={Link} to={`/p/${encodeURIComponent(slug)}/statistics/data?tab=definitions`}>
      ← {t('editor.back')}
    </Anchor>
  );
  if (definition.isPending) return <Loading />;
  if (definition.error)
    return (
      <Stack>
        {back}
        <ErrorAlert error={definition.error} />
      </Stack>
    );
  // Saving gives a new updatedAt: the editor starts again from what was stored.
  return (
    <DefinitionEditor
      key={`${definition.data.id}:${definition.data.updatedAt}`}
      slug={slug}
      definition={definition.data}
      canWrite={canWrite}
      back={back}
    />
  );
}

function DefinitionEditor({
  slug,
  definition,
  canWrite,
  back,
}: {
  slug: string;
  definition: DefinitionView;
  canWrite: boolean;
  back: React.ReactNode;
}) {
  const { t } = useTranslation('statistics');
  const [draft, setDraft] = useState(() => draftFromEntries(definition.entries));
  const [name, setName] = useState(definition.name);
  const [description, setDescription] = useState(definition.description);
  const [dirty, setDirty] = useState(false);
  const [sentKeys, setSentKeys] = useState<number[]>([]);
  /** Problems found before sending (core's rules), shown like the server's. */
  const [localErrors, setLocalErrors] = useState<Map<number, RowErrors>>(new Map());
  const save = useStatisticsMutation(
    slug,
    () =>
      api.put<DefinitionView>(statisticsPath(slug, `/definitions/${definition.id}`), {
        name: name.trim(),
        description: description.trim(),
        entries: entriesFromDraft(draft),
      }),
    { success: t('editor.saved', { name: name.trim() }) },
  );
  const server = rowErrorsOf(save.error, sentKeys);
  const byRow = localErrors.size > 0 ? localErrors : server.byRow;
  const other = server.other;
  const nameError = other.find((issue) => /(^|\.)name$/.test(issue.path))?.message;
  const edit = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setDirty(true);
  };

  return (
    <Stack gap="md">
      {back}
      {/* Not the shared PageHeader: a definition's name is often a long file name, wrapped here. */}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 300px' }}>
          <Title order={2} style={{ overflowWrap: 'anywhere' }}>
            {definition.name}
          </Title>
          <Text c="dimmed" size="sm">
            {t('editor.description', {
              clusters: draft.clusters.length,
              industries: draft.rows.length,
            })}
          </Text>
        </Stack>
        {canWrite && (
          <Group gap="xs">
            {dirty && (
              <Badge color="orange" variant="light" data-testid="definition-unsaved">
                {t('editor.unsaved')}
              </Badge>
            )}
            <Button
              onClick={() => {
                const found = draftErrors(draft);
                setLocalErrors(found);
                if (found.size > 0) return;
                setSentKeys(draft.rows.map((row) => row.key));
                save.mutate(undefined, { onSuccess: () => setDirty(false) });
              }}
              loading={save.isPending}
              disabled={!name.trim()}
              data-testid="definition-save"
            >
              {t('common:action.save')}
            </Button>
          </Group>
        )}
      </Group>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <TextInput
          label={t('column.name')}
          value={name}
          onChange={(event) => edit(setName)(event.currentTarget.value)}
          error={!name.trim() ? t('common:validation.required') : nameError}
          readOnly={!canWrite}
          maxLength={200}
          style={{ flex: '1 1 260px' }}
          data-testid="definition-name"
        />
        <Textarea
          label={t('editor.descriptionLabel')}
          value={description}
          onChange={(event) => edit(setDescription)(event.currentTarget.value)}
          readOnly={!canWrite}
          autosize
          minRows={1}
          maxRows={4}
          style={{ flex: '2 1 320px' }}
        />
      </Group>
      {definition.source && (
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('editor.source', { source: definition.source })}
        </Text>
      )}
      {byRow.size > 0 && (
        <Alert color="red" title={t('editor.rowProblems', { count: byRow.size })} role="alert">
          {t('editor.rowProblemsHint')}
        </Alert>
      )}
      {save.error !== null && byRow.size === 0 && <ErrorAlert error={save.error} />}
      <Tabs defaultValue="industries" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="industries" data-testid="editor-tab-industries">
            {t('editor.industries')}
          </Tabs.Tab>
          <Tabs.Tab value="clusters" data-testid="editor-tab-clusters">
            {t('editor.clusters')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="industries">
          <DefinitionEntriesTable
            draft={draft}
            onChange={edit(setDraft)}
            errors={byRow}
            canWrite={canWrite}
          />
        </Tabs.Panel>
        <Tabs.Panel value="clusters">
          <DefinitionClustersTable draft={draft} onChange={edit(setDraft)} canWrite={canWrite} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
