// The words of the roadmap items Kume writes itself (gap titles, cluster details, source labels),
// in Turkish and English; typed text (a factor, a skill, a vision) is never translated.

import type { Gap, GapKind } from '../network/gapAnalysis';
import type { LocalText } from '../survey/localText';
import type { ClusterStanding, ClusterEvidence } from './strongAndEmergingClusters';

const same = (text: string): LocalText => ({ tr: text, en: text });

/** A number in both languages' conventions: 4.200 and 1,85 in Turkish, 4,200 and 1.85 in English. */
function numberText(value: number, digits: number): LocalText {
  const format = (locale: string) =>
    new Intl.NumberFormat(locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value);
  return { tr: format('tr-TR'), en: format('en-GB') };
}

const GAP_TITLES: Record<GapKind, (subject: LocalText) => LocalText> = {
  empty_stage: (s) => ({ tr: `Eksik aşama: ${s.tr}`, en: `Missing stage: ${s.en}` }),
  thin_stage: (s) => ({ tr: `Az aktörlü aşama: ${s.tr}`, en: `Thin stage: ${s.en}` }),
  inputs_from_outside: (s) => ({
    tr: `Girdiler bölge dışından: ${s.tr}`,
    en: `Inputs bought outside the region: ${s.en}`,
  }),
  no_ties_between_stages: (s) => ({
    tr: `Aşamalar arası bağ eksik: ${s.tr}`,
    en: `Missing ties between stages: ${s.en}`,
  }),
  weak_supplier_industry: (s) => ({
    tr: `Zayıf tedarikçi sektör: ${s.tr}`,
    en: `Weak supplier industry: ${s.en}`,
  }),
};

/** A gap's title, from the names of its stages (or its industry code, or its name given). */
export function gapTitle(gap: Gap, stageName: (id: string) => LocalText): LocalText {
  let subject: LocalText;
  if (gap.stages) {
    const [from, to] = gap.stages.map(stageName) as [LocalText, LocalText];
    subject = { tr: `${from.tr} → ${to.tr}`, en: `${from.en} → ${to.en}` };
  } else if (gap.stage !== undefined) subject = stageName(gap.stage);
  else subject = same(gap.industry ?? '');
  return GAP_TITLES[gap.kind](subject);
}

/** What the statistics say of a strong, emerging or focus cluster, in one sentence. */
export function clusterDetail(cluster: ClusterEvidence, standing: ClusterStanding): LocalText {
  const lead: Record<ClusterStanding, LocalText> = {
    strong: { tr: 'Bölgede güçlü küme', en: 'Strong cluster in the region' },
    emerging: { tr: 'Gelişmekte olan küme', en: 'Emerging cluster' },
    focus: { tr: 'Girişimin odak kümesi', en: 'Focus cluster of the initiative' },
  };
  const parts: LocalText[] = [];
  if (cluster.lq !== null) {
    const lq = numberText(cluster.lq, 2);
    parts.push({ tr: `LQ ${lq.tr}`, en: `LQ ${lq.en}` });
  }
  const jobs = numberText(cluster.employment, 0);
  parts.push({ tr: `${jobs.tr} çalışan`, en: `${jobs.en} jobs` });
  if (cluster.growthPercent !== null) {
    const growth = numberText(Math.abs(cluster.growthPercent), 1);
    parts.push(
      cluster.growthPercent >= 0
        ? {
            tr: `istihdam yılda %${growth.tr} artıyor`,
            en: `employment growing ${growth.en}% a year`,
          }
        : {
            tr: `istihdam yılda %${growth.tr} azalıyor`,
            en: `employment falling ${growth.en}% a year`,
          },
    );
  }
  if (standing === 'emerging' && cluster.growthPercent !== null) {
    const faster = numberText(cluster.growthPercent - (cluster.benchmarkGrowthPercent ?? 0), 1);
    parts.push({
      tr: `karşılaştırmadan ${faster.tr} puan hızlı`,
      en: `${faster.en} points faster than the benchmark`,
    });
  }
  return {
    tr: `${lead[standing].tr}: ${parts.map((p) => p.tr).join('; ')}.`,
    en: `${lead[standing].en}: ${parts.map((p) => p.en).join(', ')}.`,
  };
}

export const itemWords = {
  vision: { tr: 'Vizyon', en: 'Vision' } satisfies LocalText,
  clusterMap: { tr: 'Küme haritası', en: 'Cluster map' } satisfies LocalText,
  /** "Dataset, region name, year". */
  statistics: (dataset: string, region: string, year: number): LocalText =>
    same(`${dataset}, ${region}, ${year}`),
  /** Text typed by a person, shown as it was typed in either language. */
  typed: same,
};
