// The search box: finds organisations by name or district (Turkish-aware) and focuses the map on
// the one chosen; Enter takes the first match.

import { Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchNodes } from './searchNodes';
import type { ClusterMapNode } from './types';

export function MapSearch({
  nodes,
  onChoose,
}: {
  nodes: readonly ClusterMapNode[];
  onChoose: (id: string) => void;
}) {
  const { t } = useTranslation('clusterMap');
  const [query, setQuery] = useState('');
  const matches = useMemo(() => searchNodes(nodes, query, 8), [nodes, query]);
  const choose = (id: string) => {
    onChoose(id);
    setQuery('');
  };
  return (
    <Stack gap={2} pos="relative">
      <TextInput
        size="xs"
        w={240}
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && matches[0]) choose(matches[0].id);
          if (event.key === 'Escape') setQuery('');
        }}
        data-testid="map-search"
      />
      {query.trim() !== '' && (
        <Paper
          withBorder
          shadow="sm"
          p={4}
          pos="absolute"
          top="100%"
          w={240}
          style={{ zIndex: 10 }}
          data-testid="map-search-results"
        >
          {matches.length === 0 ? (
            <Text size="xs" c="dimmed" p={4}>
              {t('search.none')}
            </Text>
          ) : (
            matches.map((node) => (
              <UnstyledButton
                key={node.id}
                display="block"
                w="100%"
                p={4}
                onClick={() => choose(node.id)}
                data-testid="map-search-result"
              >
                <Text size="xs">
                  {node.name}
                  {node.district ? ` · ${node.district}` : ''}
                </Text>
              </UnstyledButton>
            ))
          )}
        </Paper>
      )}
    </Stack>
  );
}
