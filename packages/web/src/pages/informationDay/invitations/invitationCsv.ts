// The CSV of newly created invitations for a mail merge: organisation, contact, email and the
// personal link as an absolute URL (the only time the link can be had).

import { absoluteUrl, csvField } from '../../fieldStudy/questionnaires/distribution/linkCsv';
import type { CreatedInvitation } from '../eventTypes';

export interface InvitationCsvHeadings {
  organisation: string;
  contact: string;
  email: string;
  link: string;
}

/**
 * A heading row (in the UI language), then one row per invitation with its link made absolute on
 * `origin`; CRLF line ends, a byte-order mark first so Excel reads Turkish letters, and every
 * field neutralised against formulas (a name may start with "=").
 */
export function invitationCsv(
  invitations: readonly CreatedInvitation[],
  origin: string,
  headings: InvitationCsvHeadings,
): string {
  const lines = [
    [headings.organisation, headings.contact, headings.email, headings.link],
    ...invitations.map((invitation) => [
      invitation.organisationName,
      invitation.contactName,
      invitation.email,
      absoluteUrl(invitation.link, origin),
    ]),
  ];
  return '\uFEFF' + lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}
