// The inputs of a contact person (name, role, email, phone, consent to be contacted), used when
// adding a contact and in the new-organisation form's optional first contact.

import { Checkbox, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactFormValues } from './organisationFormValues';
import type { FieldErrors } from './validateForm';

export function ContactFields({
  values,
  onChange,
  errors,
  prefix = '',
  nameRequired = true,
}: {
  values: ContactFormValues;
  onChange: (values: ContactFormValues) => void;
  errors: FieldErrors;
  /** Where this contact's errors are kept in `errors` ("contact." in the organisation form). */
  prefix?: string;
  nameRequired?: boolean;
}) {
  const { t } = useTranslation('stakeholders');
  const set =
    (field: 'name' | 'role' | 'email' | 'phone') => (event: React.ChangeEvent<HTMLInputElement>) =>
      onChange({ ...values, [field]: event.currentTarget.value });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('contact.name')}
          value={values.name}
          onChange={set('name')}
          error={errors[`${prefix}name`]}
          withAsterisk={nameRequired}
          data-testid="contact-name"
        />
        <TextInput
          label={t('contact.role')}
          value={values.role}
          onChange={set('role')}
          error={errors[`${prefix}role`]}
        />
        <TextInput
          label={t('contact.email')}
          type="email"
          value={values.email}
          onChange={set('email')}
          error={errors[`${prefix}email`]}
        />
        <TextInput
          label={t('contact.phone')}
          type="tel"
          value={values.phone}
          onChange={set('phone')}
          error={errors[`${prefix}phone`]}
        />
      </SimpleGrid>
      <Checkbox
        label={t('contact.consent')}
        description={t('contact.consentHelp')}
        checked={values.consentToContact}
        onChange={(event) => onChange({ ...values, consentToContact: event.currentTarget.checked })}
      />
    </Stack>
  );
}
