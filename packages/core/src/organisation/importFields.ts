// The fields an organisation import can fill, and the column headings that suggest each.

import { foldForSearch } from '../text/foldForSearch';

export const IMPORT_FIELDS = [
  'name',
  'type',
  'industryCode',
  'valueChainStage',
  'employees',
  'district',
  'city',
  'address',
  'website',
  'latitude',
  'longitude',
  'notes',
  'contactName',
  'contactRole',
  'contactEmail',
  'contactPhone',
  'contactConsent',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Which column (0-based) feeds each field; a field left out is not imported. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

const headingAliases: Record<ImportField, readonly string[]> = {
  name: [
    'name',
    'organisation',
    'organization',
    'organisation name',
    'organization name',
    'company',
    'company name',
    'firm',
    'ad',
    'adi',
    'unvan',
    'firma',
    'firma adi',
    'kurum',
    'kurum adi',
    'kurulus',
    'kurulus adi',
  ],
  type: [
    'type',
    'organisation type',
    'organization type',
    'actor type',
    'category',
    'tur',
    'turu',
    'kurum turu',
    'kategori',
    'tip',
  ],
  industryCode: [
    'industry code',
    'industry',
    'nace',
    'nace code',
    'naics',
    'naics code',
    'sector code',
    'nace kodu',
    'sektor kodu',
    'faaliyet kodu',
  ],
  valueChainStage: [
    'value chain stage',
    'value-chain stage',
    'stage',
    'deger zinciri',
    'deger zinciri asamasi',
    'asama',
  ],
  employees: [
    'employees',
    'employee count',
    'staff',
    'size',
    'number of employees',
    'calisan',
    'calisan sayisi',
    'personel',
    'personel sayisi',
    'istihdam',
  ],
  district: ['district', 'county', 'ilce'],
  city: ['city', 'province', 'town', 'il', 'sehir'],
  address: ['address', 'adres'],
  website: ['website', 'web site', 'web', 'url', 'web sitesi', 'internet sitesi'],
  latitude: ['latitude', 'lat', 'enlem'],
  longitude: ['longitude', 'lon', 'lng', 'long', 'boylam'],
  notes: ['notes', 'note', 'comments', 'remarks', 'notlar', 'not', 'aciklama'],
  contactName: [
    'contact',
    'contact name',
    'contact person',
    'yetkili',
    'yetkili adi',
    'iletisim kisisi',
    'ilgili kisi',
  ],
  contactRole: ['contact role', 'role', 'position', 'title', 'gorev', 'unvani', 'pozisyon'],
  contactEmail: ['email', 'e-mail', 'contact email', 'e-posta', 'eposta', 'mail'],
  contactPhone: ['phone', 'telephone', 'contact phone', 'tel', 'telefon', 'gsm'],
  contactConsent: [
    'consent',
    'consent to contact',
    'contact consent',
    'izin',
    'iletisim izni',
    'kvkk',
    'kvkk onayi',
  ],
};

const fieldByHeading = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) {
  for (const alias of headingAliases[field]) fieldByHeading.set(foldForSearch(alias), field);
  fieldByHeading.set(foldForSearch(field.replace(/([A-Z])/g, ' $1')), field);
}

/** Guesses the mapping from column headings in English or Turkish; each field takes its first matching column. */
export function suggestColumnMapping(headings: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headings.forEach((heading, index) => {
    const field = fieldByHeading.get(foldForSearch(heading.replace(/[_*:]+/g, ' ')));
    if (field && mapping[field] === undefined) mapping[field] = index;
  });
  return mapping;
}

/** Spreadsheet column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
