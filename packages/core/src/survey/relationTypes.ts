// The kinds of relation a firm reports in the field study, and where the partner is.

/** From the respondent's side: "our supplier", "our customer", ... */
export const RELATION_TYPES = [
  'supplier',
  'customer',
  'subcontractor',
  'rd_partner',
  'training_partner',
  'export_partner',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Where the partner is, seen from the respondent. */
export const RELATION_LOCATIONS = ['same_city', 'same_region', 'same_country', 'abroad'] as const;
export type RelationLocation = (typeof RELATION_LOCATIONS)[number];

/** How often they work together. */
export const RELATION_FREQUENCIES = ['occasional', 'monthly', 'weekly', 'daily'] as const;
export type RelationFrequency = (typeof RELATION_FREQUENCIES)[number];
