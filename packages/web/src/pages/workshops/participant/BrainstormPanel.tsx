// The brainstorm phase on a phone: write an item (at most 280 characters, with a counter), see and
// remove one's own items. A round with headings (a skills round) files each item under one.

import { MAX_ITEM_LENGTH, type RoundDefinition, type RoundView } from '@kume/core';
import { ActionIcon, Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Act } from './LiveParticipant';

export function BrainstormPanel({
  round,
  definition,
  act,
}: {
  round: RoundView;
  definition: RoundDefinition;
  act: Act;
}) {
  const { t } = useTranslation('workshops');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const categories = definition.categories ?? [];
  const [categoryId, setCategoryId] = useState<string | null>(categories[0]?.id ?? null);
  const mine = round.items.filter((item) => item.mine);
  const heading = new Map(categories.map(({ id, text: name }) => [id, name]));
  const trimmed = text.trim();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!trimmed || busy) return;
    setBusy(true);
    const ok = await act({
      type: 'add_item',
      roundId: round.roundId,
      text: trimmed,
      ...(categoryId !== null && categories.length > 0 ? { categoryId } : {}),
    });
    setBusy(false);
    if (ok) setText('');
  };

  return (
    <Stack gap="md">
      <form onSubmit={add}>
        <Stack gap="xs">
          {categories.length > 0 && (
            <Select
              size="md"
              label={t('participant.category')}
              data={categories.map(({ id, text: name }) => ({ value: id, label: name }))}
              value={categoryId}
              allowDeselect={false}
              onChange={setCategoryId}
              data-testid="item-category"
            />
          )}
          <Textarea
            size="lg"
            autosize
            minRows={2}
            label={t('participant.itemLabel')}
            value={text}
            maxLength={MAX_ITEM_LENGTH}
            onChange={(event) => setText(event.currentTarget.value)}
            data-testid="item-text"
          />
          <Group justify="space-between">
            <Text
              size="sm"
              c={text.length >= MAX_ITEM_LENGTH ? 'red' : 'dimmed'}
              aria-live="polite"
            >
              {t('participant.characters', { count: text.length, max: MAX_ITEM_LENGTH })}
            </Text>
            <Button
              type="submit"
              size="lg"
              loading={busy}
              disabled={!trimmed}
              data-testid="item-add"
            >
              {t('participant.addItem')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Stack gap="xs" data-testid="my-items">
        <Text fw={600}>{t('participant.myItems', { count: mine.length })}</Text>
        {mine.length === 0 && <Text c="dimmed">{t('participant.noItemsYet')}</Text>}
        {mine.map((item) => (
          <Paper key={item.id} withBorder p="sm" radius="md" data-testid={`my-item-${item.id}`}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                {item.categoryId && (
                  <Text size="xs" c="dimmed">
                    {heading.get(item.categoryId)}
                  </Text>
                )}
                <Text style={{ overflowWrap: 'anywhere' }}>{item.text}</Text>
              </div>
              <ActionIcon
                size="xl"
                variant="subtle"
                color="red"
                aria-label={t('participant.removeItem')}
                onClick={() =>
                  void act({ type: 'remove_item', roundId: round.roundId, itemId: item.id })
                }
                data-testid={`item-remove-${item.id}`}
              >
                ×
              </ActionIcon>
            </Group>
          </Paper>
        ))}
        <Text size="sm" c="dimmed">
          {t('participant.itemsInRound', { count: round.items.length })}
        </Text>
      </Stack>
    </Stack>
  );
}
