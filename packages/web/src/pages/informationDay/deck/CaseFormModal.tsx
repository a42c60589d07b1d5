// A benchmark case in a modal, both languages side by side: the name, founding year and source
// once; country, sector, summary and scale in Turkish and English; highlights and lessons as
// lists of Turkish and English lines. Checked with core's benchmarkCaseInputSchema.

import { Button, Group, Modal, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { benchmarkCaseInputSchema, type BenchmarkCaseInput } from '@kume/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { serverFieldErrors } from '../../../forms/serverFieldErrors';
import { validateForm, type FieldErrors } from '../../../forms/validateForm';
import {
  caseDraftFrom,
  caseInputFromDraft,
  dropEmptyLines,
  emptyCaseDraft,
  LINE_LISTS,
  LOCAL_FIELDS,
  missingBothLanguages,
  type CaseDraft,
  type LocalField,
} from './caseDraft';
import { CaseLinesField } from './CaseLinesField';
import type { BenchmarkCaseItem } from './deckTypes';

const CASE_FIELDS = ['name', 'founded', 'source', ...LOCAL_FIELDS, ...LINE_LISTS];
const LANGUAGES = ['tr', 'en'] as const;

export function CaseFormModal({
  item,
  readOnly,
  saving,
  saveError,
  onSave,
  onClose,
}: {
  /** The case edited, or null for a new one. */
  item: BenchmarkCaseItem | null;
  readOnly: boolean;
  saving: boolean;
  saveError: unknown;
  onSave: (input: BenchmarkCaseInput) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('deck');
  const { t: tCommon } = useTranslation();
  const [draft, setDraft] = useState<CaseDraft>(() =>
    item ? caseDraftFrom(item) : emptyCaseDraft(),
  );
  const [submitted, setSubmitted] = useState(false);

  const check = (values: CaseDraft) => {
    const refined: FieldErrors = Object.fromEntries(
      missingBothLanguages(values).map((path) => [path, t('form.eitherLanguage')]),
    );
    return validateForm(benchmarkCaseInputSchema, caseInputFromDraft(values), tCommon, refined);
  };
  const errors: FieldErrors = {
    ...serverFieldErrors(saveError, CASE_FIELDS, tCommon),
    ...(submitted ? check(draft).errors : {}),
  };
  const named = Object.keys(serverFieldErrors(saveError, CASE_FIELDS, tCommon)).length > 0;
  const submit = () => {
    const cleaned = dropEmptyLines(draft);
    setDraft(cleaned);
    setSubmitted(true);
    const result = check(cleaned);
    if (result.ok) onSave(result.data);
  };
  const setLocal = (field: LocalField, lang: 'tr' | 'en', value: string) =>
    setDraft((d) => ({ ...d, [field]: { ...d[field], [lang]: value } }));
  const title = item
    ? t(readOnly ? 'form.viewTitle' : 'form.editTitle', { name: item.name })
    : t('form.newTitle');

  return (
    <Modal opened onClose={onClose} title={title} size="xl" data-testid="case-form">
      <Stack gap="md">
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t('form.name')}
            description={t('form.nameHint')}
            value={draft.name}
            onChange={(event) => {
              const name = event.currentTarget.value;
              setDraft((d) => ({ ...d, name }));
            }}
            error={errors.name}
            readOnly={readOnly}
            maxLength={200}
            withAsterisk={!readOnly}
            style={{ flex: '3 1 260px' }}
            data-testid="case-name"
          />
          <TextInput
            label={t('form.founded')}
            description={t('form.foundedHint')}
            value={draft.founded}
            onChange={(event) => {
              const founded = event.currentTarget.value;
              setDraft((d) => ({ ...d, founded }));
            }}
            error={errors.founded}
            readOnly={readOnly}
            inputMode="numeric"
            maxLength={4}
            style={{ flex: '1 1 140px' }}
            data-testid="case-founded"
          />
        </Group>
        {LOCAL_FIELDS.map((field) => (
          <Stack key={field} gap={4}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {LANGUAGES.map((lang) => {
                const props = {
                  label: `${t(`form.${field}`)} (${t(lang === 'tr' ? 'form.turkish' : 'form.english')})`,
                  description: field === 'scale' ? t('form.scaleHint') : undefined,
                  value: draft[field][lang],
                  onChange: (event: { currentTarget: { value: string } }) =>
                    setLocal(field, lang, event.currentTarget.value),
                  error: errors[`${field}.${lang}`],
                  readOnly,
                  maxLength: 2000,
                  'data-testid': `case-${field}-${lang}`,
                };
                return field === 'summary' ? (
                  <Textarea key={lang} {...props} autosize minRows={3} maxRows={10} />
                ) : (
                  <TextInput key={lang} {...props} />
                );
              })}
            </SimpleGrid>
            {errors[field] && (
              <Text c="red" size="xs" role="alert">
                {errors[field]}
              </Text>
            )}
          </Stack>
        ))}
        {LINE_LISTS.map((list) => (
          <CaseLinesField
            key={list}
            list={list}
            rows={draft[list]}
            readOnly={readOnly}
            errors={errors}
            onChange={(rows) => setDraft((d) => ({ ...d, [list]: rows }))}
          />
        ))}
        <TextInput
          label={t('form.source')}
          description={t('form.sourceHint')}
          value={draft.source}
          onChange={(event) => {
            const source = event.currentTarget.value;
            setDraft((d) => ({ ...d, source }));
          }}
          error={errors.source}
          readOnly={readOnly}
          maxLength={500}
          data-testid="case-source"
        />
        {!named && <ErrorAlert error={saveError} title={t('form.failed')} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-testid="case-cancel">
            {readOnly ? tCommon('action.close') : tCommon('action.cancel')}
          </Button>
          {!readOnly && (
            <Button onClick={submit} loading={saving} data-testid="case-save">
              {tCommon('action.save')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
