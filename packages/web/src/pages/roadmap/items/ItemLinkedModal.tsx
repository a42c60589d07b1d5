// The answer to removing an item that actions address (409 item_linked): the actions by name, as
// links, and that nothing was removed.

import { Anchor, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../api/client';
import { actionPagePath } from './itemDisplay';

export interface LinkedAction {
  id: string;
  title: string;
}

/** The actions a 409 item_linked names in its details; null for any other error. */
export function linkedActionsOf(error: unknown): LinkedAction[] | null {
  if (!(error instanceof ApiError) || error.code !== 'item_linked') return null;
  const details = error.details as { actions?: unknown } | undefined;
  if (!Array.isArray(details?.actions)) return [];
  return details.actions.filter(
    (action): action is LinkedAction =>
      typeof action === 'object' &&
      action !== null &&
      typeof (action as LinkedAction).id === 'string' &&
      typeof (action as LinkedAction).title === 'string',
  );
}

export function ItemLinkedModal({
  slug,
  itemTitle,
  actions,
  onClose,
}: {
  slug: string;
  itemTitle: string;
  actions: LinkedAction[];
  onClose: () => void;
}) {
  const { t } = useTranslation('roadmap');
  return (
    <Modal opened onClose={onClose} title={t('linked.title')} size="md">
      <Stack gap="sm" data-testid="roadmap-item-linked">
        <Text size="sm">{t('linked.text', { count: actions.length, title: itemTitle })}</Text>
        <List size="sm">
          {actions.map((action) => (
            <List.Item key={action.id}>
              <Anchor component={Link} to={actionPagePath(slug, action.id)}>
                {action.title}
              </Anchor>
            </List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed">
          {t('linked.nothingRemoved')}
        </Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('common:action.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
