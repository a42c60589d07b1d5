// The event page's Invitations tab: the invited organisations with their contact and whether
// they registered and came, and "Invite stakeholders" (personal links, shown once).

import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { OrganisationPickerModal } from '../../../components/organisationPicker/OrganisationPickerModal';
import { useFormat } from '../../../i18n/format';
import { inviteOrganisations, useEventMutation, useInvitations } from '../eventQueries';
import { clockText } from '../eventTime';
import type { CreatedInvitation, EventDetail } from '../eventTypes';
import { CreatedInvitationsModal } from './CreatedInvitationsModal';

const STATUS_COLOURS = { registered: 'blue', waitlisted: 'yellow', cancelled: 'gray' } as const;

export function InvitationsTab({
  slug,
  event,
  canWrite,
}: {
  slug: string;
  event: EventDetail;
  canWrite: boolean;
}) {
  const { t } = useTranslation('informationDay');
  const format = useFormat();
  const invitations = useInvitations(slug, event.id);
  const [picking, setPicking] = useState(false);
  const [created, setCreated] = useState<CreatedInvitation[] | null>(null);
  const create = useEventMutation(
    slug,
    (organisationIds: string[]) => inviteOrganisations(slug, event.id, organisationIds),
    {
      onSuccess: ({ items }) => {
        setPicking(false);
        setCreated(items);
      },
    },
  );
  const items = invitations.data?.items ?? [];
  const invited = new Set(items.map((invitation) => invitation.organisationId));

  return (
    <Card withBorder padding="md" data-testid="invitations">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{t('invitations.title')}</Text>
          {canWrite && (
            <Button onClick={() => setPicking(true)} data-testid="invite-open">
              {t('invitations.new')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('invitations.help')}
        </Text>
        {invitations.isPending ? (
          <Loading />
        ) : invitations.error ? (
          <ErrorAlert error={invitations.error} />
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="md">
            {t('invitations.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing={6} fz="sm" data-testid="invitation-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('invitations.organisation')}</Table.Th>
                  <Table.Th>{t('invitations.contact')}</Table.Th>
                  <Table.Th>{t('invitations.invitedOn')}</Table.Th>
                  <Table.Th>{t('invitations.answer')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((invitation) => {
                  const registration = invitation.registration;
                  return (
                    <Table.Tr key={invitation.id} data-testid="invitation-row">
                      <Table.Td fw={500}>{invitation.organisationName}</Table.Td>
                      <Table.Td>
                        <Stack gap={0}>
                          <Text size="sm">{invitation.contactName || '–'}</Text>
                          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                            {invitation.email}
                          </Text>
                        </Stack>
                      </Table.Td>
                      <Table.Td>{format.date(invitation.createdAt)}</Table.Td>
                      <Table.Td>
                        {registration ? (
                          <Group gap={4}>
                            <Badge variant="light" color={STATUS_COLOURS[registration.status]}>
                              {t(`status.${registration.status}`)}
                            </Badge>
                            {registration.checkedInAt && (
                              <Badge color="teal">
                                {t('status.checkedInAt', {
                                  time: clockText(registration.checkedInAt, format.language),
                                })}
                              </Badge>
                            )}
                          </Group>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('invitations.notRegistered')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {picking && (
        <OrganisationPickerModal
          slug={slug}
          invited={invited}
          creating={create.isPending}
          error={create.error}
          onCreate={(ids) => create.mutate(ids)}
          onClose={() => setPicking(false)}
          texts={{
            title: t('invitations.pickTitle'),
            search: t('invitations.search'),
            type: t('invitations.type'),
            allTypes: t('invitations.allTypes'),
            organisation: t('invitations.organisation'),
            district: t('invitations.district'),
            chooseShown: t('invitations.chooseShown'),
            clear: t('invitations.clear'),
            chosen: (count) => t('invitations.chosen', { count }),
            create: (count) => t('invitations.create', { count }),
            alreadyBadge: t('invitations.invitedBadge'),
            alreadyWarning: t('invitations.reinviteWarning'),
            registryEmpty: t('invitations.registryEmpty'),
          }}
          testIdPrefix="invite"
          createTestId="invite-create"
        />
      )}
      {created && (
        <CreatedInvitationsModal
          title={event.title}
          invitations={created}
          onClose={() => setCreated(null)}
        />
      )}
    </Card>
  );
}
