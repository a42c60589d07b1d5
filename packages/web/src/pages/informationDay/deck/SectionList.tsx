// The deck's sections as a list: tick to include, move up and down with buttons (reachable by
// keyboard), reset to the default order, and a badge with a link where a section lacks its data.

import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { DeckSectionId } from '@kume/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  defaultSectionOrder,
  isDefaultOrder,
  moveRow,
  setSectionIncluded,
  type SectionRow,
} from './deckDraft';
import type { DeckAvailability } from './deckTypes';
import { missingData } from './sectionNeeds';

export function SectionList({
  slug,
  eventId,
  rows,
  availability,
  hasCase,
  editable,
  error,
  onChange,
}: {
  slug: string;
  eventId: string;
  rows: SectionRow[];
  availability: DeckAvailability;
  /** A benchmark case is chosen (else the case section is left out of the deck). */
  hasCase: boolean;
  editable: boolean;
  /** The problem with the sections as a whole (none ticked). */
  error?: string;
  onChange: (rows: SectionRow[]) => void;
}) {
  const { t } = useTranslation('deck');
  return (
    <Paper withBorder radius="md" p="md" data-testid="deck-sections">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={3}>{t('sections.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('sections.intro')}
            </Text>
          </div>
          {editable && (
            <Button
              variant="default"
              size="xs"
              disabled={isDefaultOrder(rows)}
              onClick={() => onChange(defaultSectionOrder(rows))}
              data-testid="deck-sections-reset"
            >
              {t('sections.reset')}
            </Button>
          )}
        </Group>
        {error && (
          <Text c="red" size="sm" role="alert" data-testid="deck-sections-error">
            {error}
          </Text>
        )}
        <Stack gap={6} component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {rows.map((row, index) => (
            <SectionItem
              key={row.id}
              slug={slug}
              eventId={eventId}
              row={row}
              first={index === 0}
              last={index === rows.length - 1}
              availability={availability}
              hasCase={hasCase}
              editable={editable}
              onInclude={(included) => onChange(setSectionIncluded(rows, row.id, included))}
              onMove={(offset) => onChange(moveRow(rows, index, offset))}
            />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

function SectionItem({
  slug,
  eventId,
  row,
  first,
  last,
  availability,
  hasCase,
  editable,
  onInclude,
  onMove,
}: {
  slug: string;
  eventId: string;
  row: SectionRow;
  first: boolean;
  last: boolean;
  availability: DeckAvailability;
  hasCase: boolean;
  editable: boolean;
  onInclude: (included: boolean) => void;
  onMove: (offset: number) => void;
}) {
  const { t } = useTranslation('deck');
  const id: DeckSectionId = row.id;
  const name = t(`section.${id}.name`);
  const missing = missingData(id, availability, eventId);
  return (
    <Paper
      component="li"
      withBorder
      p="xs"
      radius="sm"
      bg={row.included ? undefined : 'var(--mantine-color-gray-0)'}
      data-testid={`deck-section-${id}`}
      data-included={row.included}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Checkbox
            checked={row.included}
            onChange={(event) => onInclude(event.currentTarget.checked)}
            readOnly={!editable}
            label={
              <Text fw={600} size="sm" c={row.included ? undefined : 'dimmed'}>
                {name}
              </Text>
            }
            description={t(`section.${id}.description`)}
            data-testid={`deck-section-check-${id}`}
          />
          {row.included && missing && (
            <Group gap="xs" pl={32} data-testid={`deck-section-missing-${id}`}>
              <NoteBadge>{t(`missing.${missing.part}`)}</NoteBadge>
              <Anchor component={Link} to={`/p/${slug}${missing.path}`} size="xs">
                {t(`missing.link.${missing.part}`)}
              </Anchor>
            </Group>
          )}
          {row.included && id === 'benchmark_case' && !hasCase && (
            <Group gap="xs" pl={32} data-testid={`deck-section-missing-${id}`}>
              <NoteBadge>{t('missing.noCase')}</NoteBadge>
            </Group>
          )}
        </Stack>
        {editable && (
          <Group gap={2} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              size="sm"
              disabled={first}
              onClick={() => onMove(-1)}
              aria-label={t('sections.moveUp', { name })}
              title={t('sections.moveUp', { name })}
              data-testid={`deck-section-up-${id}`}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              size="sm"
              disabled={last}
              onClick={() => onMove(1)}
              aria-label={t('sections.moveDown', { name })}
              title={t('sections.moveDown', { name })}
              data-testid={`deck-section-down-${id}`}
            >
              ↓
            </ActionIcon>
          </Group>
        )}
      </Group>
    </Paper>
  );
}

/** An orange badge whose sentence wraps on a narrow screen instead of being cut. */
function NoteBadge({ children }: { children: ReactNode }) {
  return (
    <Badge
      color="orange"
      variant="light"
      h="auto"
      py={2}
      styles={{ label: { whiteSpace: 'normal', textTransform: 'none', overflow: 'visible' } }}
    >
      {children}
    </Badge>
  );
}
