// The personal links just created: their URLs are shown only now (the server keeps a hash of the
// token, not the token), each with a copy button and a QR code, and a CSV for a mail merge.

import { useTranslation } from 'react-i18next';
import { CreatedLinksModal } from '../../../../components/createdLinks/CreatedLinksModal';
import { fetchOrganisation } from '../../../stakeholders/stakeholderQueries';
import { downloadFile, fileNameOf } from '../../../statistics/charts/downloadFile';
import type { RespondentLinkView } from '../../types';
import { absoluteUrl, linkCsv, type LinkCsvRow } from './linkCsv';

/** The first contact address of an organisation, preferring those who agreed to be contacted. */
async function contactEmail(slug: string, organisationId: string | null): Promise<string> {
  if (!organisationId) return '';
  const organisation = await fetchOrganisation(slug, organisationId);
  const withEmail = organisation.contacts.filter((contact) => contact.email);
  return (withEmail.find((contact) => contact.consentToContact) ?? withEmail[0])?.email ?? '';
}

export function CreatedRespondentLinksModal({
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
  const withUrl = links.flatMap((link) =>
    link.url ? [{ ...link, fullUrl: absoluteUrl(link.url, window.location.origin) }] : [],
  );

  const downloadCsv = async () => {
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
  };

  return (
    <CreatedLinksModal
      rows={withUrl.map((link) => ({
        id: link.id,
        name: link.organisationName,
        url: link.fullUrl,
        copyLabel: link.organisationName ?? t('links.url'),
        qr: {
          alt: t('distribution.qrAlt', { name: link.organisationName ?? 'link' }),
          downloadName: link.organisationName ?? 'link',
        },
      }))}
      texts={{
        title: t('links.createdTitle', { count: withUrl.length }),
        shownOnce: t('links.shownOnce'),
        downloadCsv: t('links.downloadCsv'),
        done: t('links.done'),
        downloadQr: t('distribution.downloadQr'),
      }}
      onDownloadCsv={downloadCsv}
      testIdNoun="link"
      onClose={onClose}
    />
  );
}
