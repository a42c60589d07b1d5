// The value chain's input-output panel: upload a direct-requirements table (with an optional
// names file), choose it and the cluster's industries, and see the top supplier industries with
// their coefficient, share, location quotient in the focus region and whether they were judged.

import {
  Button,
  FileButton,
  Group,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterMapIo, IoTableView } from '@kume/server';
import { api, projectPath } from '../../../api/client';
import { useProject } from '../../../api/useProject';
import { useProjectMutation } from '../../../api/useProjectMutation';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { ConfirmButton } from '../../stakeholders/ConfirmButton';
import { useClusterMap } from '../clusterMapQueries';
import { IoSupplierTable } from './IoSupplierTable';

const ioTablesKey = (slug: string) => ['fieldStudy', slug, 'io-tables'] as const;
const mapKey = (slug: string) => ['fieldStudy', slug, 'cluster-map'] as const;

export function IoTablePanel({ slug }: { slug: string }) {
  const { t } = useTranslation('ioTables');
  const project = useProject();
  const canWrite = project.can('statistics');
  const tables = useQuery({
    queryKey: ioTablesKey(slug),
    queryFn: () => api.get<IoTableView[]>(projectPath(slug, '/io-tables')),
  });
  const map = useClusterMap(slug);
  const io = map.data?.io ?? null;

  if (tables.isPending || map.isPending) return <Loading />;
  if (tables.error) return <ErrorAlert error={tables.error} />;
  return (
    <Paper withBorder radius="md" p="md" data-testid="io-table-panel">
      <Stack gap="md">
        <div>
          <Title order={3}>{t('title')}</Title>
          <Text size="sm" c="dimmed">
            {t('intro')}
          </Text>
        </div>
        {canWrite && <IoTableUpload slug={slug} />}
        {tables.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('noTables')}
          </Text>
        ) : (
          <IoSettingsForm
            // A new key when the saved settings change resets the form to them.
            key={`${io?.ioTableId ?? ''}:${io?.clusterIndustries.join(',') ?? ''}`}
            slug={slug}
            tables={tables.data}
            io={io}
            canWrite={canWrite}
          />
        )}
        {map.error && <ErrorAlert error={map.error} />}
        {io && <IoSupplierTable io={io} />}
      </Stack>
    </Paper>
  );
}

function IoTableUpload({ slug }: { slug: string }) {
  const { t } = useTranslation('ioTables');
  const [file, setFile] = useState<File | null>(null);
  const [names, setNames] = useState<File | null>(null);
  const [name, setName] = useState('');
  const upload = useProjectMutation(
    slug,
    [ioTablesKey(slug)],
    async () => {
      const form = new FormData();
      form.append('file', file!, file!.name);
      if (names) form.append('names', names, names.name);
      if (name.trim()) form.append('options', JSON.stringify({ name: name.trim() }));
      return api.post<IoTableView>(projectPath(slug, '/io-tables'), form);
    },
    {
      success: (table) => t('uploaded', { name: table.name, cells: table.cellCount }),
      onSuccess: () => {
        setFile(null);
        setNames(null);
        setName('');
      },
    },
  );
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <FileButton
          onChange={setFile}
          accept=".csv,.txt,.xlsx,text/csv"
          inputProps={{ name: 'file', ...{ 'data-testid': 'io-table-file' } }}
        >
          {(props) => (
            <Button variant="light" {...props}>
              {file ? file.name : t('chooseTable')}
            </Button>
          )}
        </FileButton>
        <FileButton
          onChange={setNames}
          accept=".csv,.txt,.xlsx,text/csv"
          inputProps={{ name: 'names', ...{ 'data-testid': 'io-names-file' } }}
        >
          {(props) => (
            <Button variant="subtle" {...props}>
              {names ? names.name : t('chooseNames')}
            </Button>
          )}
        </FileButton>
        <TextInput
          label={t('name')}
          placeholder={file?.name ?? ''}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          maxLength={200}
          style={{ flex: '1 1 180px' }}
        />
        <Button
          onClick={() => upload.mutate()}
          disabled={!file}
          loading={upload.isPending}
          data-testid="io-table-upload"
        >
          {t('upload')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('uploadHelp')}
      </Text>
      <ErrorAlert error={upload.error} title={t('uploadFailed')} />
    </Stack>
  );
}

function IoSettingsForm({
  slug,
  tables,
  io,
  canWrite,
}: {
  slug: string;
  tables: IoTableView[];
  io: ClusterMapIo;
  canWrite: boolean;
}) {
  const { t } = useTranslation('ioTables');
  const saved = io && tables.some((table) => table.id === io.ioTableId) ? io : null;
  const [tableId, setTableId] = useState<string | null>(saved?.ioTableId ?? tables[0]!.id);
  const [industries, setIndustries] = useState<string[]>(saved?.clusterIndustries ?? []);
  const table = tables.find((item) => item.id === tableId);
  const save = useProjectMutation(
    slug,
    [mapKey(slug)],
    () =>
      api.put<ClusterMapIo>(projectPath(slug, '/cluster-map/io-settings'), {
        ioTableId: tableId,
        clusterIndustries: industries,
        ...(saved?.excludedRows ? { excludedRows: saved.excludedRows } : {}),
      }),
    { success: t('saved') },
  );
  const remove = useProjectMutation(
    slug,
    [ioTablesKey(slug), mapKey(slug)],
    (id: string) => api.delete(projectPath(slug, `/io-tables/${id}`)),
    { success: t('deleted'), notifyErrors: true },
  );
  const options = (table?.industries ?? []).map((industry) => ({
    value: industry.code,
    label: industry.name ? `${industry.code} · ${industry.name}` : industry.code,
  }));
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('table')}
          data={tables.map((item) => ({
            value: item.id,
            label: `${item.name} (${t(`layout.${item.layout}`)})`,
          }))}
          value={tableId}
          onChange={(value) => {
            setTableId(value);
            setIndustries([]);
          }}
          allowDeselect={false}
          disabled={!canWrite}
          style={{ flex: '1 1 220px' }}
          data-testid="io-table-select"
        />
        {canWrite && table && (
          <ConfirmButton
            variant="subtle"
            title={t('deleteTitle')}
            message={t('deleteText', { name: table.name })}
            onConfirm={() => remove.mutateAsync(table.id)}
            loading={remove.isPending}
            testId="io-table-delete"
          >
            {t('common:action.delete')}
          </ConfirmButton>
        )}
      </Group>
      <MultiSelect
        label={t('clusterIndustries')}
        description={t('clusterIndustriesHelp')}
        data={options}
        value={industries}
        onChange={setIndustries}
        searchable
        clearable
        disabled={!canWrite}
        maxValues={200}
        data-testid="io-cluster-industries"
      />
      {canWrite && (
        <Group>
          <Button
            onClick={() => save.mutate()}
            disabled={!tableId || industries.length === 0}
            loading={save.isPending}
            data-testid="io-settings-save"
          >
            {t('save')}
          </Button>
        </Group>
      )}
      <ErrorAlert error={save.error} />
    </Stack>
  );
}
