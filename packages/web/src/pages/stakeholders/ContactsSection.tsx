// An organisation's contact people: name, role, email, phone and consent, with add, edit, delete.

import { ActionIcon, Anchor, Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '@kume/server';
import { api, projectPath } from '../../api/client';
import { ConfirmButton } from './ConfirmButton';
import { ContactFormModal } from './ContactFormModal';
import { useStakeholderMutation } from './useStakeholderMutation';

export function ContactsSection({
  slug,
  organisationId,
  contacts,
  canWrite,
}: {
  slug: string;
  organisationId: string;
  contacts: ContactView[];
  canWrite: boolean;
}) {
  const { t } = useTranslation('stakeholders');
  // undefined: closed; null: a new contact; else the contact being edited.
  const [editing, setEditing] = useState<ContactView | null | undefined>(undefined);
  const remove = useStakeholderMutation(
    slug,
    (contact: ContactView) =>
      api.delete(projectPath(slug, `/organisations/${organisationId}/contacts/${contact.id}`)),
    { success: t('contacts.deleted'), notifyErrors: true },
  );
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('contacts.title')}</Title>
        {canWrite && (
          <Button
            size="xs"
            variant="light"
            onClick={() => setEditing(null)}
            data-testid="add-contact"
          >
            {t('contacts.add')}
          </Button>
        )}
      </Group>
      {contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('contacts.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contact.name')}</Table.Th>
                <Table.Th>{t('contact.role')}</Table.Th>
                <Table.Th>{t('contact.email')}</Table.Th>
                <Table.Th>{t('contact.phone')}</Table.Th>
                <Table.Th>{t('contacts.consentShort')}</Table.Th>
                {canWrite && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.map((contact) => (
                <Table.Tr key={contact.id} data-testid="contact-row">
                  <Table.Td fw={500}>{contact.name}</Table.Td>
                  <Table.Td>{contact.role}</Table.Td>
                  <Table.Td>
                    {contact.email && (
                      <Anchor href={`mailto:${contact.email}`} size="sm">
                        {contact.email}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {contact.phone && (
                      <Anchor href={`tel:${contact.phone}`} size="sm">
                        {contact.phone}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={contact.consentToContact ? 'teal' : 'gray'} variant="light">
                      {contact.consentToContact
                        ? t('contacts.consentYes')
                        : t('contacts.consentNo')}
                    </Badge>
                  </Table.Td>
                  {canWrite && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('common:action.edit')}
                          title={t('common:action.edit')}
                          onClick={() => setEditing(contact)}
                        >
                          ✎
                        </ActionIcon>
                        <ConfirmButton
                          size="compact-xs"
                          variant="subtle"
                          title={t('contacts.deleteTitle')}
                          message={t('contacts.deleteText', { name: contact.name })}
                          loading={remove.isPending}
                          onConfirm={() => remove.mutateAsync(contact)}
                        >
                          {t('common:action.delete')}
                        </ConfirmButton>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ContactFormModal
        slug={slug}
        organisationId={organisationId}
        contact={editing ?? null}
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
      />
    </Paper>
  );
}
