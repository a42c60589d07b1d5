// One case of the benchmark library as a card: name, country and sector in the UI language,
// founding year, shipped with Kume or the project's own, the summary; edit and delete.

import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { localText } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../stakeholders/ConfirmButton';
import type { BenchmarkCaseItem } from './deckTypes';

export function CaseCard({
  item,
  editable,
  deleting,
  onOpen,
  onDelete,
}: {
  item: BenchmarkCaseItem;
  editable: boolean;
  deleting: boolean;
  onOpen: () => void;
  onDelete: () => Promise<unknown>;
}) {
  const { t, i18n } = useTranslation('deck');
  const language = i18n.language;
  const shipped = item.builtinKey !== null;
  return (
    <Paper withBorder radius="md" p="md" data-testid={`case-card-${item.id}`}>
      <Stack gap="xs" h="100%" justify="space-between">
        <Stack gap={6}>
          <Text fw={600}>{item.name}</Text>
          <Group gap="xs">
            <Badge
              variant="light"
              color={shipped ? 'gray' : 'teal'}
              style={{ textTransform: 'none' }}
              data-testid={`case-origin-${item.id}`}
            >
              {shipped ? t('cases.shipped') : t('cases.own')}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {[localText(item.country, language), localText(item.sector, language)]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text size="xs" c="dimmed">
            {item.founded === null
              ? t('cases.foundedUnknown')
              : t('cases.founded', { year: item.founded })}
            {' · '}
            {t('cases.highlightsCount', { count: item.highlights.length })}
            {' · '}
            {t('cases.lessonsCount', { count: item.lessons.length })}
          </Text>
          <Text size="sm" lineClamp={4}>
            {localText(item.summary, language)}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={onOpen} data-testid={`case-edit-${item.id}`}>
            {editable ? t('cases.edit') : t('cases.open')}
          </Button>
          {editable && (
            <ConfirmButton
              size="xs"
              variant="subtle"
              title={t('cases.deleteTitle', { name: item.name })}
              message={shipped ? t('cases.deleteShipped') : t('cases.deleteOwn')}
              onConfirm={onDelete}
              loading={deleting}
              testId={`case-delete-${item.id}`}
            >
              {t('cases.delete')}
            </ConfirmButton>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
