// A text in Turkish and English side by side (stacked on phones), each input with the id its
// definition path gives, so a listed problem can jump to it.

import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocalText } from '@kume/core';
import { fieldDomId } from '../editorIssues';

export function LocalTextFields({
  label,
  value,
  onChange,
  path,
  errorAt,
  readOnly,
  multiline,
  required,
}: {
  label: string;
  value: LocalText | undefined;
  /** The new text; undefined when both languages are emptied (for optional texts). */
  onChange: (value: LocalText | undefined) => void;
  /** The definition path of the text (`pages.0.questions.3.title`). */
  path: string;
  errorAt: (path: string) => string | undefined;
  readOnly: boolean;
  multiline?: boolean;
  required?: boolean;
}) {
  const { t } = useTranslation('questionnaires');
  const text = value ?? { tr: '', en: '' };
  const Input = multiline ? Textarea : TextInput;
  const field = (language: 'tr' | 'en') => (
    <Input
      id={fieldDomId(`${path}.${language}`)}
      label={`${label} (${t(`editor.language.${language}`)})`}
      lang={language}
      value={text[language]}
      onChange={(event) => {
        const next = { ...text, [language]: event.currentTarget.value };
        onChange(!required && !next.tr && !next.en ? undefined : next);
      }}
      error={errorAt(`${path}.${language}`)}
      readOnly={readOnly}
      withAsterisk={required}
      maxLength={2000}
      size="xs"
      {...(multiline ? { autosize: true, minRows: 1, maxRows: 6 } : {})}
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
      {field('tr')}
      {field('en')}
    </SimpleGrid>
  );
}
