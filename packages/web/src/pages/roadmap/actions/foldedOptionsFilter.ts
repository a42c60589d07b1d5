// A Mantine options filter that searches the Turkish way (i/İ, ı/I and accents folded, every word
// of the search somewhere in the label) and keeps groups whose options match.

import { matchesSearch } from '@kume/core';
import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';

export const foldedOptionsFilter: OptionsFilter = ({ options, search }) => {
  const matches = (option: ComboboxItem) => matchesSearch(search, [option.label]);
  return options.flatMap((option): ComboboxParsedItem[] => {
    if (!('group' in option)) return matches(option) ? [option] : [];
    const items = option.items.filter(matches);
    return items.length > 0 ? [{ ...option, items }] : [];
  });
};
