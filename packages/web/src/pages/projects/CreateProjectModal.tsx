// The "New project" dialog: a cluster initiative's name, sector, region, description and
// languages; opens the new project's dashboard once created.

import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ProjectInput } from '@kume/core';
import type { ProjectView } from '@kume/server';
import { api } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { emptyProject, ProjectFields, useProjectForm } from './ProjectFields';

export function CreateProjectModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('projects');
  return (
    <Modal opened={opened} onClose={onClose} title={t('create.title')} size="lg">
      {/* Mounted only while open, so the form starts empty each time. */}
      {opened && <CreateProjectForm onClose={onClose} />}
    </Modal>
  );
}

function CreateProjectForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('projects');
  const client = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (input: ProjectInput) => api.post<ProjectView>('/api/projects', input),
    onSuccess: async (project) => {
      await client.invalidateQueries({ queryKey: ['projects'] });
      notifications.show({ color: 'teal', message: t('create.created', { name: project.name }) });
      onClose();
      navigate(`/p/${encodeURIComponent(project.slug)}`);
    },
  });
  const form = useProjectForm(emptyProject, create.error);
  return (
    <form noValidate onSubmit={form.submit((input) => create.mutate(input))}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('create.intro')}
        </Text>
        <ErrorAlert error={form.alertError} />
        <ProjectFields form={form} autoFocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel', { ns: 'common' })}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="project-submit">
            {t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
