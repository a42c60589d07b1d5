// The roadmap's items by kind (vision, success factors, skills gaps, value-chain gaps and investment
// needs, clusters), items added by hand among them; dismissing, restoring and deleting, and the
// actions that stop a removal.

import { Badge, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { localText } from '@kume/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectSlug } from '../../../api/useProject';
import {
  deleteItem,
  restoreItem,
  useRoadmapMutation,
  type RoadmapItemView,
  type RoadmapView,
} from '../roadmapQueries';
import { ClusterTable } from './ClusterTable';
import { FactorTable } from './FactorTable';
import { GapTable } from './GapTable';
import type { ItemRowContext } from './ItemCells';
import { ITEM_SECTIONS } from './itemDisplay';
import { ItemLinkedModal, linkedActionsOf, type LinkedAction } from './ItemLinkedModal';
import { ManualItemModal } from './ManualItemModal';
import { SkillTable } from './SkillTable';
import { VisionCard } from './VisionCard';

export function RoadmapItems({ view, canWrite }: { view: RoadmapView; canWrite: boolean }) {
  const { t, i18n } = useTranslation('roadmap');
  const slug = useProjectSlug();
  const [showDismissed, setShowDismissed] = useState(false);
  const [adding, setAdding] = useState(false);
  const [refused, setRefused] = useState<{ title: string; actions: LinkedAction[] } | null>(null);
  const [busyKey, setBusyKey] = useState<string | null>(null);

  const refuse = (item: RoadmapItemView, error: unknown) => {
    const actions = linkedActionsOf(error);
    if (actions) setRefused({ title: localText(item.title, i18n.language), actions });
  };
  const remove = useRoadmapMutation(slug, (item: RoadmapItemView) => deleteItem(slug, item.key));
  const restore = useRoadmapMutation(slug, (item: RoadmapItemView) => restoreItem(slug, item.key), {
    notifyErrors: true,
  });
  const removeItem = (item: RoadmapItemView) => {
    setBusyKey(item.key);
    return (
      remove
        .mutateAsync(item)
        // A refusal for the links opens their list; any other error shows above the sections.
        .catch((error: unknown) => refuse(item, error))
        .finally(() => setBusyKey(null))
    );
  };

  const context: ItemRowContext = {
    slug,
    canWrite,
    actionTitles: new Map(view.actions.map((action) => [action.id, action.title])),
    busyKey: remove.isPending || restore.isPending ? busyKey : null,
    onDismiss: (item) => void removeItem(item),
    onRestore: (item) => {
      setBusyKey(item.key);
      restore.mutate(item, { onSettled: () => setBusyKey(null) });
    },
    onDelete: removeItem,
  };
  const dismissedCount = view.items.filter((item) => item.dismissed).length;
  const shown = view.items.filter((item) => showDismissed || !item.dismissed);
  const ofKinds = (kinds: readonly string[]) => shown.filter((item) => kinds.includes(item.kind));

  return (
    <Stack gap="md" data-testid="roadmap-items">
      <Group justify="space-between" gap="sm">
        <Title order={3}>{t('items.title')}</Title>
        <Group gap="sm">
          {dismissedCount > 0 && (
            <Switch
              size="sm"
              label={t('items.showDismissed', { count: dismissedCount })}
              checked={showDismissed}
              onChange={(event) => setShowDismissed(event.currentTarget.checked)}
              data-testid="roadmap-show-dismissed"
            />
          )}
          {canWrite && (
            <Button
              size="xs"
              variant="light"
              onClick={() => setAdding(true)}
              data-testid="manual-item-add"
            >
              {t('manual.open')}
            </Button>
          )}
        </Group>
      </Group>
      {remove.error && !linkedActionsOf(remove.error) ? (
        <Text c="red" size="sm" role="alert">
          {remove.error.message}
        </Text>
      ) : null}
      {ITEM_SECTIONS.map((section) => {
        const items = ofKinds(section.kinds);
        return (
          <Paper
            key={section.id}
            withBorder
            p="md"
            radius="md"
            data-testid={`roadmap-section-${section.id}`}
          >
            <Group gap="xs" mb="xs">
              <Title order={4}>{t(`section.${section.id}`)}</Title>
              <Badge variant="light" color="gray">
                {items.length}
              </Badge>
            </Group>
            {items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t(`section.empty.${section.id}`)}
              </Text>
            ) : section.id === 'vision' ? (
              <Stack gap="md">
                {items.map((item) => (
                  <VisionCard key={item.key} item={item} context={context} />
                ))}
              </Stack>
            ) : section.id === 'success_factor' ? (
              <FactorTable items={items} context={context} />
            ) : section.id === 'skill_gap' ? (
              <SkillTable
                items={[...view.items.filter((item) => item.kind === 'success_factor'), ...items]}
                context={context}
              />
            ) : section.id === 'gap' ? (
              <GapTable
                items={items}
                context={context}
                largeGapScore={view.settings.coverage.largeGapScore}
              />
            ) : (
              <ClusterTable items={items} context={context} />
            )}
          </Paper>
        );
      })}
      {adding && <ManualItemModal slug={slug} onClose={() => setAdding(false)} />}
      {refused && (
        <ItemLinkedModal
          slug={slug}
          itemTitle={refused.title}
          actions={refused.actions}
          onClose={() => setRefused(null)}
        />
      )}
    </Stack>
  );
}
