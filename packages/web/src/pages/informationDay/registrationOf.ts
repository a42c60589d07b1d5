// The guest a refusal names: the server puts the registration in an error's `details` for
// "already checked in" and "on the waiting list".

import type { Registration } from './eventTypes';

/** The registration in `details.registration` when it looks like one (an id and a name), else null. */
export function registrationOf(details: unknown): Registration | null {
  if (typeof details !== 'object' || details === null || !('registration' in details)) return null;
  const registration: unknown = details.registration;
  if (
    typeof registration === 'object' &&
    registration !== null &&
    'id' in registration &&
    'name' in registration &&
    typeof registration.id === 'string' &&
    typeof registration.name === 'string'
  )
    return registration as Registration;
  return null;
}
