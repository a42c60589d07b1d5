// The settings page's danger zone: an owner deletes the project after typing its name.

import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ProjectView } from '@kume/server';
import { api, projectPath } from '../../api/client';
import { projectKey } from '../../api/useProject';
import { ConfirmModal } from './ConfirmModal';

export function DeleteProjectPanel({ project }: { project: ProjectView }) {
  const { t } = useTranslation('projects');
  const client = useQueryClient();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [typed, setTyped] = useState('');
  const remove = useMutation({
    mutationFn: () => api.delete(projectPath(project.slug)),
    onSuccess: async () => {
      // Leave the project's pages first, so nothing asks for the deleted project again.
      navigate('/', { replace: true });
      client.removeQueries({ queryKey: projectKey(project.slug) });
      await client.invalidateQueries({ queryKey: ['projects'] });
      notifications.show({ color: 'teal', message: t('settings.deleted', { name: project.name }) });
    },
  });
  const matches = typed.trim() === project.name.trim();

  return (
    <Paper withBorder p="lg" radius="md" style={{ borderColor: 'var(--mantine-color-red-4)' }}>
      <Stack gap="xs">
        <Title order={4} c="red">
          {t('settings.dangerZone')}
        </Title>
        <Text size="sm">{t('settings.deleteText')}</Text>
        <Text size="sm" c="dimmed">
          {t('settings.exportFirst')}
        </Text>
        <Group>
          <Button
            color="red"
            variant="outline"
            onClick={() => {
              setTyped('');
              remove.reset();
              setOpened(true);
            }}
            data-testid="delete-project"
          >
            {t('settings.delete')}
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('settings.deleteTitle', { name: project.name })}
        confirmLabel={t('settings.delete')}
        onConfirm={() => matches && remove.mutate()}
        disabled={!matches}
        sending={remove.isPending}
        error={remove.error}
      >
        <Text size="sm">{t('settings.deleteText')}</Text>
        <TextInput
          label={t('settings.typeName', { name: project.name })}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          autoComplete="off"
          data-testid="delete-confirm-name"
        />
      </ConfirmModal>
    </Paper>
  );
}
