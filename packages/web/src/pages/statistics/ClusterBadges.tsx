// The US Cluster Mapping and European Cluster Observatory marks of a region's cluster: strong
// (top 25% in the cluster, by the rule in ../shared/data/README.md), strong10 (top 10%), and the
// Observatory's stars for size, specialisation and focus.

import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClusterRowView } from './types';

export function StrongBadges({ row }: { row: ClusterRowView }) {
  const { t } = useTranslation('statistics');
  if (!row.strong) return null;
  return (
    <Group gap={4} wrap="nowrap">
      <Badge size="xs" color="cyan" variant="light" style={{ flexShrink: 0 }}>
        {t('badge.strong')}
      </Badge>
      {row.strong10 && (
        <Badge size="xs" color="teal" variant="filled" style={{ flexShrink: 0 }}>
          {t('badge.strong10')}
        </Badge>
      )}
    </Group>
  );
}

export function Stars({ row }: { row: ClusterRowView }) {
  const { t } = useTranslation('statistics');
  const stars = [
    row.starsSize && t('stars.size'),
    row.starsSpecialisation && t('stars.specialisation'),
    row.starsFocus && t('stars.focus'),
  ].filter((star): star is string => Boolean(star));
  if (stars.length === 0) return null;
  return (
    <Tooltip label={stars.join(' · ')} withArrow>
      <Text span c="yellow.7" aria-label={stars.join(', ')} style={{ whiteSpace: 'nowrap' }}>
        {'★'.repeat(stars.length)}
      </Text>
    </Tooltip>
  );
}
