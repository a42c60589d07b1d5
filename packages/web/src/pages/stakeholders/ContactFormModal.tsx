// The modal that adds a contact person to an organisation or edits one.

import { Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contactInputSchema } from '@kume/core';
import type { ContactView } from '@kume/server';
import { api, projectPath } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormValidation } from '../../forms/useFormValidation';
import { ContactFields } from './ContactFields';
import { emptyContact, type ContactFormValues } from './organisationFormValues';
import { useStakeholderMutation } from './useStakeholderMutation';

export function ContactFormModal({
  slug,
  organisationId,
  contact,
  opened,
  onClose,
}: {
  slug: string;
  organisationId: string;
  /** The contact to edit; without it a new one is added. */
  contact: ContactView | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('stakeholders');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={contact ? t('contacts.editTitle') : t('contacts.newTitle')}
      size="lg"
    >
      {opened && (
        <ContactForm
          slug={slug}
          organisationId={organisationId}
          contact={contact}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function contactValues(contact: ContactView | null): ContactFormValues {
  if (!contact) return emptyContact;
  return {
    name: contact.name,
    role: contact.role ?? '',
    email: contact.email ?? '',
    phone: contact.phone ?? '',
    consentToContact: contact.consentToContact,
  };
}

function ContactForm({
  slug,
  organisationId,
  contact,
  onClose,
}: {
  slug: string;
  organisationId: string;
  contact: ContactView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('stakeholders');
  const base = `/organisations/${organisationId}/contacts`;
  const save = useStakeholderMutation(
    slug,
    (body: object) =>
      contact
        ? api.patch<ContactView>(projectPath(slug, `${base}/${contact.id}`), body)
        : api.post<ContactView>(projectPath(slug, base), body),
    {
      success: (saved) =>
        contact
          ? t('contacts.saved', { name: saved.name })
          : t('contacts.added', { name: saved.name }),
      onSuccess: onClose,
    },
  );
  const form = useFormValidation(contactInputSchema, contactValues(contact), {
    serverError: save.error,
  });
  return (
    <form noValidate onSubmit={form.submit((input) => save.mutate(input))}>
      <Stack gap="md">
        <ErrorAlert error={form.alertError} />
        <ContactFields
          values={form.values}
          onChange={(next) => {
            form.setValues(next);
            // The server's verdict was about the values sent; editing makes it stale.
            if (save.error) save.reset();
          }}
          errors={form.errors}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:action.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="contact-submit">
            {t('common:action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
