// The quota's gaps in words: "2 more firms in Casting", "No firm from Torbalı yet".

import { List, Text } from '@mantine/core';
import type { QuotaGap } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { gapMessage } from './gapMessage';

export function GapList({ gaps }: { gaps: readonly QuotaGap[] }) {
  const { t } = useTranslation('fieldwork');
  if (gaps.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="quota-no-gaps">
        {t('quota.noGaps')}
      </Text>
    );
  return (
    <List size="sm" spacing={4} data-testid="quota-gaps">
      {gaps.map((gap) => {
        const message = gapMessage(gap, (value) => t(`quota.sizeName.${value}`));
        return (
          <List.Item key={`${gap.segment}:${gap.value}`} data-testid="quota-gap">
            {t(message.key, message.values)}
          </List.Item>
        );
      })}
    </List>
  );
}
