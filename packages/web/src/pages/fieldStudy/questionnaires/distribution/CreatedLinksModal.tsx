// The personal links just created: their URLs are shown only now (the server keeps a hash of the
// token, not the token), each with a copy button and a QR code, and a CSV for a mail merge.

import { Alert, Button, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../../../stakeholders/usePhone';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fetchOrganisation } from '../../../stakeholders/stakeholderQueries';
import { downloadFile, fileNameOf } from '../../../statistics/charts/downloadFile';
import type { RespondentLinkView } from '../../types';
import { CopyField } from './CopyField';
import { absoluteUrl, linkCsv, type LinkCsvRow } from './linkCsv';
import { LinkQrCode } from './LinkQrCode';

/** The first contact address of an organisation, preferring those who agreed to be contacted. */
async function contactEmail(slug: string, organisationId: string | null): Promise<string> {
  if (!organisationId) return '';
  const organisation = await fetchOrganisation(slug, organisationId);
  const withEmail = organisation.contacts.filter((contact) => contact.email);
  return (withEmail.find((contact) => contact.consentToContact) ?? withEmail[0])?.email ?? '';
}

export function CreatedLinksModal({
  slug,
  title,
  links,
  onClose,
}: {
  slug: string;
  /** The questionnaire's title, for the file name. */
  title: string;
  links: readonly RespondentLinkView[];
  onClose: () => void;
}) {
  const { t } = useTranslation('questionnaires');
  const phone = usePhone();
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const withUrl = links.flatMap((link) =>
    link.url ? [{ ...link, fullUrl: absoluteUrl(link.url, window.location.origin) }] : [],
  );

  const downloadCsv = async () => {
    setExporting(true);
    setError(null);
    try {
      const rows: LinkCsvRow[] = [];
      // One request per organisation, a few at a time, so a long list does not flood the server.
      for (let start = 0; start < withUrl.length; start += 6) {
        const batch = withUrl.slice(start, start + 6);
        const emails = await Promise.all(
          batch.map((link) => contactEmail(slug, link.organisationId)),
        );
        batch.forEach((link, i) =>
          rows.push({
            organisation: link.organisationName ?? '',
            email: emails[i] ?? '',
            url: link.fullUrl,
          }),
        );
      }
      const csv = linkCsv(rows, {
        organisation: t('links.csvOrganisation'),
        email: t('links.csvEmail'),
        url: t('links.csvUrl'),
      });
      downloadFile(
        new Blob([csv], { type: 'text/csv;charset=utf-8' }),
        `${fileNameOf(title)}-links.csv`,
      );
    } catch (failure) {
      setError(failure);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('links.createdTitle', { count: withUrl.length })}
      size="xl"
      fullScreen={phone}
      closeOnClickOutside={false}
    >
      <Stack gap="sm" data-testid="created-links">
        <Alert color="yellow" p="xs">
          {t('links.shownOnce')}
        </Alert>
        <Group>
          <Button onClick={() => void downloadCsv()} loading={exporting} data-testid="links-csv">
            {t('links.downloadCsv')}
          </Button>
        </Group>
        {Boolean(error) && <ErrorAlert error={error} />}
        <ScrollArea.Autosize mah={480}>
          <Table verticalSpacing="xs" fz="sm">
            <Table.Tbody>
              {withUrl.map((link) => (
                <Table.Tr key={link.id} data-testid="created-link">
                  <Table.Td>
                    <Stack gap={4}>
                      <Text size="sm" fw={500}>
                        {link.organisationName}
                      </Text>
                      <CopyField
                        url={link.fullUrl}
                        label={link.organisationName ?? t('links.url')}
                      />
                    </Stack>
                  </Table.Td>
                  <Table.Td w={120}>
                    <LinkQrCode url={link.fullUrl} name={link.organisationName ?? 'link'} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-testid="close-created-links">
            {t('links.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
