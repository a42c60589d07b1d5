// Turkish and English labels of the relation enums: the relation question's form, the
// relations list and the cluster map all name relation types, locations and frequencies so.

import type { LocalText } from './localText';
import type { RelationFrequency, RelationLocation, RelationType } from './relationTypes';

/** Each type as the respondent reads it: "this organisation is our ...". */
export const RELATION_TYPE_LABELS: Record<RelationType, LocalText> = {
  supplier: { tr: 'Tedarikçi', en: 'Supplier' },
  customer: { tr: 'Müşteri', en: 'Customer' },
  subcontractor: { tr: 'Fason üretici (taşeron)', en: 'Subcontractor' },
  rd_partner: { tr: 'Ar-Ge ortağı', en: 'R&D partner' },
  training_partner: { tr: 'Eğitim ortağı', en: 'Training partner' },
  export_partner: { tr: 'İhracat ortağı', en: 'Export partner' },
};

/** Where the partner is, seen from the respondent. */
export const RELATION_LOCATION_LABELS: Record<RelationLocation, LocalText> = {
  same_city: { tr: 'Aynı ilde', en: 'In the same city' },
  same_region: { tr: 'Aynı bölgede (başka bir ilde)', en: 'In the same region (another city)' },
  same_country: { tr: 'Yurt içinde başka bir bölgede', en: 'Elsewhere in the country' },
  abroad: { tr: 'Yurt dışında', en: 'Abroad' },
};

/** How often the two work together. */
export const RELATION_FREQUENCY_LABELS: Record<RelationFrequency, LocalText> = {
  occasional: { tr: 'Ara sıra', en: 'Occasionally' },
  monthly: { tr: 'Her ay', en: 'Every month' },
  weekly: { tr: 'Her hafta', en: 'Every week' },
  daily: { tr: 'Her gün', en: 'Every day' },
};
