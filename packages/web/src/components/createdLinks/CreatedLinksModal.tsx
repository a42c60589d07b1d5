// Personal links just made (respondent links, invitations): shown only now, since the server keeps
// hashes, each with a copy field and, when asked, a QR code; and a CSV for a mail merge.

import { Alert, Button, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { CopyField } from '../../pages/fieldStudy/questionnaires/distribution/CopyField';
import { usePhone } from '../../pages/stakeholders/usePhone';
import { ErrorAlert } from '../ErrorAlert';
import { QrCodeImage } from '../QrCodeImage';

/** One link in the list. */
export interface CreatedLinkRow {
  id: string;
  /** The organisation's name, in bold; null for a link without one. */
  name: string | null;
  /** A dimmed second line (the contact), when given. */
  detail?: string;
  /** The full URL with the token. */
  url: string;
  /** The copy field's accessible label. */
  copyLabel: string;
  /** The QR code's alt text and download file name, when the row shows one. */
  qr?: { alt: string; downloadName: string };
}

/** The modal's words, in the caller's namespace. */
export interface CreatedLinksTexts {
  title: string;
  shownOnce: string;
  downloadCsv: string;
  done: string;
  /** The QR codes' download link text (rows with `qr`). */
  downloadQr?: string;
}

export function CreatedLinksModal({
  rows,
  texts,
  onDownloadCsv,
  testIdNoun,
  onClose,
}: {
  rows: readonly CreatedLinkRow[];
  texts: CreatedLinksTexts;
  /** Writes the CSV; a failure is shown in the modal. */
  onDownloadCsv: () => void | Promise<void>;
  /** Test ids `created-<noun>s`, `<noun>s-csv`, `created-<noun>` (a row), `close-created-<noun>s`. */
  testIdNoun: string;
  onClose: () => void;
}) {
  const phone = usePhone();
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setExporting(true);
    setError(null);
    try {
      await onDownloadCsv();
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
      title={texts.title}
      size="xl"
      fullScreen={phone}
      closeOnClickOutside={false}
    >
      <Stack gap="sm" data-testid={`created-${testIdNoun}s`}>
        <Alert color="yellow" p="xs">
          {texts.shownOnce}
        </Alert>
        <Group>
          <Button
            onClick={() => void download()}
            loading={exporting}
            data-testid={`${testIdNoun}s-csv`}
          >
            {texts.downloadCsv}
          </Button>
        </Group>
        {Boolean(error) && <ErrorAlert error={error} />}
        <ScrollArea.Autosize mah={phone ? undefined : 480}>
          <Table verticalSpacing="xs" fz="sm">
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id} data-testid={`created-${testIdNoun}`}>
                  <Table.Td>
                    <Stack gap={4}>
                      <Text size="sm" fw={500}>
                        {row.name}
                      </Text>
                      {row.detail !== undefined && (
                        <Text size="xs" c="dimmed">
                          {row.detail}
                        </Text>
                      )}
                      <CopyField url={row.url} label={row.copyLabel} />
                    </Stack>
                  </Table.Td>
                  {row.qr && (
                    <Table.Td w={120}>
                      <QrCodeImage
                        url={row.url}
                        size={96}
                        alt={row.qr.alt}
                        download={
                          texts.downloadQr
                            ? { name: row.qr.downloadName, label: texts.downloadQr }
                            : undefined
                        }
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-testid={`close-created-${testIdNoun}s`}>
            {texts.done}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
