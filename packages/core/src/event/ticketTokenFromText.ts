// Reads the ticket token out of the text a phone's camera got from a guest's QR code: the ticket
// URL `<origin>/e/ticket/<token>` (with or without the origin, a query or a trailing slash) or the
// bare token. Anything else is not a ticket.

/** A ticket token: 32 random bytes in base64url, without padding (43 characters). */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** The ticket page's path, after any origin; a query, fragment or trailing slash may follow. */
const TICKET_PATH = /^\/e\/ticket\/([^/?#]+)\/?(?:[?#].*)?$/;
/** An absolute http(s) URL's origin: scheme and host with an optional port. */
const ORIGIN = /^https?:\/\/[^/?#\s]+/i;

export const TICKET_PATH_PREFIX = '/e/ticket/';

/** The ticket page's path for a token, as the guest's QR code carries it after the origin. */
export function ticketPath(token: string): string {
  return `${TICKET_PATH_PREFIX}${token}`;
}

/**
 * The token in a scanned text, or null when the text is not a ticket. Surrounding white space is
 * ignored (some scanners add a line break); the token itself must be exactly 43 base64url characters.
 */
export function ticketTokenFromText(text: string): string | null {
  const trimmed = text.trim();
  if (TOKEN.test(trimmed)) return trimmed;
  const path = trimmed.replace(ORIGIN, '');
  const match = TICKET_PATH.exec(path);
  const token = match?.[1];
  return token !== undefined && TOKEN.test(token) ? token : null;
}
