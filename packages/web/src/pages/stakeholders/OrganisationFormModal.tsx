// The modal that registers a new organisation (with an optional first contact) or edits one.

import { Button, Divider, Group, Modal, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { contactInputSchema, organisationInputSchema } from '@kume/core';
import type { OrganisationView } from '@kume/server';
import { api, projectPath } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { focusFirstError } from '../../forms/focusFirstError';
import { useFormValidation } from '../../forms/useFormValidation';
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
import { usePhone } from './usePhone';

/** The first contact's fields are the API's "contacts.0". */
const CONTACT_FIELDS = {
  name: 'contacts.0.name',
  role: 'contacts.0.role',
  email: 'contacts.0.email',
  phone: 'contacts.0.phone',
};

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
  const formRef = useRef<HTMLFormElement>(null);
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
  const form = useFormValidation(
    organisationInputSchema,
    organisation ? organisationValues(organisation) : emptyOrganisation,
    { toInput: organisationInput, serverError: save.error },
  );
  const contactForm = useFormValidation(contactInputSchema, emptyContact, {
    serverError: save.error,
    serverFields: CONTACT_FIELDS,
  });
  const withContact = !organisation && contactEntered(contactForm.values);
  // The server's verdict was about the values sent; editing makes it stale.
  const edited = () => {
    if (save.error) save.reset();
  };

  // The first contact is optional: it is checked, and sent, only once something is typed in it.
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = form.check();
    const contactInput = withContact ? contactForm.check() : null;
    if (!input || (withContact && !contactInput)) return focusFirstError(event.currentTarget);
    save.mutate(organisation ? input : { ...input, contacts: contactInput ? [contactInput] : [] });
  };
  const placed = Object.keys(contactForm.serverErrors).length > 0;

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={placed ? undefined : form.alertError} />
        <OrganisationFields
          values={form.values}
          onChange={(next) => {
            form.setValues(next);
            edited();
          }}
          errors={form.errors}
        />
        {!organisation && (
          <>
            <Divider label={t('organisationForm.firstContact')} labelPosition="left" />
            <Text size="sm" c="dimmed" mt={-8}>
              {t('organisationForm.firstContactHelp')}
            </Text>
            <ContactFields
              values={contactForm.values}
              onChange={(next) => {
                contactForm.setValues(next);
                edited();
              }}
              errors={withContact ? contactForm.errors : {}}
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
