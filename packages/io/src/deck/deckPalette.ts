// The deck's colours: a calm navy and grey with one orange accent, a colour per organisation
// type for the cluster map and per location-quotient class for the region map.

import type { LqClass, OrganisationType } from '@kume/core';

export const PALETTE = {
  primary: '1F4E79',
  primaryDark: '163A5C',
  accent: 'D9730D',
  text: '1F2933',
  muted: '5F6B7A',
  rule: 'C9D3DE',
  cardFill: 'EEF3F8',
  laneFill: 'F4F6F9',
  noticeFill: 'FFF3E0',
  noticeLine: 'E5A04B',
  edge: '8A9BB0',
  white: 'FFFFFF',
  success: '2E7D4F',
} as const;

/** Series colours for lines, doughnut slices and multi-series bars. */
export const SERIES_COLOURS = [
  '1F4E79',
  'D9730D',
  '2E7D4F',
  '7B4FA0',
  '3A86C8',
  'B8433A',
  '8C8C3C',
  '5F6B7A',
  'C79A16',
];

export const TYPE_COLOURS: Record<OrganisationType, string> = {
  firm: '1F4E79',
  supplier: '3A86C8',
  service_provider: '7FB2DE',
  university: '2E7D4F',
  chamber: 'D9730D',
  ngo: 'C79A16',
  public_agency: '7B4FA0',
  finance: 'B8433A',
  other: '8A8F98',
};

/** Region map fills: light to dark blue as the LQ rises (the darkest is the deck's navy), grey for no data. */
export const LQ_CLASS_COLOURS: Record<LqClass, string> = {
  below: 'DCE6F1',
  about: 'A7C1DC',
  above: '5B8DBE',
  strong: '1F4E79',
  none: 'C9C9C9',
};
