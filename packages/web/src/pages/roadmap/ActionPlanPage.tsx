// Stub of the roadmap stage's ActionPlanPage, replaced by its implementation.

import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export default function ActionPlanPage() {
  const { t } = useTranslation('roadmap');
  return <Title order={2}>{t('title')}</Title>;
}
