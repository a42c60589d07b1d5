// The quota in brief for the project dashboard: "12 of 30 SMEs reached" with a small ring and the
// largest gap, linking to the quota tracker. Shows nothing when the quota cannot be loaded.

import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { gapMessage } from './gapMessage';
import { QuotaRing } from './QuotaRing';
import { useQuota } from './quotaQueries';

export function QuotaCard({ slug }: { slug: string }) {
  const { t } = useTranslation('fieldwork');
  const quota = useQuota(slug);
  if (!quota.data) return null;
  const { reached, target, gaps } = quota.data.progress;
  const first = gaps[0];
  const message = first && gapMessage(first, (value) => t(`quota.sizeName.${value}`));
  return (
    <Group gap="md" wrap="nowrap" align="center" data-testid="quota-card">
      <QuotaRing reached={reached} target={target} size={64} />
      <Stack gap={2}>
        <Anchor
          component={Link}
          to={`/p/${encodeURIComponent(slug)}/field-study/quota`}
          fw={600}
          size="sm"
        >
          {t('quota.reachedOf', { reached, target })}
        </Anchor>
        {message && (
          <Text size="xs" c="dimmed">
            {t(message.key, message.values)}
          </Text>
        )}
      </Stack>
    </Group>
  );
}
