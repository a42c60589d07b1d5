// The organisations that respondents named and that were added to the registry for review: keep
// one as it is ("Looks right") or open it in the registry to correct or merge it.

import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, projectPath } from '../../../api/client';
import { useFieldStudyMutation } from '../interviews/useFieldStudyMutation';
import type { ReviewItem } from './relationFilters';

export function ReviewPanel({
  slug,
  items,
  canWrite,
}: {
  slug: string;
  items: readonly ReviewItem[];
  canWrite: boolean;
}) {
  const { t } = useTranslation('fieldwork');
  const confirm = useFieldStudyMutation(
    slug,
    (id: string) => api.patch(projectPath(slug, `/organisations/${id}`), { needsReview: false }),
    { success: t('relations.review.confirmed'), notifyErrors: true },
  );
  if (items.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" data-testid="review-panel">
      <Title order={4}>{t('relations.review.title', { count: items.length })}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('relations.review.description')}
      </Text>
      <Stack gap="xs">
        {items.map((item) => (
          <Group key={item.id} justify="space-between" gap="xs" data-testid="review-item">
            <div>
              <Anchor
                component={Link}
                to={`/p/${encodeURIComponent(slug)}/organisations/${item.id}`}
                fw={500}
                size="sm"
              >
                {item.name}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('relations.review.namedBy', {
                  count: item.relationCount,
                  names: item.namedBy.join(', ') || '—',
                })}
              </Text>
            </div>
            {canWrite && (
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="light"
                  color="teal"
                  loading={confirm.isPending && confirm.variables === item.id}
                  onClick={() => confirm.mutate(item.id)}
                  aria-label={t('relations.review.looksRightFor', { name: item.name })}
                >
                  {t('relations.review.looksRight')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  component={Link}
                  to={`/p/${encodeURIComponent(slug)}/organisations/${item.id}`}
                >
                  {t('relations.review.edit')}
                </Button>
              </Group>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
