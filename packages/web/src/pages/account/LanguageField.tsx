// The choice of Turkish or English as a labelled form field.

import { Input, SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';

export function LanguageField({
  label,
  value,
  onChange,
  disabled,
}: {
  label: string;
  value: Language;
  onChange: (language: Language) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={label}>
      <div>
        <SegmentedControl
          value={value}
          disabled={disabled}
          onChange={(next) => onChange(next === 'tr' ? 'tr' : 'en')}
          data={[
            { value: 'tr', label: t('language.tr') },
            { value: 'en', label: t('language.en') },
          ]}
        />
      </div>
    </Input.Wrapper>
  );
}
