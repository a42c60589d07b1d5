// The cells every item table of the roadmap shares: the item's title with its detail, source and
// marks (added by hand, gone, dismissed); the actions addressing it; dismiss, restore or delete.

import { Anchor, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { localText } from '@kume/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmButton } from '../../stakeholders/ConfirmButton';
import type { RoadmapItemView } from '../roadmapQueries';
import { actionPagePath, newActionPath } from './itemDisplay';

/** What the rows of every item table need besides the item. */
export interface ItemRowContext {
  slug: string;
  canWrite: boolean;
  /** Action titles by id, for the links. */
  actionTitles: ReadonlyMap<string, string>;
  /** The key of the item being dismissed, restored or deleted. */
  busyKey: string | null;
  onDismiss: (item: RoadmapItemView) => void;
  onRestore: (item: RoadmapItemView) => void;
  /** Deletes a manual item (asked first). */
  onDelete: (item: RoadmapItemView) => Promise<unknown>;
}

const isManual = (item: RoadmapItemView) => item.source.kind === 'manual';

export function ItemTitleCell({
  item,
  slug,
  extra,
}: {
  item: RoadmapItemView;
  slug: string;
  /** Marks of the kind (a cluster's standing) shown beside the others. */
  extra?: ReactNode;
}) {
  const { t, i18n } = useTranslation('roadmap');
  const detail = localText(item.detail, i18n.language);
  const source = localText(item.source.label, i18n.language);
  return (
    <Stack gap={2} miw={180}>
      <Text size="sm" fw={500}>
        {localText(item.title, i18n.language)}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed" lineClamp={3}>
          {detail}
        </Text>
      )}
      <Group gap={4}>
        {extra}
        {isManual(item) ? (
          <Badge size="xs" variant="outline" color="gray">
            {t('item.manual')}
          </Badge>
        ) : item.sourcePath ? (
          <Anchor component={Link} to={`/p/${slug}${item.sourcePath}`} size="xs" c="dimmed">
            {t('item.source', { source })}
          </Anchor>
        ) : (
          <Text size="xs" c="dimmed">
            {t('item.source', { source })}
          </Text>
        )}
        {item.sourceState === 'gone' && (
          <Tooltip label={t('item.goneHelp')} multiline w={280} withArrow>
            <Badge size="xs" color="orange" variant="light" data-testid="roadmap-item-gone">
              {t('item.gone')}
            </Badge>
          </Tooltip>
        )}
        {item.dismissed && (
          <Badge size="xs" color="gray" variant="light">
            {t('item.dismissed')}
          </Badge>
        )}
      </Group>
    </Stack>
  );
}

/** The actions addressing the item, as links; "Plan an action" when none does. */
export function LinkedActionsCell({
  item,
  context,
}: {
  item: RoadmapItemView;
  context: ItemRowContext;
}) {
  const { t } = useTranslation('roadmap');
  if (item.linkedActionIds.length === 0)
    return context.canWrite && !item.dismissed ? (
      <Anchor component={Link} to={newActionPath(context.slug, item.key)} size="xs">
        {t('coverage.plan')}
      </Anchor>
    ) : (
      <Text size="xs" c="dimmed">
        {t('item.noAction')}
      </Text>
    );
  return (
    <Stack gap={2} data-testid="roadmap-item-actions">
      {item.linkedActionIds.map((id) => (
        <Anchor
          key={id}
          component={Link}
          to={actionPagePath(context.slug, id)}
          size="xs"
          lineClamp={2}
        >
          {context.actionTitles.get(id) ?? id}
        </Anchor>
      ))}
    </Stack>
  );
}

/** Restore a dismissed item, delete one added by hand (asked first), dismiss any other. */
export function ItemRowActions({
  item,
  context,
}: {
  item: RoadmapItemView;
  context: ItemRowContext;
}) {
  const { t, i18n } = useTranslation('roadmap');
  if (!context.canWrite) return null;
  const busy = context.busyKey === item.key;
  if (item.dismissed)
    return (
      <Button
        size="compact-xs"
        variant="subtle"
        loading={busy}
        onClick={() => context.onRestore(item)}
        data-testid="roadmap-item-restore"
      >
        {t('item.restore')}
      </Button>
    );
  if (isManual(item))
    return (
      <ConfirmButton
        size="compact-xs"
        variant="subtle"
        title={t('item.deleteTitle')}
        message={t('item.deleteText', { title: localText(item.title, i18n.language) })}
        onConfirm={() => context.onDelete(item)}
        loading={busy}
        testId="roadmap-item-delete"
      >
        {t('item.delete')}
      </ConfirmButton>
    );
  return (
    <Tooltip label={t('item.dismissHelp')} multiline w={260} withArrow>
      <Button
        size="compact-xs"
        variant="subtle"
        color="gray"
        loading={busy}
        onClick={() => context.onDismiss(item)}
        data-testid="roadmap-item-dismiss"
      >
        {t('item.dismiss')}
      </Button>
    </Tooltip>
  );
}
