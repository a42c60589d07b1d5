// A workshop's status (draft, live, closed) as a coloured badge.

import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS = { draft: 'gray', live: 'green', closed: 'blue' } as const;

export function WorkshopStatusBadge({
  status,
  size = 'sm',
}: {
  status: 'draft' | 'live' | 'closed';
  size?: 'sm' | 'lg' | 'xl';
}) {
  const { t } = useTranslation('workshops');
  return (
    <Badge color={COLOURS[status]} variant="light" size={size} data-testid="workshop-status">
      {t(`console.status.${status}`)}
    </Badge>
  );
}
