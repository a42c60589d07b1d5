// Errors a route throws to answer with a status, a stable code and a message for people.

export type ErrorCode =
  | 'bad_request'
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'csrf'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_file'
  | 'import_invalid'
  | 'rate_limited'
  | 'not_open'
  | 'closed'
  | 'already_submitted'
  | 'no_success_factors'
  // The Information Day (issue 7).
  | 'capacity_below_registered'
  | 'duplicate_email'
  | 'event_full'
  | 'registration_closed'
  | 'already_registered'
  | 'ticket_not_found'
  | 'already_checked_in'
  | 'registration_cancelled'
  | 'waitlisted'
  | 'polls_started'
  | 'unsupported_image'
  | 'pdf_unavailable'
  | 'item_linked'
  | 'indicator_has_values'
  | 'internal';

export interface ErrorIssue {
  /** Where: a field path ("organisationIds.0"), or "row 4, column C (Employees)" for files. */
  path: string;
  message: string;
}

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly issues: ErrorIssue[] = [],
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found`);
export const forbidden = (message = 'your role in this project does not allow this') =>
  new HttpError(403, 'forbidden', message);
export const unauthorized = () => new HttpError(401, 'unauthorized', 'sign in first');
export const badRequest = (message: string, issues: ErrorIssue[] = []) =>
  new HttpError(400, 'bad_request', message, issues);
