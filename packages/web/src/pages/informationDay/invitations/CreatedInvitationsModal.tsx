// The personal invitation links just made: shown only now (the server keeps hashes), with a CSV
// for a mail merge and each link to copy.

import { useTranslation } from 'react-i18next';
import { CreatedLinksModal } from '../../../components/createdLinks/CreatedLinksModal';
import { absoluteUrl } from '../../fieldStudy/questionnaires/distribution/linkCsv';
import { downloadFile, fileNameOf } from '../../statistics/charts/downloadFile';
import type { CreatedInvitation } from '../eventTypes';
import { invitationCsv } from './invitationCsv';

export function CreatedInvitationsModal({
  title,
  invitations,
  onClose,
}: {
  /** The event's title, for the file name. */
  title: string;
  invitations: readonly CreatedInvitation[];
  onClose: () => void;
}) {
  const { t } = useTranslation('informationDay');
  const origin = window.location.origin;
  const download = () => {
    const csv = invitationCsv(invitations, origin, {
      organisation: t('invitations.csvOrganisation'),
      contact: t('invitations.csvContact'),
      email: t('invitations.csvEmail'),
      link: t('invitations.csvLink'),
    });
    downloadFile(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      `${fileNameOf(title)}-invitations.csv`,
    );
  };

  return (
    <CreatedLinksModal
      rows={invitations.map((invitation) => ({
        id: invitation.id,
        name: invitation.organisationName,
        detail:
          [invitation.contactName, invitation.email].filter(Boolean).join(' · ') ||
          t('invitations.noContact'),
        url: absoluteUrl(invitation.link, origin),
        copyLabel: invitation.organisationName,
      }))}
      texts={{
        title: t('invitations.createdTitle', { count: invitations.length }),
        shownOnce: t('invitations.shownOnce'),
        downloadCsv: t('invitations.downloadCsv'),
        done: t('invitations.done'),
      }}
      onDownloadCsv={download}
      testIdNoun="invitation"
      onClose={onClose}
    />
  );
}
