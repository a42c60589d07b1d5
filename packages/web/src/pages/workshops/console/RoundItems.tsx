// The items of the current round as they come in: add one, edit or remove any, and in the group
// phase select several and group them under one (or take one out of its group).

import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { MAX_ITEM_LENGTH, type RoundDefinition, type RoundView } from '@kume/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemGroups, type ViewItem } from './itemGroups';
import type { ConsoleSend } from './useConsoleCommand';

function ItemRow({
  item,
  category,
  grouping,
  selected,
  onSelect,
  roundId,
  command,
  member = false,
}: {
  item: ViewItem;
  category: string | undefined;
  grouping: boolean;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  roundId: string;
  command: ConsoleSend;
  member?: boolean;
}) {
  const { t } = useTranslation('workshops');
  const [editing, setEditing] = useState<string | null>(null);
  const save = async () => {
    if (editing === null || !command) return;
    if (await command({ type: 'edit_item', roundId, itemId: item.id, text: editing }))
      setEditing(null);
  };
  return (
    <Group gap="xs" wrap="nowrap" pl={member ? 'xl' : 0} data-testid="console-item">
      {grouping && !member && (
        <Checkbox
          checked={selected}
          onChange={(event) => onSelect(event.currentTarget.checked)}
          aria-label={t('console.selectItem', { text: item.text })}
        />
      )}
      {editing === null ? (
        <Text size="sm" style={{ flex: 1, overflowWrap: 'anywhere' }}>
          {member && '↳ '}
          {item.text}
          {category && (
            <Badge variant="light" size="xs" ml={6}>
              {category}
            </Badge>
          )}
        </Text>
      ) : (
        <TextInput
          size="xs"
          value={editing}
          maxLength={MAX_ITEM_LENGTH}
          onChange={(event) => setEditing(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Enter' && void save()}
          style={{ flex: 1 }}
          aria-label={t('console.editItem')}
          autoFocus
        />
      )}
      {command && editing === null && (
        <>
          {member && grouping && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => void command({ type: 'ungroup_item', roundId, itemId: item.id })}
            >
              {t('console.ungroup')}
            </Button>
          )}
          <ActionIcon
            variant="subtle"
            size="sm"
            onClick={() => setEditing(item.text)}
            aria-label={t('console.editItem')}
          >
            ✎
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            size="sm"
            onClick={() => void command({ type: 'remove_item', roundId, itemId: item.id })}
            aria-label={t('console.removeItem')}
          >
            ✕
          </ActionIcon>
        </>
      )}
      {editing !== null && (
        <>
          <Button size="compact-xs" onClick={() => void save()}>
            {t('common:action.save')}
          </Button>
          <Button size="compact-xs" variant="default" onClick={() => setEditing(null)}>
            {t('common:action.cancel')}
          </Button>
        </>
      )}
    </Group>
  );
}

export function RoundItems({
  definition,
  round,
  command,
}: {
  definition: RoundDefinition;
  round: RoundView;
  command: ConsoleSend;
}) {
  const { t } = useTranslation('workshops');
  const [selected, setSelected] = useState<string[]>([]);
  const [into, setInto] = useState<string | null>(null);
  const [text, setText] = useState('');
  const groups = itemGroups(round.items);
  const grouping = round.phase === 'group' && !round.closed && command !== null;
  const categories = new Map((definition.categories ?? []).map((c) => [c.id, c.text]));
  const chosen = selected.filter((id) => groups.some((group) => group.item.id === id));
  const head = into && chosen.includes(into) ? into : (chosen[0] ?? null);
  const textOf = (id: string) => round.items.find((item) => item.id === id)?.text ?? id;

  const group = async () => {
    if (!command || head === null) return;
    const itemIds = chosen.filter((id) => id !== head);
    if (await command({ type: 'group_items', roundId: round.roundId, itemIds, intoItemId: head }))
      setSelected([]);
  };
  const add = async () => {
    if (!command || !text.trim()) return;
    if (await command({ type: 'add_item', roundId: round.roundId, text })) setText('');
  };

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t('console.items', { count: groups.length })}</Text>
        {grouping && chosen.length >= 2 && head && (
          <Group gap="xs">
            <Select
              size="xs"
              value={head}
              onChange={setInto}
              allowDeselect={false}
              data={chosen.map((id) => ({ value: id, label: textOf(id).slice(0, 60) }))}
              aria-label={t('console.groupInto')}
              w={220}
            />
            <Button size="xs" onClick={() => void group()} data-testid="items-group">
              {t('console.group', { count: chosen.length })}
            </Button>
          </Group>
        )}
      </Group>
      {grouping && (
        <Text size="xs" c="dimmed" mb="xs">
          {t('console.groupHint')}
        </Text>
      )}
      <Stack gap={6} data-testid="console-items">
        {groups.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('console.noItems')}
          </Text>
        )}
        {groups.map(({ item, members }) => (
          <div key={item.id}>
            <ItemRow
              item={item}
              category={item.categoryId ? categories.get(item.categoryId) : undefined}
              grouping={grouping}
              selected={selected.includes(item.id)}
              onSelect={(on) =>
                setSelected((all) => (on ? [...all, item.id] : all.filter((id) => id !== item.id)))
              }
              roundId={round.roundId}
              command={command}
            />
            {members.map((member) => (
              <ItemRow
                key={member.id}
                item={member}
                category={undefined}
                grouping={grouping}
                selected={false}
                onSelect={() => undefined}
                roundId={round.roundId}
                command={command}
                member
              />
            ))}
          </div>
        ))}
      </Stack>
      {command && !round.closed && (round.phase === 'brainstorm' || round.phase === 'group') && (
        <Group gap="xs" mt="sm" wrap="nowrap">
          <TextInput
            size="xs"
            value={text}
            maxLength={MAX_ITEM_LENGTH}
            placeholder={t('console.addItem')}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={(event) => event.key === 'Enter' && void add()}
            style={{ flex: 1 }}
            aria-label={t('console.addItem')}
          />
          <Button size="xs" variant="light" onClick={() => void add()} disabled={!text.trim()}>
            {t('common:action.add')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
