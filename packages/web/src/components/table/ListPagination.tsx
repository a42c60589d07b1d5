// The foot of a paginated list: how many there are, the pages, and how many to show per page.

import { Group, Pagination, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZES } from './useListState';

export function ListPagination({
  total,
  page,
  pageSize,
  onPage,
  onPageSize,
}: {
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize?: (pageSize: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="sm" gap="sm">
      <Text size="sm" c="dimmed" data-testid="list-total">
        {t('list.total', { count: total })}
      </Text>
      <Group gap="sm">
        {pages > 1 && <Pagination total={pages} value={page} onChange={onPage} size="sm" />}
        {onPageSize && (
          <Group gap={6} wrap="nowrap">
            <Text size="sm" c="dimmed">
              {t('list.pageSize')}
            </Text>
            <Select
              aria-label={t('list.pageSize')}
              data={PAGE_SIZES.map((size) => String(size))}
              value={String(pageSize)}
              onChange={(value) => value && onPageSize(Number(value))}
              allowDeselect={false}
              w={80}
              size="xs"
            />
          </Group>
        )}
      </Group>
    </Group>
  );
}
