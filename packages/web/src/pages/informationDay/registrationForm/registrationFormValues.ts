// A guest's registration form (name, organisation, email, consent), shared by the public page
// and the walk-in at the door, with the consent check in the UI language.

import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../../forms/validateForm';

export interface RegistrationFormValues {
  name: string;
  organisation: string;
  email: string;
  consent: boolean;
}

export const emptyRegistration: RegistrationFormValues = {
  name: '',
  organisation: '',
  email: '',
  consent: false,
};

/** Core says "consent is needed to register" in English; people read this instead. */
export function consentErrors(values: RegistrationFormValues, t: TFunction): FieldErrors {
  return values.consent ? {} : { consent: t('informationDay:guest.consentRequired') };
}
