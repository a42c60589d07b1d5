// The clusters of a definition being edited: rename one, make it traded or local (all its rows
// follow), add a new one to move industries into, or drop one that has no industries left.

import { ActionIcon, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterType } from '../types';
import type { DefinitionDraft, DraftCluster } from './definitionDraft';

const TYPES: ClusterType[] = ['traded', 'local'];

export function DefinitionClustersTable({
  draft,
  onChange,
  canWrite,
}: {
  draft: DefinitionDraft;
  onChange: (draft: DefinitionDraft) => void;
  canWrite: boolean;
}) {
  const { t } = useTranslation('statistics');
  const [newName, setNewName] = useState('');
  const [newType, setNewType] = useState<ClusterType>('traded');
  const counts = new Map<string, number>();
  for (const row of draft.rows) counts.set(row.cluster, (counts.get(row.cluster) ?? 0) + 1);
  const taken = newName.trim() !== '' && draft.clusters.some((c) => c.code === newName.trim());

  const update = (code: string, changes: Partial<DraftCluster>) =>
    onChange({
      ...draft,
      clusters: draft.clusters.map((c) => (c.code === code ? { ...c, ...changes } : c)),
    });
  const add = () => {
    const code = newName.trim();
    if (!code || taken) return;
    onChange({ ...draft, clusters: [...draft.clusters, { code, name: code, type: newType }] });
    setNewName('');
  };

  return (
    <>
      {canWrite && (
        <Group gap="sm" mb="sm" align="flex-start" wrap="wrap">
          <TextInput
            placeholder={t('editor.newCluster')}
            aria-label={t('editor.newCluster')}
            value={newName}
            onChange={(event) => setNewName(event.currentTarget.value)}
            error={taken ? t('editor.clusterTaken') : undefined}
            maxLength={200}
            style={{ flex: '1 1 220px' }}
            data-testid="definition-new-cluster"
          />
          <Select
            aria-label={t('column.type')}
            data={TYPES.map((value) => ({ value, label: t(`type.${value}`) }))}
            value={newType}
            onChange={(value) => value && setNewType(value as ClusterType)}
            allowDeselect={false}
            w={140}
          />
          <Button variant="light" onClick={add} disabled={!newName.trim() || taken}>
            {t('editor.addCluster')}
          </Button>
        </Group>
      )}
      <Table.ScrollContainer minWidth={620}>
        <Table verticalSpacing={4} fz="sm" data-testid="definition-clusters">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={160}>{t('editor.code')}</Table.Th>
              <Table.Th>{t('column.name')}</Table.Th>
              <Table.Th w={140}>{t('column.type')}</Table.Th>
              <Table.Th w={100} ta="right">
                {t('definitions.industries')}
              </Table.Th>
              {canWrite && <Table.Th w={40} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.clusters.map((cluster) => {
              const count = counts.get(cluster.code) ?? 0;
              return (
                <Table.Tr key={cluster.code} data-testid="definition-cluster">
                  <Table.Td>
                    <Text size="sm" ff="monospace" lineClamp={1} title={cluster.code}>
                      {cluster.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t('editor.clusterName', { code: cluster.code })}
                      value={cluster.name}
                      placeholder={cluster.code}
                      onChange={(event) => update(cluster.code, { name: event.currentTarget.value })}
                      readOnly={!canWrite}
                      maxLength={200}
                      data-testid="definition-cluster-name"
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={t('column.type')}
                      data={TYPES.map((value) => ({ value, label: t(`type.${value}`) }))}
                      value={cluster.type}
                      onChange={(value) => value && update(cluster.code, { type: value as ClusterType })}
                      allowDeselect={false}
                      readOnly={!canWrite}
                    />
                  </Table.Td>
                  <Table.Td ta="right">{count}</Table.Td>
                  {canWrite && (
                    <Table.Td>
                      {count === 0 && (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('editor.dropCluster')}
                          onClick={() =>
                            onChange({
                              ...draft,
                              clusters: draft.clusters.filter((c) => c.code !== cluster.code),
                            })
                          }
                        >
                          ✕
                        </ActionIcon>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
