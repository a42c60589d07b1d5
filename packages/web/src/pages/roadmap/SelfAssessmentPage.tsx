// Stub of the roadmap stage's SelfAssessmentPage, replaced by its implementation.

import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export default function SelfAssessmentPage() {
  const { t } = useTranslation('monitoring');
  return <Title order={2}>{t('title')}</Title>;
}
