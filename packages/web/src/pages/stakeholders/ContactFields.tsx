// The inputs of a contact person (name, role, email, phone, consent to be contacted), used when
// adding a contact and in the new-organisation form's optional first contact.

import { Checkbox, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../forms/validateForm';
import type { ContactFormValues } from './organisationFormValues';

export function ContactFields({
  values,
  onChange,
  errors,
  nameRequired = true,
}: {
  values: ContactFormValues;
  onChange: (values: ContactFormValues) => void;
  errors: FieldErrors;
  nameRequired?: boolean;
}) {
  const { t } = useTranslation('stakeholders');
  const input = (field: 'name' | 'role' | 'email' | 'phone') => ({
    label: t(`contact.${field}`),
    value: values[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      onChange({ ...values, [field]: event.currentTarget.value }),
    error: errors[field],
  });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput {...input('name')} withAsterisk={nameRequired} data-testid="contact-name" />
        <TextInput {...input('role')} />
        <TextInput {...input('email')} type="email" />
        <TextInput {...input('phone')} type="tel" />
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
