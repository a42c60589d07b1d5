// The inputs of an organisation: name, type, industry code, value-chain stage, size, place,
// website, coordinates and notes.

import { Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES, type OrganisationType } from '@kume/core';
import type { FieldErrors } from '../../forms/validateForm';
import type { OrganisationFormValues } from './organisationFormValues';

type TextField = Exclude<keyof OrganisationFormValues, 'type'>;

export function OrganisationFields({
  values,
  onChange,
  errors,
}: {
  values: OrganisationFormValues;
  onChange: (values: OrganisationFormValues) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation('stakeholders');
  const input = (field: TextField) => ({
    value: values[field],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange({ ...values, [field]: event.currentTarget.value }),
    error: errors[field],
    label: t(`organisation.${field}`),
  });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput {...input('name')} withAsterisk data-autofocus data-testid="org-name" />
        <Select<OrganisationType>
          label={t('organisation.type')}
          withAsterisk
          data={ORGANISATION_TYPES.map((type) => ({
            value: type,
            label: t(`common:organisationType.${type}`),
          }))}
          value={values.type}
          onChange={(type) => onChange({ ...values, type })}
          error={errors.type}
          allowDeselect={false}
          data-testid="org-type"
        />
        <TextInput
          {...input('industryCode')}
          description={t('organisation.industryCodeHelp')}
          placeholder="C24.51"
        />
        <TextInput
          {...input('valueChainStage')}
          description={t('organisation.valueChainStageHelp')}
        />
        <TextInput {...input('employees')} inputMode="numeric" />
        <TextInput {...input('website')} placeholder="https://" inputMode="url" />
        <TextInput {...input('district')} />
        <TextInput {...input('city')} />
      </SimpleGrid>
      <TextInput {...input('address')} />
      <SimpleGrid cols={{ base: 2 }} spacing="sm">
        <TextInput {...input('latitude')} inputMode="decimal" placeholder="38.42" />
        <TextInput {...input('longitude')} inputMode="decimal" placeholder="27.14" />
      </SimpleGrid>
      <Textarea {...input('notes')} autosize minRows={2} maxRows={6} />
    </Stack>
  );
}
