// Shorthands for writing the value-chain templates, and the support functions most clusters share
// (finance, training, R&D, public bodies, chambers, consultancy). Turkish first, then English.

import type { OrganisationType } from '../organisation/organisationTypes';
import type { SupportFunctionKind, ValueChainInput } from './valueChainSchema';

type StageDraft = ValueChainInput['stages'][number];
type SupportFunctionDraft = NonNullable<ValueChainInput['supportFunctions']>[number];

/** A stage from its id, [Turkish, English] name and description, codes and the stages it supplies. */
export function stage(
  id: string,
  name: readonly [string, string],
  description: readonly [string, string],
  naceCodes: readonly string[],
  suppliesTo?: readonly string[],
): StageDraft {
  return {
    id,
    name: { tr: name[0], en: name[1] },
    description: { tr: description[0], en: description[1] },
    naceCodes: [...naceCodes],
    ...(suppliesTo && { suppliesTo: [...suppliesTo] }),
  };
}

/** A support function from its id, kind, texts, codes and typical organisation types. */
export function supportFunction(
  id: string,
  kind: SupportFunctionKind,
  name: readonly [string, string],
  description: readonly [string, string],
  naceCodes: readonly string[],
  organisationTypes: readonly OrganisationType[],
): SupportFunctionDraft {
  return {
    id,
    kind,
    name: { tr: name[0], en: name[1] },
    description: { tr: description[0], en: description[1] },
    naceCodes: [...naceCodes],
    organisationTypes: [...organisationTypes],
  };
}

/** Banks, leasing, credit guarantees and insurance (64.19 banks, 64.91 leasing, 64.92 credit, 65.12 non-life insurance). */
export const FINANCE = supportFunction(
  'finance',
  'finance',
  ['Finansman', 'Finance'],
  [
    'Bankalar, leasing ve faktoring şirketleri, kredi garanti kuruluşları, sigorta ve yatırımcılar.',
    'Banks, leasing and factoring companies, credit guarantee institutions, insurers and investors.',
  ],
  ['64.19', '64.91', '64.92', '65.12'],
  ['finance'],
);

/** Vocational schools, universities and training providers (85.32, 85.41, 85.42, 85.59). */
export const TRAINING = supportFunction(
  'training',
  'training',
  ['Eğitim ve mesleki beceri', 'Training and skills'],
  [
    'Mesleki ve teknik Anadolu liseleri, meslek yüksekokulları, üniversiteler, halk eğitim ve özel eğitim kuruluşları.',
    'Vocational and technical high schools, vocational colleges, universities, adult education and private training providers.',
  ],
  ['85.32', '85.41', '85.42', '85.59'],
  ['university', 'public_agency', 'ngo', 'service_provider'],
);

/** University departments, research institutes and R&D centres (72.19 R&D in engineering). */
export const RESEARCH = supportFunction(
  'research',
  'research',
  ['Ar-Ge ve yenilik', 'Research and development'],
  [
    'Üniversitelerin ilgili bölümleri, araştırma enstitüleri, teknoparklar, firma Ar-Ge ve tasarım merkezleri.',
    'University departments, research institutes, technology parks, and company R&D and design centres.',
  ],
  ['72.19'],
  ['university', 'firm', 'public_agency'],
);

/** Ministries' provincial offices, development agencies, KOSGEB, municipalities (84.11, 84.13). */
export const PUBLIC_BODIES = supportFunction(
  'public_bodies',
  'public_body',
  ['Kamu kurumları', 'Public bodies'],
  [
    'Kalkınma ajansı, KOSGEB, bakanlıkların il müdürlükleri, valilik, belediyeler ve organize sanayi bölgesi yönetimleri.',
    'The development agency, KOSGEB (the SME agency), ministries’ provincial directorates, the governorship, municipalities and organised industrial zone administrations.',
  ],
  ['84.11', '84.13'],
  ['public_agency'],
);

/** Chambers of industry and commerce, sector and professional associations (94.11, 94.12). */
export const ASSOCIATIONS = supportFunction(
  'associations',
  'association',
  ['Odalar ve meslek kuruluşları', 'Chambers and associations'],
  [
    'Sanayi ve ticaret odaları, esnaf ve sanatkâr odaları, sektör dernekleri, meslek odaları ve ihracatçı birlikleri.',
    'Chambers of industry and commerce, chambers of craftsmen, sector associations, professional chambers and exporters’ associations.',
  ],
  ['94.11', '94.12'],
  ['chamber', 'ngo'],
);

/** Management, export and quality consultants (70.22 business and management consultancy). */
export const CONSULTANCY = supportFunction(
  'consultancy',
  'consultancy',
  ['Danışmanlık', 'Consultancy'],
  [
    'Yönetim, verimlilik, dış ticaret, kalite sistemleri ve proje danışmanları.',
    'Management, productivity, foreign trade, quality system and project consultants.',
  ],
  ['70.22'],
  ['service_provider'],
);
