// One document to download (the roadmap, or the whole project report): what it holds, and a
// button for DOCX and one for PDF; says plainly when the server cannot make PDFs.

import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, projectPath, query } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { downloadDocument } from './downloadDocument';

export type DocumentKind = 'roadmap' | 'report';
export type DocumentFormat = 'docx' | 'pdf';

/** The contract's routes: GET /roadmap/document and GET /report, with lang and format. */
const documentPath = (slug: string, kind: DocumentKind, lang: string, format: DocumentFormat) =>
  projectPath(
    slug,
    `${kind === 'roadmap' ? '/roadmap/document' : '/report'}${query({ lang, format })}`,
  );

export function DocumentCard({
  slug,
  kind,
  lang,
}: {
  slug: string;
  kind: DocumentKind;
  lang: 'tr' | 'en';
}) {
  const { t } = useTranslation('monitoring');
  const download = useMutation({
    mutationFn: (format: DocumentFormat) =>
      downloadDocument(documentPath(slug, kind, lang, format), `${slug}-${kind}-${lang}.${format}`),
    onSuccess: (name) =>
      notifications.show({ color: 'teal', message: t('documents.downloaded', { name }) }),
  });
  const pdfUnavailable =
    download.error instanceof ApiError && download.error.code === 'pdf_unavailable';
  const contents = t(`documents.${kind}.contents`, { returnObjects: true }) as unknown;
  const button = (format: DocumentFormat) => (
    <Button
      variant={format === 'docx' ? 'filled' : 'light'}
      loading={download.isPending && download.variables === format}
      disabled={download.isPending && download.variables !== format}
      onClick={() => download.mutate(format)}
      data-testid={`document-${kind}-${format}`}
    >
      {t(`documents.download.${format}`)}
    </Button>
  );

  return (
    <Card withBorder radius="md" padding="lg" data-testid={`document-${kind}`}>
      <Stack gap="sm" h="100%">
        <Title order={3}>{t(`documents.${kind}.title`)}</Title>
        <Text size="sm" c="dimmed">
          {t(`documents.${kind}.description`)}
        </Text>
        {Array.isArray(contents) && (
          <List size="sm" spacing={2}>
            {contents.map((item) => (
              <List.Item key={String(item)}>{String(item)}</List.Item>
            ))}
          </List>
        )}
        <Stack gap="xs" mt="auto">
          <Group gap="sm">
            {button('docx')}
            {button('pdf')}
          </Group>
          {download.isPending && (
            <Text size="xs" c="dimmed">
              {download.variables === 'pdf' ? t('documents.makingPdf') : t('documents.making')}
            </Text>
          )}
          {pdfUnavailable ? (
            <Alert
              color="yellow"
              title={t('documents.pdfUnavailableTitle')}
              data-testid="pdf-unavailable"
            >
              {t('documents.pdfUnavailable')}
            </Alert>
          ) : (
            <ErrorAlert error={download.error} />
          )}
        </Stack>
      </Stack>
    </Card>
  );
}
