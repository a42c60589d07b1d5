// The fields of a project (name, sector, region, description, languages), shared by the
// "New project" dialog and the settings page.

import { Checkbox, Group, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { projectInputSchema, type Language } from '@kume/core';
import { useFormValidation } from '../../forms/useFormValidation';

export interface ProjectFormValues {
  name: string;
  sector: string;
  region: string;
  description: string;
  languages: Language[];
}

export const emptyProject: ProjectFormValues = {
  name: '',
  sector: '',
  region: '',
  description: '',
  languages: ['tr', 'en'],
};

/** The form state of a project, validated by projectInputSchema. */
export function useProjectForm(initial: ProjectFormValues, serverError: unknown) {
  return useFormValidation(projectInputSchema, initial, { showOn: 'blur', serverError });
}

export function ProjectFields({
  form,
  readOnly = false,
  autoFocus = false,
}: {
  form: ReturnType<typeof useProjectForm>;
  readOnly?: boolean;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('projects');
  return (
    <Stack>
      <TextInput
        label={t('field.name')}
        placeholder={t('field.namePlaceholder')}
        required
        readOnly={readOnly}
        autoFocus={autoFocus}
        data-testid="project-name"
        {...form.text('name')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('field.sector')}
          placeholder={t('field.sectorPlaceholder')}
          readOnly={readOnly}
          data-testid="project-sector"
          {...form.text('sector')}
        />
        <TextInput
          label={t('field.region')}
          placeholder={t('field.regionPlaceholder')}
          readOnly={readOnly}
          data-testid="project-region"
          {...form.text('region')}
        />
      </SimpleGrid>
      <Textarea
        label={t('field.description')}
        placeholder={t('field.descriptionPlaceholder')}
        autosize
        minRows={3}
        maxRows={10}
        readOnly={readOnly}
        data-testid="project-description"
        {...form.text('description')}
      />
      <Checkbox.Group
        label={t('field.languages')}
        description={t('field.languagesHint')}
        value={form.values.languages}
        onChange={(value) => {
          form.set(
            'languages',
            value.filter((l): l is Language => l === 'tr' || l === 'en'),
          );
          form.touch('languages');
        }}
        error={form.errors.languages}
      >
        <Group mt={6}>
          <Checkbox value="tr" label={t('language.tr', { ns: 'common' })} disabled={readOnly} />
          <Checkbox value="en" label={t('language.en', { ns: 'common' })} disabled={readOnly} />
        </Group>
      </Checkbox.Group>
    </Stack>
  );
}
