// The home page (/): the user's projects (cluster initiatives) as cards, a Turkish-aware search,
// and the "New project" dialog.

import { Button, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareText, matchesSearch } from '@kume/core';
import type { ProjectView } from '@kume/server';
import { api } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { CreateProjectModal } from './CreateProjectModal';
import { ProjectCard } from './ProjectCard';

export default function ProjectsPage() {
  const { t, i18n } = useTranslation('projects');
  const [search, setSearch] = useState('');
  const [creating, { open, close }] = useDisclosure(false);
  const projects = useQuery({
    queryKey: ['projects'],
    queryFn: () => api.get<ProjectView[]>('/api/projects'),
  });

  const newButton = (
    <Button onClick={open} data-testid="new-project">
      {t('list.new')}
    </Button>
  );
  const all = projects.data ?? [];
  const shown = all
    .filter((p) => matchesSearch(search, [p.name, p.sector, p.region]))
    .sort((a, b) => compareText(i18n.language, a.name, b.name));

  return (
    <Stack>
      <PageHeader
        title={t('list.title')}
        description={t('list.subtitle')}
        actions={all.length > 0 ? newButton : undefined}
      />
      {projects.isPending ? (
        <Loading />
      ) : projects.error ? (
        <ErrorAlert error={projects.error} />
      ) : all.length === 0 ? (
        <EmptyState
          title={t('list.emptyTitle')}
          description={t('list.emptyText')}
          action={newButton}
        />
      ) : (
        <>
          <TextInput
            type="search"
            placeholder={t('list.search')}
            aria-label={t('list.search')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            maw={420}
            data-testid="project-search"
          />
          {shown.length === 0 ? (
            <Text c="dimmed">{t('list.noMatches', { ns: 'common' })}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {shown.map((project) => (
                <ProjectCard key={project.id} project={project} />
              ))}
            </SimpleGrid>
          )}
        </>
      )}
      <CreateProjectModal opened={creating} onClose={close} />
    </Stack>
  );
}
