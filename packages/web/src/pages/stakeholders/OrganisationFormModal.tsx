// The modal that registers a new organisation (with an optional first contact) or edits one.

import { Button, Divider, Group, Modal, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactInputSchema, organisationInputSchema } from '@kume/core';
import type { OrganisationView } from '@kume/server';
import { api, projectPath } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ContactFields } from './ContactFields';
import { OrganisationFields } from './OrganisationFields';
import {
  contactEntered,
  emptyContact,
  emptyOrganisation,
  organisationInput,
  organisationValues,
} from './organisationFormValues';
import { useStakeholderMutation } from './useStakeholderMutation';
import { focusFirstError, serverFieldErrors, useFormValidation } from './validateForm';
import { usePhone } from './usePhone';

const ORGANISATION_FIELDS = Object.keys(emptyOrganisation);
const CONTACT_FIELDS = { 'contact.name': 'contacts.0.name', 'contact.email': 'contacts.0.email' };

export function OrganisationFormModal({
  slug,
  organisation,
  opened,
  onClose,
  onSaved,
}: {
  slug: string;
  /** The organisation to edit; without it the modal registers a new one. */
  organisation?: OrganisationView;
  opened: boolean;
  onClose: () => void;
  onSaved?: (organisation: OrganisationView) => void;
}) {
  const { t } = useTranslation('stakeholders');
  const phone = usePhone();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={organisation ? t('organisationForm.editTitle') : t('organisationForm.newTitle')}
      size="xl"
      fullScreen={phone}
    >
      {opened && (
        <OrganisationForm
          slug={slug}
          organisation={organisation}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </Modal>
  );
}

function OrganisationForm({
  slug,
  organisation,
  onClose,
  onSaved,
}: {
  slug: string;
  organisation?: OrganisationView;
  onClose: () => void;
  onSaved?: (organisation: OrganisationView) => void;
}) {
  const { t } = useTranslation('stakeholders');
  const [values, setValues] = useState(() =>
    organisation ? organisationValues(organisation) : emptyOrganisation,
  );
  const [contact, setContact] = useState(emptyContact);
  const formRef = useRef<HTMLFormElement>(null);
  const withContact = !organisation && contactEntered(contact);
  const organisationCheck = useFormValidation(organisationInputSchema, organisationInput(values));
  const contactCheck = useFormValidation(contactInputSchema, contact);

  const save = useStakeholderMutation(
    slug,
    (body: object) =>
      organisation
        ? api.patch<OrganisationView>(projectPath(slug, `/organisations/${organisation.id}`), body)
        : api.post<OrganisationView>(projectPath(slug, '/organisations'), body),
    {
      success: (saved) =>
        organisation
          ? t('organisationForm.saved', { name: saved.name })
          : t('organisationForm.created', { name: saved.name }),
      onSuccess: (saved) => {
        onClose();
        onSaved?.(saved);
      },
      // A duplicate name (409) is shown on the name field: bring it into view.
      onError: () => focusFirstError(formRef.current),
    },
  );

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = organisationCheck.check();
    const contactInput = withContact ? contactCheck.check() : null;
    if (!input || (withContact && !contactInput)) return focusFirstError(event.currentTarget);
    save.mutate(organisation ? input : { ...input, contacts: contactInput ? [contactInput] : [] });
  };

  const serverErrors = serverFieldErrors(save.error, ORGANISATION_FIELDS, t);
  const serverContactErrors = serverFieldErrors(save.error, CONTACT_FIELDS, t);
  const placed = Object.keys(serverErrors).length + Object.keys(serverContactErrors).length > 0;
  const prefixed = Object.fromEntries(
    Object.entries(contactCheck.errors).map(([key, message]) => [`contact.${key}`, message]),
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        {save.error && !placed && <ErrorAlert error={save.error} />}
        <OrganisationFields
          values={values}
          onChange={(next) => {
            setValues(next);
            // The server's verdict was about the values sent; editing makes it stale.
            if (save.error) save.reset();
          }}
          errors={{ ...serverErrors, ...organisationCheck.errors }}
        />
        {!organisation && (
          <>
            <Divider label={t('organisationForm.firstContact')} labelPosition="left" />
            <Text size="sm" c="dimmed" mt={-8}>
              {t('organisationForm.firstContactHelp')}
            </Text>
            <ContactFields
              values={contact}
              onChange={(next) => {
                setContact(next);
                if (save.error) save.reset();
              }}
              errors={withContact ? { ...serverContactErrors, ...prefixed } : {}}
              prefix="contact."
              nameRequired={withContact}
            />
          </>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common:action.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="org-submit">
            {organisation ? t('common:action.save') : t('organisationForm.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
