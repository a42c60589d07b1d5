// A project's members (/p/:slug/members): who they are and their roles; owners change roles,
// remove members and invite people by link; everyone can leave.

import { Badge, Button, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { compareText, PROJECT_ROLES, type ProjectRole } from '@kume/core';
import type { MemberView } from '@kume/server';
import { api, ApiError, projectPath } from '../../api/client';
import { useSession } from '../../api/session';
import { projectKey, useProject } from '../../api/useProject';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/format';
import { ConfirmModal } from './ConfirmModal';
import { InvitationsPanel } from './InvitationsPanel';
import { RoleGuide } from './RoleGuide';

export default function MembersPage() {
  const { t, i18n } = useTranslation('projects');
  const format = useFormat();
  const project = useProject();
  const { slug } = project;
  const me = useSession().data?.user.id;
  const client = useQueryClient();
  const navigate = useNavigate();
  const manage = project.can('manage_members');
  const members = useQuery({
    queryKey: [...projectKey(slug), 'members'],
    queryFn: () => api.get<MemberView[]>(projectPath(slug, '/members')),
  });
  const [leaving, setLeaving] = useState<MemberView | null>(null);
  const roleName = (role: ProjectRole) => t(`role.${role}`, { ns: 'common' });

  const changeRole = useMutation({
    mutationFn: ({ member, role }: { member: MemberView; role: ProjectRole }) =>
      api.patch<void>(projectPath(slug, `/members/${member.userId}`), { role }),
    onSuccess: async (_, { member, role }) => {
      // The project key covers the member list and the user's own role and permissions.
      await client.invalidateQueries({ queryKey: projectKey(slug) });
      notifications.show({
        color: 'teal',
        message: t('members.roleChanged', { name: member.name, role: roleName(role) }),
      });
    },
  });
  const remove = useMutation({
    mutationFn: (member: MemberView) => api.delete(projectPath(slug, `/members/${member.userId}`)),
    onSuccess: async (_, member) => {
      setLeaving(null);
      if (member.userId === me) {
        notifications.show({
          color: 'teal',
          message: t('members.left', { project: project.data?.name }),
        });
        navigate('/', { replace: true });
        client.removeQueries({ queryKey: projectKey(slug) });
        await client.invalidateQueries({ queryKey: ['projects'] });
        return;
      }
      await client.invalidateQueries({ queryKey: projectKey(slug) });
      notifications.show({ color: 'teal', message: t('members.removed', { name: member.name }) });
    },
  });
  // 409: the last owner may not go; the server's words say why, our title says what.
  const ownerTitle = (error: unknown) =>
    error instanceof ApiError && error.status === 409 ? t('members.needsOwner') : undefined;

  const rows = [...(members.data ?? [])].sort((a, b) => compareText(i18n.language, a.name, b.name));
  const self = leaving?.userId === me;

  return (
    <Stack maw={1100}>
      <PageHeader
        title={t('members.title')}
        description={t('members.subtitle')}
        actions={
          me && members.data?.some((m) => m.userId === me) ? (
            <Button
              variant="default"
              color="red"
              onClick={() => {
                remove.reset();
                setLeaving(members.data?.find((m) => m.userId === me) ?? null);
              }}
              data-testid="leave-project"
            >
              {t('members.leave')}
            </Button>
          ) : undefined
        }
      />
      <ErrorAlert error={changeRole.error} title={ownerTitle(changeRole.error)} />
      {members.isPending ? (
        <Loading />
      ) : members.error ? (
        <ErrorAlert error={members.error} />
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('members.name')}</Table.Th>
                <Table.Th>{t('members.role')}</Table.Th>
                <Table.Th>{t('members.email')}</Table.Th>
                <Table.Th>{t('members.since')}</Table.Th>
                {manage && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((member) => (
                <Table.Tr key={member.userId} data-testid="member-row">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {member.name}
                      {member.userId === me && (
                        <Text span c="dimmed" size="sm">
                          {' '}
                          {t('members.you')}
                        </Text>
                      )}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {manage ? (
                      <Select
                        size="xs"
                        w={160}
                        allowDeselect={false}
                        aria-label={t('members.roleOf', { name: member.name })}
                        value={member.role}
                        disabled={changeRole.isPending}
                        data={PROJECT_ROLES.map((role) => ({ value: role, label: roleName(role) }))}
                        onChange={(value) => {
                          const role = PROJECT_ROLES.find((r) => r === value);
                          if (role && role !== member.role) changeRole.mutate({ member, role });
                        }}
                        data-testid="member-role"
                      />
                    ) : (
                      <Badge variant="light">{roleName(member.role)}</Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{member.email}</Table.Td>
                  <Table.Td>{format.date(member.since)}</Table.Td>
                  {manage && (
                    <Table.Td ta="right">
                      {member.userId !== me && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => {
                            remove.reset();
                            setLeaving(member);
                          }}
                          data-testid="member-remove"
                        >
                          {t('members.remove')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RoleGuide />
      {manage && (
        <>
          <Title order={3} mt="md">
            {t('invite.title')}
          </Title>
          <InvitationsPanel slug={slug} />
        </>
      )}
      <ConfirmModal
        opened={leaving !== null}
        onClose={() => setLeaving(null)}
        title={
          self
            ? t('members.leaveTitle', { project: project.data?.name })
            : t('members.removeTitle', { name: leaving?.name })
        }
        confirmLabel={self ? t('members.leave') : t('members.remove')}
        onConfirm={() => leaving && remove.mutate(leaving)}
        sending={remove.isPending}
        error={remove.error}
        errorTitle={ownerTitle(remove.error)}
      >
        <Text size="sm">
          {self ? t('members.leaveText') : t('members.removeText', { name: leaving?.name })}
        </Text>
      </ConfirmModal>
    </Stack>
  );
}
