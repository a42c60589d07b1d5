// Where the roadmap's items come from: each stage it reads (vision, success factors, skills, cluster
// map, statistics), available with its label and a link to it, or missing with what to do.

import { Anchor, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { RoadmapItemKind } from '@kume/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProjectSlug } from '../../../api/useProject';
import type { RoadmapView, SourceMissing } from '../roadmapQueries';

const SOURCES = ['vision', 'factors', 'skills', 'map', 'statistics'] as const;
type SourceName = (typeof SOURCES)[number];

/** The item kind each workshop source yields, to link to the very workshop. */
const WORKSHOP_KINDS: Partial<Record<SourceName, RoadmapItemKind>> = {
  vision: 'vision',
  factors: 'success_factor',
  skills: 'skill_gap',
};

/** The page of each source when it is available (a workshop's own page when known). */
const SOURCE_PAGES: Record<SourceName, string> = {
  vision: '/workshops',
  factors: '/workshops',
  skills: '/workshops',
  map: '/field-study/map',
  statistics: '/statistics/clusters',
};

/** Where to go to supply a missing source. */
const MISSING_PAGES: Record<SourceMissing, string> = {
  no_vision_workshop: '/workshops',
  no_factors_workshop: '/workshops',
  no_skills_workshop: '/workshops',
  no_value_chain: '/field-study/value-chain',
  no_relations: '/field-study/relations',
  no_statistics_settings: '/statistics',
};

export function SourcesPanel({ view }: { view: RoadmapView }) {
  const { t } = useTranslation('roadmap');
  const slug = useProjectSlug();
  const pageOf = (source: SourceName) => {
    const kind = WORKSHOP_KINDS[source];
    const item = kind
      ? view.items.find((each) => each.kind === kind && each.source.kind === 'workshop')
      : undefined;
    return `/p/${slug}${item?.sourcePath ?? SOURCE_PAGES[source]}`;
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="roadmap-sources">
      <Title order={4} mb="xs">
        {t('sources.title')}
      </Title>
      <Stack gap="sm">
        {SOURCES.map((source) => {
          const availability = view.sources[source];
          return (
            <Group
              key={source}
              gap="sm"
              wrap="nowrap"
              align="flex-start"
              data-testid={`roadmap-source-${source}`}
              data-available={availability.available}
            >
              <ThemeIcon
                size="sm"
                radius="xl"
                variant="light"
                color={availability.available ? 'teal' : 'orange'}
                aria-label={t(availability.available ? 'sources.available' : 'sources.missing')}
              >
                {availability.available ? '✓' : '!'}
              </ThemeIcon>
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={600}>
                  {t(`sources.name.${source}`)}
                </Text>
                {availability.available ? (
                  <Anchor component={Link} to={pageOf(source)} size="sm" lineClamp={2}>
                    {availability.label ?? t('sources.open')}
                  </Anchor>
                ) : (
                  <>
                    <Text size="sm" c="dimmed">
                      {availability.missing
                        ? t(`sources.todo.${availability.missing}`)
                        : t('sources.missing')}
                    </Text>
                    {availability.missing && (
                      <Anchor
                        component={Link}
                        to={`/p/${slug}${MISSING_PAGES[availability.missing]}`}
                        size="sm"
                      >
                        {t(`sources.go.${availability.missing}`)}
                      </Anchor>
                    )}
                  </>
                )}
              </Stack>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
