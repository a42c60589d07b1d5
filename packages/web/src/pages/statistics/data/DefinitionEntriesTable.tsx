// The rows of a cluster definition being edited: a searchable, paginated table of industry ->
// cluster (type, subcluster), where rows are changed, added, removed, or moved to another cluster
// together; rows the server found wrong show its message in place.

import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Select,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { matchesSearch } from '@kume/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../../components/table/ListPagination';
import { translateMessage } from '../../../forms/translateIssue';
import type { DefinitionDraft, DraftRow, RowErrors } from './definitionDraft';

export function DefinitionEntriesTable({
  draft,
  onChange,
  errors,
  canWrite,
}: {
  draft: DefinitionDraft;
  /** Receives the whole new draft. */
  onChange: (draft: DefinitionDraft) => void;
  /** The server's messages by row key. */
  errors: ReadonlyMap<number, RowErrors>;
  canWrite: boolean;
}) {
  const { t } = useTranslation('statistics');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [target, setTarget] = useState<string | null>(null);

  const clusterOf = new Map(draft.clusters.map((c) => [c.code, c]));
  const clusterOptions = draft.clusters.map((c) => ({ value: c.code, label: c.name || c.code }));
  const shown = draft.rows.filter(
    (row) =>
      (!onlyProblems || errors.has(row.key)) &&
      matchesSearch(search, [
        row.industry,
        row.cluster,
        clusterOf.get(row.cluster)?.name,
        row.subcluster,
      ]),
  );
  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const current = Math.min(page, pages);
  const pageRows = shown.slice((current - 1) * pageSize, current * pageSize);

  const update = (key: number, changes: Partial<DraftRow>) =>
    onChange({
      ...draft,
      rows: draft.rows.map((row) => (row.key === key ? { ...row, ...changes } : row)),
    });
  const remove = (keys: ReadonlySet<number>) => {
    onChange({ ...draft, rows: draft.rows.filter((row) => !keys.has(row.key)) });
    setSelected(new Set());
  };
  const add = () => {
    const cluster = target ?? draft.clusters[0]?.code ?? '';
    const row: DraftRow = { key: draft.nextKey, industry: '', cluster, subcluster: '' };
    onChange({ ...draft, rows: [row, ...draft.rows], nextKey: draft.nextKey + 1 });
    // The new row is first: show it, whatever the search was.
    setSearch('');
    setOnlyProblems(false);
    setPage(1);
  };
  const move = () => {
    if (!target) return;
    onChange({
      ...draft,
      rows: draft.rows.map((row) => (selected.has(row.key) ? { ...row, cluster: target } : row)),
    });
    setSelected(new Set());
  };
  const toggle = (key: number) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const allOnPage = pageRows.length > 0 && pageRows.every((row) => selected.has(row.key));

  return (
    <>
      <Group gap="sm" mb="sm" align="flex-end" wrap="wrap">
        <TextInput
          type="search"
          placeholder={t('editor.search')}
          aria-label={t('common:action.search')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          style={{ flex: '1 1 220px' }}
          data-testid="definition-search"
        />
        {errors.size > 0 && (
          <Switch
            label={t('editor.onlyProblems', { count: errors.size })}
            checked={onlyProblems}
            onChange={(event) => {
              setOnlyProblems(event.currentTarget.checked);
              setPage(1);
            }}
            color="red"
          />
        )}
        {canWrite && (
          <Button variant="light" onClick={add} data-testid="definition-add-row">
            {t('editor.addRow')}
          </Button>
        )}
      </Group>
      {canWrite && (
        <Group gap="sm" mb="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('editor.moveTo')}
            placeholder={t('editor.chooseCluster')}
            data={clusterOptions}
            value={target}
            onChange={setTarget}
            searchable
            w={280}
            data-testid="definition-move-target"
          />
          <Button
            variant="default"
            disabled={!target || selected.size === 0}
            onClick={move}
            data-testid="definition-move"
          >
            {selected.size > 0 ? t('editor.move', { count: selected.size }) : t('editor.moveNone')}
          </Button>
          <Button
            variant="subtle"
            color="red"
            disabled={selected.size === 0}
            onClick={() => remove(selected)}
          >
            {selected.size > 0
              ? t('editor.removeSelected', { count: selected.size })
              : t('editor.removeNone')}
          </Button>
        </Group>
      )}
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing={4} fz="sm" data-testid="definition-entries">
          <Table.Thead>
            <Table.Tr>
              {canWrite && (
                <Table.Th w={36}>
                  <Checkbox
                    aria-label={t('editor.selectPage')}
                    checked={allOnPage}
                    onChange={() =>
                      setSelected((current) => {
                        const next = new Set(current);
                        for (const row of pageRows)
                          if (allOnPage) next.delete(row.key);
                          else next.add(row.key);
                        return next;
                      })
                    }
                  />
                </Table.Th>
              )}
              <Table.Th w={140}>{t('editor.industry')}</Table.Th>
              <Table.Th>{t('column.cluster')}</Table.Th>
              <Table.Th w={90}>{t('column.type')}</Table.Th>
              <Table.Th>{t('editor.subcluster')}</Table.Th>
              {canWrite && <Table.Th w={40} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pageRows.map((row) => {
              const rowErrors = errors.get(row.key);
              const message = (field: string) => {
                const text = rowErrors?.[field];
                if (!text) return undefined;
                // Core's words for an empty code: the form's usual "Required".
                return /^empty (industry|cluster) code$/.test(text)
                  ? t('common:validation.required')
                  : translateMessage(text, t);
              };
              const cluster = clusterOf.get(row.cluster);
              return (
                <Table.Tr
                  key={row.key}
                  data-testid="definition-entry"
                  bg={rowErrors ? 'var(--mantine-color-red-0)' : undefined}
                >
                  {canWrite && (
                    <Table.Td>
                      <Checkbox
                        aria-label={t('editor.selectRow', { industry: row.industry })}
                        checked={selected.has(row.key)}
                        onChange={() => toggle(row.key)}
                      />
                    </Table.Td>
                  )}
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t('editor.industry')}
                      value={row.industry}
                      onChange={(event) => update(row.key, { industry: event.currentTarget.value })}
                      error={message('industry')}
                      readOnly={!canWrite}
                      styles={{ input: { fontFamily: 'monospace' } }}
                      data-testid="definition-entry-industry"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={t('column.cluster')}
                      data={clusterOptions}
                      value={row.cluster}
                      onChange={(value) => value && update(row.key, { cluster: value })}
                      allowDeselect={false}
                      searchable
                      error={message('cluster') ?? message('type')}
                      readOnly={!canWrite}
                      miw={220}
                      data-testid="definition-entry-cluster"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={cluster?.type === 'local' ? 'gray' : 'blue'}>
                      {t(`type.${cluster?.type ?? 'traded'}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t('editor.subcluster')}
                      value={row.subcluster}
                      onChange={(event) => update(row.key, { subcluster: event.currentTarget.value })}
                      error={message('subcluster')}
                      readOnly={!canWrite}
                    />
                  </Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('editor.removeRow')}
                        onClick={() => remove(new Set([row.key]))}
                      >
                        ✕
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {t('common:list.noMatches')}
        </Text>
      )}
      <ListPagination
        total={shown.length}
        page={current}
        pageSize={pageSize}
        onPage={setPage}
        onPageSize={(size) => {
          setPageSize(size);
          setPage(1);
        }}
      />
    </>
  );
}
