// One project in the list: name, sector and region, the user's role, and a sample-data mark.

import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectView } from '@kume/server';

export function ProjectCard({ project }: { project: ProjectView }) {
  const { t } = useTranslation('projects');
  const place = [project.sector, project.region].filter(Boolean).join(' · ');
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component={Link}
      to={`/p/${encodeURIComponent(project.slug)}`}
      data-testid="project-card"
      style={{ display: 'flex' }}
    >
      <Stack gap="xs" style={{ flex: 1 }}>
        <Group gap={6}>
          <Badge variant="light">{t(`role.${project.role}`, { ns: 'common' })}</Badge>
          {project.isSample && (
            <Badge variant="light" color="orange" data-testid="sample-badge">
              {t('sampleData', { ns: 'common' })}
            </Badge>
          )}
        </Group>
        <Text fw={600} size="lg" lh={1.3}>
          {project.name}
        </Text>
        {place && (
          <Text size="sm" c="dimmed">
            {place}
          </Text>
        )}
        {project.description && (
          <Text size="sm" lineClamp={3}>
            {project.description}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
