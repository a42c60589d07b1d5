// The working group builder (/p/:slug/field-study/working-group): the suggested members with why
// each is suggested, the programme minimums and what no one covers; the facilitator unticks and
// adds organisations and confirms the group the workshops use, and exports it for invitations.

import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { collatorFor, localText, type OrganisationType } from '@kume/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../../api/useProject';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { downloadFile } from '../../statistics/charts/downloadFile';
import { useClusterMap } from '../valueChain/valueChainQueries';
import { ConfirmedPanel } from './ConfirmedPanel';
import { CoverageSummary } from './CoverageSummary';
import { groupDiff, initialSelection, sameMembers, selectionMinimums } from './groupSelection';
import { memberRows } from './memberRows';
import { MemberTable } from './MemberTable';
import { workingGroupCsv } from './workingGroupCsv';
import { useConfirmWorkingGroup, useProjectMembers, useWorkingGroup } from './workingGroupQueries';

export default function WorkingGroupPage() {
  const { t, i18n } = useTranslation('workingGroup');
  const language = i18n.language;
  const project = useProject();
  const { slug } = project;
  const canWrite = project.can('field_study');
  const group = useWorkingGroup(slug);
  const map = useClusterMap(slug);
  const members = useProjectMembers(slug);
  /** The facilitator's choice; null until they change it (the confirmed group or the suggestion). */
  const [choice, setChoice] = useState<string[] | null>(null);
  const confirm = useConfirmWorkingGroup(slug, {
    success: t('confirm.done'),
    onSuccess: () => setChoice(null),
  });

  const view = group.data;
  const nodes = map.data?.nodes;
  const chosen = useMemo(
    () => choice ?? (view ? initialSelection(view.suggestion, view.confirmed) : []),
    [choice, view],
  );
  const rows = useMemo(
    () =>
      view && map.data
        ? memberRows(
            view.suggestion,
            [...chosen, ...(view.confirmed?.memberIds ?? [])],
            map.data.nodes,
            map.data.summary.brokers,
          )
        : [],
    [view, map.data, chosen],
  );
  const others = useMemo(() => {
    const shown = new Set(rows.map((row) => row.id));
    const compare = collatorFor(language).compare;
    return (nodes ?? [])
      .filter((node) => !shown.has(node.id))
      .sort((a, b) => compare(a.name, b.name))
      .map((node) => ({
        value: node.id,
        label: `${node.name} (${t(`common:organisationType.${node.type}`)})`,
      }));
  }, [rows, nodes, language, t]);

  const header = <PageHeader title={t('title')} description={t('description')} />;
  if (group.isPending || map.isPending)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (!view || !map.data) return <ErrorAlert error={group.error ?? map.error} />;

  const chain = map.data.chain;
  const stageName = (stageId: string) =>
    localText(chain.stages.find((stage) => stage.id === stageId)?.name, language) || stageId;
  const nodeById = new Map(map.data.nodes.map((node) => [node.id, node]));
  const nameOf = (id: string) => nodeById.get(id)?.name ?? id;
  const typeOf = new Map<string, OrganisationType>(map.data.nodes.map((n) => [n.id, n.type]));
  const minimums = selectionMinimums(chosen, typeOf, view.firmTypes, view.suggestion.meetsMinimums);
  const { confirmed } = view;
  const chosenSet = new Set(chosen);
  const pending = confirmed ? groupDiff(confirmed.memberIds, chosen) : null;
  const unchanged = confirmed !== null && sameMembers(confirmed.memberIds, chosen);
  const confirmedByName =
    (confirmed && members.data?.find((m) => m.userId === confirmed.confirmedBy)?.name) ?? null;

  const toggle = (id: string, include: boolean) =>
    setChoice(include ? [...chosen.filter((c) => c !== id), id] : chosen.filter((c) => c !== id));

  const exportCsv = () => {
    if (!confirmed) return;
    const csv = workingGroupCsv(
      confirmed.memberIds.map((id) => {
        const node = nodeById.get(id);
        return {
          organisation: node?.name ?? id,
          type: node ? t(`common:organisationType.${node.type}`) : '',
          stage: node?.stageId ? stageName(node.stageId) : '',
          district: node?.district ?? '',
        };
      }),
      {
        organisation: t('csv.organisation'),
        type: t('csv.type'),
        stage: t('csv.stage'),
        district: t('csv.district'),
      },
    );
    downloadFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `working-group-${slug}.csv`);
  };

  return (
    <Stack gap="md">
      {header}
      {confirmed && (
        <ConfirmedPanel
          confirmed={confirmed}
          confirmedByName={confirmedByName}
          fromSuggestion={groupDiff(
            view.suggestion.members.map((member) => member.id),
            confirmed.memberIds,
          )}
          nameOf={nameOf}
          onExport={exportCsv}
        />
      )}
      <CoverageSummary
        minimums={minimums}
        uncovered={view.suggestion.uncovered}
        stageName={stageName}
      />
      <Text size="sm" c="dimmed">
        {t('table.summary', { count: chosen.length, suggested: view.suggestion.members.length })}
      </Text>
      <MemberTable
        slug={slug}
        rows={rows}
        chosen={chosenSet}
        editable={canWrite}
        stageName={stageName}
        onToggle={toggle}
      />
      {canWrite && (
        <Group align="flex-end" justify="space-between" gap="sm">
          <Select
            label={t('add.label')}
            placeholder={t('add.placeholder')}
            data={others}
            value={null}
            onChange={(id) => id && setChoice([...chosen, id])}
            searchable
            nothingFoundMessage={t('add.nothingFound')}
            w={360}
            data-testid="wg-add"
          />
          <Group gap="sm" align="center">
            {pending && !unchanged && (
              <Text size="sm" c="orange" data-testid="wg-pending">
                {t('confirm.pending', {
                  added: pending.added.length,
                  removed: pending.removed.length,
                })}
              </Text>
            )}
            <Button
              onClick={() => confirm.mutate(chosen)}
              loading={confirm.isPending}
              disabled={unchanged || chosen.length === 0}
              data-testid="wg-confirm"
            >
              {confirmed ? t('confirm.again') : t('confirm.button', { count: chosen.length })}
            </Button>
          </Group>
        </Group>
      )}
      {!canWrite && (
        <Text size="sm" c="dimmed">
          {t('readOnly')}
        </Text>
      )}
      <ErrorAlert error={confirm.error} title={t('confirm.failed')} />
    </Stack>
  );
}
