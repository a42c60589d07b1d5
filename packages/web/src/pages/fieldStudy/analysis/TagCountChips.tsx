// The tags on a question's listed answers with how many carry each, as chips: choosing one shows
// only the answers with that tag.

import { Chip, Group } from '@mantine/core';
import type { TagCount } from '@kume/core';
import { useTranslation } from 'react-i18next';

export function TagCountChips({
  counts,
  value,
  onChange,
}: {
  counts: readonly TagCount[];
  /** The chosen tag; null shows every answer. */
  value: string | null;
  onChange: (tag: string | null) => void;
}) {
  const { t } = useTranslation('fieldwork');
  return (
    <Chip.Group multiple={false} value={value ?? ''} onChange={(tag) => onChange(tag || null)}>
      <Group gap={6} data-testid="answer-tag-counts" aria-label={t('analysis.tagCounts')}>
        <Chip value="" size="xs">
          {t('analysis.allAnswers')}
        </Chip>
        {counts.map(({ tag, count }) => (
          <Chip key={tag} value={tag} size="xs">
            {`${tag} (${count})`}
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  );
}
