// The indicators of Turkey's cluster support programme (Kümelenme Destek Programı, Ministry of
// Industry and Technology), preset so a roadmap can track what the programme will ask for.

import type { IsoDate } from '../brand';
import type { LocalText } from '../survey/localText';
import type { IndicatorInput } from './actionInput';

export interface IndicatorPreset {
  code: string;
  /** The programme's indicator it measures, 1-6, in the order the programme lists them. */
  programmeIndicator: number;
  name: LocalText;
  description: LocalText;
  /** A count: "adet" and "number" are the same unit (normaliseUnit). */
  unit: LocalText;
}

const count: LocalText = { tr: 'adet', en: 'number' };

/**
 * The programme's six progress indicators (kumelenme.sanayi.gov.tr, "Program Hakkında"; the
 * names here are ours, shortened). The fifth counts two things, the shared facilities and the
 * firms using them, so it is preset as two indicators: a value has one number.
 */
export const CLUSTER_SUPPORT_PROGRAMME_INDICATORS: readonly IndicatorPreset[] = [
  {
    code: 'kdp_accredited_coordinating_bodies',
    programmeIndicator: 1,
    name: {
      tr: 'Akredite koordinatör kuruluş sayısı',
      en: 'Accredited coordinating bodies',
    },
    description: {
      tr: 'Kümeyi koordine etmek ve yönetmek için kurulan, yasal statüsü olan ve Bakanlıkça akredite edilen kuruluşlar.',
      en: 'Bodies with a legal status set up to coordinate and manage the cluster, accredited by the Ministry.',
    },
    unit: count,
  },
  {
    code: 'kdp_active_universities',
    programmeIndicator: 2,
    name: { tr: 'Kümede aktif üniversite sayısı', en: 'Active universities in the cluster' },
    description: {
      tr: 'Küme çalışmalarında aktif rol alan üniversiteler.',
      en: "Universities taking an active part in the cluster's work.",
    },
    unit: count,
  },
  {
    code: 'kdp_active_firms',
    programmeIndicator: 3,
    name: { tr: 'Kümede aktif işletme sayısı', en: 'Active firms in the cluster' },
    description: {
      tr: 'Küme çalışmalarında aktif rol alan işletmeler.',
      en: "Firms taking an active part in the cluster's work.",
    },
    unit: count,
  },
  {
    code: 'kdp_firms_improving_cooperation',
    programmeIndicator: 4,
    name: {
      tr: 'İşbirliğini geliştiren işletme sayısı',
      en: 'Firms improving their cooperation',
    },
    description: {
      tr: 'Küme sayesinde diğer işletmelerle işbirliğinin düzeyini ve niteliğini artıran işletmeler.',
      en: 'Firms that raised the level and quality of their cooperation with other firms through the cluster.',
    },
    unit: count,
  },
  {
    code: 'kdp_shared_facilities',
    programmeIndicator: 5,
    name: { tr: 'Ortak kullanım tesisi sayısı', en: 'Shared facilities' },
    description: {
      tr: 'Küme çalışmaları sonucunda kurulan ortak kullanım yapıları (laboratuvar, test merkezi, atölye).',
      en: "Facilities for shared use set up through the cluster's work (laboratory, testing centre, workshop).",
    },
    unit: count,
  },
  {
    code: 'kdp_shared_facility_users',
    programmeIndicator: 5,
    name: {
      tr: 'Ortak kullanım tesislerinden yararlanan işletme sayısı',
      en: 'Firms using the shared facilities',
    },
    description: {
      tr: 'Küme sayesinde kurulan ortak kullanım yapılarından yararlanan işletmeler.',
      en: "Firms using the shared facilities set up through the cluster's work.",
    },
    unit: count,
  },
  {
    code: 'kdp_new_products',
    programmeIndicator: 6,
    name: { tr: 'Yeni ürün sayısı', en: 'New products' },
    description: {
      tr: 'Küme çalışmaları sonucunda piyasaya sürülen yeni, yenilenmiş veya geliştirilmiş ürünler.',
      en: "New, renewed or improved products brought to market through the cluster's work.",
    },
    unit: count,
  },
];

/**
 * An indicator input from a preset, in `lang`, with the baseline and target the facilitator
 * sets; undefined for an unknown code.
 */
export function indicatorFromPreset(
  code: string,
  lang: 'tr' | 'en',
  figures: { baseline: number; baselineOn: IsoDate; target: number; dueOn: IsoDate },
): Omit<IndicatorInput, 'id'> | undefined {
  const preset = CLUSTER_SUPPORT_PROGRAMME_INDICATORS.find((p) => p.code === code);
  if (!preset) return undefined;
  return { name: preset.name[lang], unit: preset.unit[lang], presetCode: preset.code, ...figures };
}
