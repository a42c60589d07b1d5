// Guests' tickets: the token in the QR code and the ticket link; only its SHA-256 is stored.

import { createHmac } from 'node:crypto';
import { hashToken, newToken } from '../auth/tokens';

export interface Ticket {
  /** 43 base64url characters, shown to the guest once (in the ticket link and its QR code). */
  token: string;
  sha256: string;
}

/** A fresh random ticket (32 random bytes). */
export function newTicket(): Ticket {
  const token = newToken();
  return { token, sha256: hashToken(token) };
}

/**
 * The ticket of a registration made through an invitation: HMAC-SHA-256 keyed by the invitation's
 * link token, of the registration's id. Whoever holds the personal link can see the ticket again
 * (the invitation page shows it) although only hashes are stored; without the link it is as
 * unguessable as a random ticket. A new link (inviting again) gives a new ticket.
 */
export function invitationTicket(invitationToken: string, registrationId: string): Ticket {
  const token = createHmac('sha256', invitationToken)
    .update(`kume-ticket:${registrationId}`)
    .digest('base64url');
  return { token, sha256: hashToken(token) };
}
