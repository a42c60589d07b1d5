// The kinds of actor a cluster initiative registers, with the labels users type for them.

import { foldForSearch } from '../text/foldForSearch';

/** Organisation types of the registry, in the order the UI lists them. */
export const ORGANISATION_TYPES = [
  'firm',
  'supplier',
  'service_provider',
  'university',
  'chamber',
  'ngo',
  'public_agency',
  'finance',
  'other',
] as const;

export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Types counted as firms (businesses) by the readiness gate unless a project says otherwise. */
export const FIRM_TYPES: readonly OrganisationType[] = ['firm', 'supplier', 'service_provider'];

/** English and Turkish words accepted for each type in imports (compared after folding). */
const typeAliases: Record<OrganisationType, readonly string[]> = {
  firm: ['firm', 'company', 'business', 'sme', 'enterprise', 'firma', 'sirket', 'işletme', 'kobi'],
  supplier: ['supplier', 'vendor', 'tedarikci', 'tedarikçi'],
  service_provider: [
    'service provider',
    'service',
    'services',
    'hizmet saglayici',
    'hizmet sağlayıcı',
    'hizmet',
  ],
  university: [
    'university',
    'college',
    'research centre',
    'research center',
    'universite',
    'üniversite',
  ],
  chamber: [
    'chamber',
    'association',
    'chamber or association',
    'oda',
    'birlik',
    'dernek',
    'meslek odasi',
    'sanayi odasi',
    'ticaret odasi',
  ],
  ngo: [
    'ngo',
    'non-governmental organisation',
    'non-governmental organization',
    'stk',
    'sivil toplum kurulusu',
    'vakif',
  ],
  public_agency: [
    'public agency',
    'public',
    'government',
    'agency',
    'kamu',
    'kamu kurumu',
    'ajans',
    'kalkinma ajansi',
    'belediye',
    'mudurluk',
  ],
  finance: ['finance', 'bank', 'investor', 'finans', 'banka', 'yatirimci'],
  other: ['other', 'diger', 'diğer'],
};

function fold(text: string): string {
  return foldForSearch(text.replace(/_/g, ' '));
}

const typeByAlias = new Map<string, OrganisationType>();
for (const type of ORGANISATION_TYPES) {
  typeByAlias.set(fold(type), type);
  for (const alias of typeAliases[type]) typeByAlias.set(fold(alias), type);
}

/** Reads a type from a code or an English or Turkish word ("Üniversite", "chamber"); undefined if unknown. */
export function parseOrganisationType(text: string): OrganisationType | undefined {
  return typeByAlias.get(fold(text));
}
