// The Information Day API's answers, as the server exports them (apiTypes.ts), under the names
// these pages use: one place to import them from.

import type { RegistrationList } from '@kume/server';

export type {
  EventDetail,
  EventPolls,
  EventSummary,
  Invitation,
  /** An invitation just created: its link (`/e/i/<token>`) is shown this once. */
  IssuedInvitation as CreatedInvitation,
  PublicEvent,
  PublicInvitation,
  PublicRegistration,
  Registration,
  RegistrationList,
} from '@kume/server';

/** The event's counts by state, beside the guest list. */
export type RegistrationCounts = RegistrationList['counts'];
