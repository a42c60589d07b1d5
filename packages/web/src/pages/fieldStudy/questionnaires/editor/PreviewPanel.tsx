// The frame of the live preview: language switch (TR/EN), phone-width toggle, and the SurveyJS
// form itself, loaded only when this panel shows.

import { Box, Group, Paper, SegmentedControl, Switch, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '@kume/core';
import { Loading } from '../../../../components/Loading';

const SurveyPreview = lazy(() => import('./SurveyPreview'));

/** The width of a common phone screen, in CSS pixels. */
const PHONE_WIDTH = 375;

export function PreviewPanel({
  draft,
  organisations,
  page,
}: {
  draft: Questionnaire;
  organisations: readonly { id: string; name: string }[];
  page: number;
}) {
  const { t, i18n } = useTranslation('questionnaires');
  const [language, setLanguage] = useState<'tr' | 'en'>(i18n.language === 'tr' ? 'tr' : 'en');
  const [phoneWidth, setPhoneWidth] = useState(false);

  return (
    <Paper withBorder p="xs" data-testid="survey-preview">
      <Group justify="space-between" gap="xs" mb="xs">
        <Text fw={600} size="sm">
          {t('preview.title')}
        </Text>
        <Group gap="sm">
          <SegmentedControl
            size="xs"
            value={language}
            onChange={(value) => setLanguage(value === 'tr' ? 'tr' : 'en')}
            data={[
              { value: 'tr', label: 'TR' },
              { value: 'en', label: 'EN' },
            ]}
            aria-label={t('preview.language')}
          />
          <Switch
            size="xs"
            label={t('preview.phone')}
            checked={phoneWidth}
            onChange={(event) => setPhoneWidth(event.currentTarget.checked)}
          />
        </Group>
      </Group>
      <Box
        maw={phoneWidth ? PHONE_WIDTH : undefined}
        mx="auto"
        style={{
          border: phoneWidth ? '1px solid var(--mantine-color-gray-4)' : undefined,
          borderRadius: phoneWidth ? 16 : undefined,
          overflow: 'auto',
          maxHeight: 'calc(100vh - 180px)',
        }}
      >
        <Suspense fallback={<Loading />}>
          <SurveyPreview
            draft={draft}
            language={language}
            organisations={organisations}
            page={page}
          />
        </Suspense>
      </Box>
    </Paper>
  );
}
