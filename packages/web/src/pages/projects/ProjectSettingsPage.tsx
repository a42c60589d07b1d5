// A project's settings (/p/:slug/settings): its name, sector, region, description and languages;
// and, for owners, deleting the project.

import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ProjectInput } from '@kume/core';
import type { ProjectDashboardView, ProjectView } from '@kume/server';
import { api, ApiError, projectPath } from '../../api/client';
import { projectKey, useProject } from '../../api/useProject';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import NotFoundPage from '../NotFoundPage';
import { DeleteProjectPanel } from './DeleteProjectPanel';
import { ProjectFields, useProjectForm } from './ProjectFields';

export default function ProjectSettingsPage() {
  const { t } = useTranslation('projects');
  const project = useProject();
  if (project.isPending) return <Loading />;
  if (project.error instanceof ApiError && [403, 404].includes(project.error.status))
    return <NotFoundPage />;
  if (!project.data) return <ErrorAlert error={project.error} />;
  return (
    <Stack maw={760}>
      <PageHeader title={t('settings.title')} />
      {/* Keyed by the project, so another project's settings start a fresh form. */}
      <SettingsForm key={project.data.id} project={project.data} editable={project.can('edit')} />
      {project.can('manage_members') && <DeleteProjectPanel project={project.data} />}
    </Stack>
  );
}

function SettingsForm({ project, editable }: { project: ProjectView; editable: boolean }) {
  const { t } = useTranslation('projects');
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (input: ProjectInput) => api.patch<ProjectView>(projectPath(project.slug), input),
    onSuccess: async (saved) => {
      client.setQueryData<ProjectDashboardView>(projectKey(project.slug), (current) =>
        current ? { ...current, ...saved } : current,
      );
      await Promise.all([
        client.invalidateQueries({ queryKey: projectKey(project.slug) }),
        client.invalidateQueries({ queryKey: ['projects'] }),
      ]);
      notifications.show({ color: 'teal', message: t('settings.saved') });
    },
  });
  const form = useProjectForm(
    {
      name: project.name,
      sector: project.sector,
      region: project.region,
      description: project.description,
      languages: project.languages,
    },
    save.error,
  );
  return (
    <Paper withBorder p="lg" radius="md">
      <form noValidate onSubmit={form.submit((input) => save.mutate(input))}>
        <Stack>
          <Title order={4}>{t('settings.details')}</Title>
          {!editable && <Alert color="gray">{t('settings.readOnly')}</Alert>}
          <ErrorAlert error={form.alertError} />
          <ProjectFields form={form} readOnly={!editable} />
          {editable && (
            <Group>
              <Button type="submit" loading={save.isPending} data-testid="project-submit">
                {t('action.save', { ns: 'common' })}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
