// Inviting people to a project: a form that makes an invitation link (shown once, to send
// oneself), and the open invitations with a way to withdraw each.

import { Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountInputSchema, PROJECT_ROLES, type ProjectRole } from '@kume/core';
import type { InvitationView } from '@kume/server';
import { api, projectPath } from '../../api/client';
import { projectKey } from '../../api/useProject';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormValidation } from '../../forms/useFormValidation';
import { useFormat } from '../../i18n/format';
import { InvitationLink } from './InvitationLink';

type CreatedInvitation = InvitationView & { link: string };
const inviteSchema = accountInputSchema.pick({ email: true });

export function InvitationsPanel({ slug }: { slug: string }) {
  const { t } = useTranslation('projects');
  const format = useFormat();
  const client = useQueryClient();
  const key = [...projectKey(slug), 'invitations'];
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const invitations = useQuery({
    queryKey: key,
    queryFn: () => api.get<InvitationView[]>(projectPath(slug, '/invitations')),
  });
  const invite = useMutation({
    mutationFn: (input: { email: string; role: ProjectRole }) =>
      api.post<CreatedInvitation>(projectPath(slug, '/invitations'), input),
    onSuccess: async (invitation) => {
      setCreated(invitation);
      form.reset({ email: '', role: form.values.role });
      notifications.show({
        color: 'teal',
        message: t('invite.created', { email: invitation.email }),
      });
      await client.invalidateQueries({ queryKey: key });
    },
  });
  const withdraw = useMutation({
    mutationFn: (invitation: InvitationView) =>
      api.delete(projectPath(slug, `/invitations/${invitation.id}`)),
    onSuccess: async (_, invitation) => {
      if (created?.id === invitation.id) setCreated(null);
      notifications.show({
        color: 'teal',
        message: t('invite.withdrawn', { email: invitation.email }),
      });
      await client.invalidateQueries({ queryKey: key });
    },
  });
  const form = useFormValidation(
    inviteSchema,
    { email: '', role: 'member' as ProjectRole },
    { showOn: 'blur', serverError: invite.error },
  );

  return (
    <Stack>
      <Paper withBorder p="md" radius="md">
        <form
          noValidate
          onSubmit={form.submit(({ email }) => invite.mutate({ email, role: form.values.role }))}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              {t('invite.intro')}
            </Text>
            <ErrorAlert error={form.alertError} />
            <Group align="flex-start" wrap="wrap">
              <TextInput
                label={t('invite.email')}
                type="email"
                required
                style={{ flex: '1 1 240px' }}
                data-testid="invite-email"
                {...form.text('email')}
              />
              <Select
                label={t('invite.role')}
                allowDeselect={false}
                w={180}
                value={form.values.role}
                data={PROJECT_ROLES.map((role) => ({
                  value: role,
                  label: t(`role.${role}`, { ns: 'common' }),
                }))}
                onChange={(value) => {
                  const role = PROJECT_ROLES.find((r) => r === value);
                  if (role) form.set('role', role);
                }}
                data-testid="invite-role"
              />
            </Group>
            <Group>
              <Button type="submit" loading={invite.isPending} data-testid="invite-submit">
                {t('invite.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
        {created && (
          <Stack mt="md">
            <InvitationLink key={created.id} invitation={created} />
          </Stack>
        )}
      </Paper>

      <Text fw={600}>{t('invite.openTitle')}</Text>
      <ErrorAlert error={invitations.error ?? withdraw.error} />
      {invitations.data && invitations.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('invite.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invite.email')}</Table.Th>
                <Table.Th>{t('invite.role')}</Table.Th>
                <Table.Th>{t('invite.expires')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(invitations.data ?? []).map((invitation) => (
                <Table.Tr key={invitation.id} data-testid="invitation-row">
                  <Table.Td>{invitation.email}</Table.Td>
                  <Table.Td>{t(`role.${invitation.role}`, { ns: 'common' })}</Table.Td>
                  <Table.Td>
                    {invitation.expired ? (
                      <Badge color="gray" variant="light">
                        {t('invite.expired')}
                      </Badge>
                    ) : (
                      format.date(invitation.expiresAt)
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      loading={withdraw.isPending && withdraw.variables?.id === invitation.id}
                      onClick={() => withdraw.mutate(invitation)}
                      data-testid="invitation-withdraw"
                    >
                      {t('invite.withdraw')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
