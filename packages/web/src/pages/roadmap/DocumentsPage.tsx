// The roadmap's documents (/p/:slug/roadmap/documents): the roadmap document and the whole project
// report, in Turkish or English, as DOCX (to edit) or PDF (to send), as a funder would receive them.

import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProject } from '../../api/useProject';
import { PageHeader } from '../../components/PageHeader';
import { DocumentCard } from './documents/DocumentCard';

export default function DocumentsPage() {
  const { t, i18n } = useTranslation('monitoring');
  const { slug } = useProject();
  // The documents' language follows the screen's until one is chosen; an agency often sends both.
  const [chosen, setChosen] = useState<'tr' | 'en' | null>(null);
  const lang = chosen ?? (i18n.language === 'tr' ? 'tr' : 'en');

  return (
    <Stack gap="md">
      <PageHeader
        title={t('documents.title')}
        description={t('documents.description')}
        actions={
          <Select
            label={t('documents.language')}
            data={[
              { value: 'tr', label: t('documents.languages.tr') },
              { value: 'en', label: t('documents.languages.en') },
            ]}
            value={lang}
            onChange={(value) => setChosen(value === 'en' ? 'en' : 'tr')}
            allowDeselect={false}
            w={220}
            data-testid="document-language"
          />
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <DocumentCard slug={slug} kind="roadmap" lang={lang} />
        <DocumentCard slug={slug} kind="report" lang={lang} />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('documents.formatsNote')}
      </Text>
    </Stack>
  );
}
