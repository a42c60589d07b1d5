// The chosen result's clusters as the analyst edits them: rename, traded or local, merge into
// another cluster, and (with a cluster's industries shown) move an industry to another cluster.

import {
  Button,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterType } from '../types';
import {
  duplicateNames,
  mergeClusters,
  moveIndustry,
  renameCluster,
  setClusterType,
  type DerivedDraft,
  type DraftCluster,
} from './derivedDraft';

export function DerivedClustersEditor({
  draft,
  onChange,
  canWrite,
  industryName,
}: {
  draft: DerivedDraft;
  onChange: (draft: DerivedDraft) => void;
  canWrite: boolean;
  industryName: (code: string) => string | null;
}) {
  const { t } = useTranslation('statistics');
  const [shown, setShown] = useState<ReadonlySet<number>>(new Set());
  const [filter, setFilter] = useState('');
  const duplicates = duplicateNames(draft);
  const needle = filter.trim().toLocaleLowerCase('tr');
  const matches = (cluster: DraftCluster) =>
    needle === '' ||
    `${cluster.code} ${cluster.name}`.toLocaleLowerCase('tr').includes(needle) ||
    cluster.industries.some(
      (code) =>
        code.includes(needle) ||
        (industryName(code) ?? '').toLocaleLowerCase('tr').includes(needle),
    );
  const others = (key: number) =>
    draft.clusters
      .filter((cluster) => cluster.key !== key)
      .map((cluster) => ({ value: String(cluster.key), label: `${cluster.code} ${cluster.name}` }));
  const toggle = (key: number) => {
    const next = new Set(shown);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setShown(next);
  };

  return (
    <Stack gap="xs">
      <TextInput
        placeholder={t('derive.editor.filter')}
        aria-label={t('derive.editor.filter')}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        maw={360}
        data-testid="derive-filter"
      />
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing={4} fz="sm" data-testid="derive-clusters">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('editor.code')}</Table.Th>
              <Table.Th>{t('column.name')}</Table.Th>
              <Table.Th w={170}>{t('column.type')}</Table.Th>
              <Table.Th w={120} ta="right">
                {t('definitions.industries')}
              </Table.Th>
              {canWrite && <Table.Th w={200}>{t('derive.editor.merge')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.clusters.filter(matches).map((cluster) => (
              <Fragment key={cluster.key}>
                <Table.Tr data-testid="derive-cluster">
                  <Table.Td ff="monospace">{cluster.code}</Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t('editor.clusterName', { code: cluster.code })}
                      value={cluster.name}
                      placeholder={cluster.code}
                      onChange={(event) =>
                        onChange(renameCluster(draft, cluster.key, event.currentTarget.value))
                      }
                      error={
                        duplicates.has(cluster.key)
                          ? t('derive.editor.duplicateName', { code: duplicates.get(cluster.key) })
                          : undefined
                      }
                      readOnly={!canWrite}
                      maxLength={200}
                      data-testid="derive-cluster-name"
                    />
                  </Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      disabled={!canWrite}
                      value={cluster.type}
                      onChange={(value) =>
                        onChange(setClusterType(draft, cluster.key, value as ClusterType))
                      }
                      data={[
                        { value: 'traded', label: t('type.traded') },
                        { value: 'local', label: t('type.local') },
                      ]}
                      data-testid="derive-cluster-type"
                    />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => toggle(cluster.key)}
                      aria-expanded={shown.has(cluster.key)}
                      data-testid="derive-cluster-toggle"
                    >
                      {cluster.industries.length} {shown.has(cluster.key) ? '▴' : '▾'}
                    </Button>
                  </Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <NativeSelect
                        size="xs"
                        aria-label={t('derive.editor.mergeInto', { code: cluster.code })}
                        value=""
                        data={[
                          { value: '', label: t('derive.editor.mergeChoose') },
                          ...others(cluster.key),
                        ]}
                        onChange={(event) => {
                          const into = Number(event.currentTarget.value);
                          if (event.currentTarget.value !== '')
                            onChange(mergeClusters(draft, into, cluster.key));
                        }}
                        data-testid="derive-merge"
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
                {shown.has(cluster.key) && (
                  <Table.Tr>
                    <Table.Td />
                    <Table.Td colSpan={canWrite ? 4 : 3}>
                      <Stack gap={2}>
                        {cluster.industries.map((code) => (
                          <Group key={code} gap="xs" wrap="nowrap" data-testid="derive-industry">
                            <Text size="xs" ff="monospace" w={70}>
                              {code}
                            </Text>
                            <Text size="xs" style={{ flex: 1 }} lineClamp={1}>
                              {industryName(code) ?? ''}
                            </Text>
                            {canWrite && (
                              <NativeSelect
                                size="xs"
                                w={220}
                                aria-label={t('derive.editor.moveTo', { code })}
                                value=""
                                data={[
                                  { value: '', label: t('derive.editor.moveChoose') },
                                  ...others(cluster.key),
                                ]}
                                onChange={(event) => {
                                  if (event.currentTarget.value !== '')
                                    onChange(
                                      moveIndustry(draft, code, Number(event.currentTarget.value)),
                                    );
                                }}
                                data-testid="derive-move"
                              />
                            )}
                          </Group>
                        ))}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
