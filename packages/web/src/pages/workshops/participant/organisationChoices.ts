// "Your organisation" on the join form: the working group's organisations and "other / not
// listed", searched the Turkish way (i/İ, ı/I and accents folded), and what the choice sends.

import { foldForSearch } from '@kume/core';
import type { ComboboxItem, OptionsFilter } from '@mantine/core';

/** The value of "other / not listed": joins without an organisation. */
export const OTHER_ORGANISATION = 'other';

/** The select's options: the organisations in the order given, then "other / not listed". */
export function organisationChoices(
  organisations: readonly { id: string; name: string }[],
  otherLabel: string,
): ComboboxItem[] {
  return [
    ...organisations.map(({ id, name }) => ({ value: id, label: name })),
    { value: OTHER_ORGANISATION, label: otherLabel },
  ];
}

/** Options whose name contains the search, folded; "other / not listed" always stays. */
export const organisationFilter: OptionsFilter = ({ options, search }) => {
  const wanted = foldForSearch(search);
  return options.filter(
    (option) =>
      'group' in option ||
      option.value === OTHER_ORGANISATION ||
      foldForSearch(option.label).includes(wanted),
  );
};

/** The hello's organisationId for a choice: none for no choice and for "other / not listed". */
export function chosenOrganisationId(value: string | null): string | null {
  return value === null || value === OTHER_ORGANISATION ? null : value;
}
