// Whether the screen is phone-sized (below Mantine's `sm` breakpoint), known from the first
// render so lists do not flash as tables before turning into cards.

import { useMediaQuery } from '@mantine/hooks';

export function usePhone(): boolean {
  return useMediaQuery('(max-width: 48em)', undefined, { getInitialValueInEffect: false });
}
