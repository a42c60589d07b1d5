// The personal invitation links just made: shown only now (the server keeps hashes), with a CSV
// for a mail merge and each link to copy.

import { Alert, Button, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../fieldStudy/questionnaires/distribution/CopyField';
import { absoluteUrl } from '../../fieldStudy/questionnaires/distribution/linkCsv';
import { downloadFile, fileNameOf } from '../../statistics/charts/downloadFile';
import { usePhone } from '../../stakeholders/usePhone';
import type { CreatedInvitation } from '../eventTypes';
import { invitationCsv } from './invitationCsv';

export function CreatedInvitationsModal({
  title,
  invitations,
  onClose,
}: {
  /** The event's title, for the file name. */
  title: string;
  invitations: readonly CreatedInvitation[];
  onClose: () => void;
}) {
  const { t } = useTranslation('informationDay');
  const phone = usePhone();
  const origin = window.location.origin;
  const download = () => {
    const csv = invitationCsv(invitations, origin, {
      organisation: t('invitations.csvOrganisation'),
      contact: t('invitations.csvContact'),
      email: t('invitations.csvEmail'),
      link: t('invitations.csvLink'),
    });
    downloadFile(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      `${fileNameOf(title)}-invitations.csv`,
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('invitations.createdTitle', { count: invitations.length })}
      size="xl"
      fullScreen={phone}
      closeOnClickOutside={false}
    >
      <Stack gap="sm" data-testid="created-invitations">
        <Alert color="yellow" p="xs">
          {t('invitations.shownOnce')}
        </Alert>
        <Group>
          <Button onClick={download} data-testid="invitations-csv">
            {t('invitations.downloadCsv')}
          </Button>
        </Group>
        <ScrollArea.Autosize mah={phone ? undefined : 460}>
          <Table verticalSpacing="xs" fz="sm">
            <Table.Tbody>
              {invitations.map((invitation) => (
                <Table.Tr key={invitation.id} data-testid="created-invitation">
                  <Table.Td>
                    <Stack gap={4}>
                      <Text size="sm" fw={500}>
                        {invitation.organisationName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[invitation.contactName, invitation.email].filter(Boolean).join(' · ') ||
                          t('invitations.noContact')}
                      </Text>
                      <CopyField
                        url={absoluteUrl(invitation.link, origin)}
                        label={invitation.organisationName}
                      />
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-testid="close-created-invitations">
            {t('invitations.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
