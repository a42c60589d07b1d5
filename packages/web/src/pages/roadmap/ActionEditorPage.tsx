// Stub of the roadmap stage's ActionEditorPage, replaced by its implementation.

import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export default function ActionEditorPage() {
  const { t } = useTranslation('roadmap');
  return <Title order={2}>{t('title')}</Title>;
}
