// The inputs of a registration: name, organisation, email and the consent checkbox with its
// sentence. Large on the public page (a phone), compact at the door.

import { Checkbox, Stack, TextInput, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../forms/validateForm';
import type { RegistrationFormValues } from './registrationFormValues';

export function RegistrationFields({
  values,
  onChange,
  onBlur,
  errors,
  size = 'sm',
  testIdPrefix,
  organisationReadOnly = false,
  consentLabel,
}: {
  values: RegistrationFormValues;
  onChange: (values: RegistrationFormValues) => void;
  onBlur?: (field: keyof RegistrationFormValues) => void;
  errors: FieldErrors;
  size?: MantineSize;
  /** `register` gives register-name, register-email, ...; `walkin` gives walkin-name, ... */
  testIdPrefix: string;
  /** An invitation's organisation is fixed: the registration is tied to it. */
  organisationReadOnly?: boolean;
  consentLabel: string;
}) {
  const { t } = useTranslation('informationDay');
  const input = (field: 'name' | 'organisation' | 'email') => ({
    label: t(`guest.${field}`),
    value: values[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      onChange({ ...values, [field]: event.currentTarget.value }),
    onBlur: () => onBlur?.(field),
    error: errors[field],
    size,
    maxLength: field === 'email' ? 254 : 200,
    'data-testid': `${testIdPrefix}-${field}`,
  });
  return (
    <Stack gap="sm">
      <TextInput {...input('name')} withAsterisk autoComplete="name" />
      <TextInput
        {...input('organisation')}
        autoComplete="organization"
        readOnly={organisationReadOnly}
      />
      <TextInput {...input('email')} withAsterisk type="email" autoComplete="email" />
      <Checkbox
        label={consentLabel}
        checked={values.consent}
        onChange={(event) => onChange({ ...values, consent: event.currentTarget.checked })}
        error={errors.consent}
        size={size}
        data-testid={`${testIdPrefix}-consent`}
      />
    </Stack>
  );
}
