// The workshops' section of the roadmap document (TR/EN): the confirmed vision, the weighted key
// success factors with their quadrant in words, the ranked skills gaps; plainly saying what is
// not available yet. Blocks only, no markup: the roadmap renders them (issue 8).

import type { ReportBlock, ReportLanguage, ReportSection } from '../report/reportDocument';
import type { IpaQuadrant } from './importancePerformance';
import type { WorkshopResults } from './workshopResults';

// The report's types live with the document now; re-exported so existing imports keep working.
export type { ReportBlock, ReportLanguage, ReportSection } from '../report/reportDocument';

/** The kinds of block this section is made of (the API's response schema lists just these). */
export type WorkshopReportBlock = Extract<ReportBlock, { kind: 'heading' | 'paragraph' | 'table' }>;

export interface WorkshopReportSection extends ReportSection {
  blocks: WorkshopReportBlock[];
}

/** Which workshop a part comes from, and when it closed (ISO 8601). */
interface ReportSource {
  title: string;
  closedAt: string;
}

/** The project's workshop results (the server's ProjectWorkshopResults has this shape). */
export interface WorkshopReportInput {
  vision: (ReportSource & { text: string; confirmedBy: number }) | null;
  factors: (ReportSource & { items: WorkshopResults['factors'] }) | null;
  skills: (ReportSource & { items: WorkshopResults['skills'] }) | null;
}

/** Shown in a table cell that has no value (not weighted, not rated). */
const MISSING = '–';

interface Wording {
  title: string;
  vision: string;
  factors: string;
  skills: string;
  notHeld: Record<'vision' | 'factors' | 'skills', string>;
  source: (title: string, date: string) => string;
  confirmed: (count: number) => string;
  factorNotes: string;
  notWeighted: string;
  concentrate: (names: string) => string;
  factorColumns: string[];
  quadrants: Record<IpaQuadrant, string>;
  skillNotes: string;
  skillColumns: string[];
  locale: string;
}

const WORDING: Record<ReportLanguage, Wording> = {
  en: {
    title: 'Workshop results',
    vision: 'Vision',
    factors: 'Key success factors',
    skills: 'Requisite skills and capabilities',
    notHeld: {
      vision: 'The vision workshop has not been held yet.',
      factors: 'The key success factor workshop has not been held yet.',
      skills: 'The requisite skills and capabilities workshop has not been held yet.',
    },
    source: (title, date) => `From the workshop “${title}”, closed on ${date}.`,
    confirmed: (count) =>
      count === 0
        ? 'No participant has confirmed it yet.'
        : `Confirmed by ${count} participant${count === 1 ? '' : 's'}.`,
    factorNotes:
      "Weight: the factor's share of the group's weighting. Performance: the group's mean rating of the cluster today, from 1 (very weak) to 5 (very strong). The quadrant compares both with their means over the factors.",
    notWeighted: 'The factors have not been weighted yet.',
    concentrate: (names) => `Concentrate here: ${names}.`,
    factorColumns: ['Success factor', 'Weight (%)', 'Performance (1-5)', 'Quadrant'],
    quadrants: {
      concentrate_here: 'Concentrate here (important, weak today)',
      keep_up: 'Keep up the good work (important, strong today)',
      low_priority: 'Low priority (less important, weak today)',
      possible_overkill: 'Possible overkill (less important, strong today)',
    },
    skillNotes:
      'Mean ratings from 1 to 5. Gap: required level minus current level. Priority: importance × gap; the list is ranked by priority.',
    skillColumns: [
      'Rank',
      'Skill or capability',
      'Success factor',
      'Importance',
      'Current level',
      'Required level',
      'Gap',
      'Priority',
    ],
    locale: 'en-GB',
  },
  tr: {
    title: 'Çalıştay sonuçları',
    vision: 'Vizyon',
    factors: 'Kilit başarı faktörleri',
    skills: 'Gerekli beceri ve yetkinlikler',
    notHeld: {
      vision: 'Vizyon çalıştayı henüz yapılmadı.',
      factors: 'Kilit başarı faktörleri çalıştayı henüz yapılmadı.',
      skills: 'Gerekli beceri ve yetkinlikler çalıştayı henüz yapılmadı.',
    },
    source: (title, date) => `“${title}” çalıştayından; ${date} tarihinde kapandı.`,
    confirmed: (count) =>
      count === 0 ? 'Henüz hiçbir katılımcı onaylamadı.' : `${count} katılımcı onayladı.`,
    factorNotes:
      'Ağırlık: faktörün grubun ağırlıklandırmasındaki payı. Performans: grubun kümenin bugünkü durumuna verdiği ortalama puan, 1 (çok zayıf) ile 5 (çok güçlü) arası. Bölge, ikisini faktörlerin ortalamalarıyla karşılaştırır.',
    notWeighted: 'Faktörler henüz ağırlıklandırılmadı.',
    concentrate: (names) => `Odaklanılacak faktörler: ${names}.`,
    factorColumns: ['Başarı faktörü', 'Ağırlık (%)', 'Performans (1-5)', 'Bölge'],
    quadrants: {
      concentrate_here: 'Buraya odaklanın (önemli, bugün zayıf)',
      keep_up: 'İyi işe devam (önemli, bugün güçlü)',
      low_priority: 'Düşük öncelik (daha az önemli, bugün zayıf)',
      possible_overkill: 'Olası aşırı çaba (daha az önemli, bugün güçlü)',
    },
    skillNotes:
      'Ortalama puanlar 1-5 arası. Açık: gereken düzey eksi bugünkü düzey. Öncelik: önem × açık; liste önceliğe göre sıralıdır.',
    skillColumns: [
      'Sıra',
      'Beceri veya yetkinlik',
      'Başarı faktörü',
      'Önem',
      'Bugünkü düzey',
      'Gereken düzey',
      'Açık',
      'Öncelik',
    ],
    locale: 'tr-TR',
  },
};

/** A number rounded to `digits` decimals, or the missing mark. */
function cell(value: number | null, digits: number): number | string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** The day an ISO timestamp falls on (UTC), as written in the language; the text when unreadable. */
function day(iso: string, words: Wording): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(words.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function visionBlocks(
  vision: WorkshopReportInput['vision'],
  words: Wording,
): WorkshopReportBlock[] {
  if (!vision) return [{ kind: 'paragraph', text: words.notHeld.vision }];
  return [
    { kind: 'paragraph', text: vision.text },
    {
      kind: 'paragraph',
      text: `${words.confirmed(vision.confirmedBy)} ${words.source(vision.title, day(vision.closedAt, words))}`,
    },
  ];
}

function factorBlocks(
  factors: WorkshopReportInput['factors'],
  words: Wording,
): WorkshopReportBlock[] {
  if (!factors || factors.items.length === 0)
    return [{ kind: 'paragraph', text: words.notHeld.factors }];
  // Heaviest first; factors without a weight keep their order at the end.
  const items = factors.items
    .map((factor, position) => ({ factor, position }))
    .sort(
      (a, b) =>
        Number(a.factor.weight === null) - Number(b.factor.weight === null) ||
        (b.factor.weight ?? 0) - (a.factor.weight ?? 0) ||
        a.position - b.position,
    )
    .map(({ factor }) => factor);
  const blocks: WorkshopReportBlock[] = [
    { kind: 'paragraph', text: words.source(factors.title, day(factors.closedAt, words)) },
  ];
  if (items.every((factor) => factor.weight === null))
    blocks.push({ kind: 'paragraph', text: words.notWeighted });
  const concentrate = items.filter((factor) => factor.quadrant === 'concentrate_here');
  if (concentrate.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: words.concentrate(concentrate.map((factor) => factor.text).join('; ')),
    });
  blocks.push(
    {
      kind: 'table',
      columns: words.factorColumns,
      rows: items.map((factor) => [
        factor.text,
        cell(factor.weight === null ? null : factor.weight * 100, 1),
        cell(factor.performance, 2),
        factor.quadrant ? words.quadrants[factor.quadrant] : MISSING,
      ]),
    },
    { kind: 'paragraph', text: words.factorNotes },
  );
  return blocks;
}

function skillBlocks(
  skills: WorkshopReportInput['skills'],
  factors: WorkshopReportInput['factors'],
  words: Wording,
): WorkshopReportBlock[] {
  if (!skills || skills.items.length === 0)
    return [{ kind: 'paragraph', text: words.notHeld.skills }];
  // A skill's heading is a success factor of the project's results; an unknown id shows as missing.
  const factorText = new Map((factors?.items ?? []).map(({ id, text }) => [id, text]));
  return [
    { kind: 'paragraph', text: words.source(skills.title, day(skills.closedAt, words)) },
    {
      kind: 'table',
      columns: words.skillColumns,
      rows: skills.items.map((skill) => [
        skill.rank,
        skill.text,
        (skill.factorId !== null ? factorText.get(skill.factorId) : undefined) ?? MISSING,
        cell(skill.importance, 2),
        cell(skill.current, 2),
        cell(skill.required, 2),
        cell(skill.gap, 2),
        cell(skill.priority, 2),
      ]),
    },
    { kind: 'paragraph', text: words.skillNotes },
  ];
}

/**
 * The workshops' section of the roadmap document in `lang`: a heading and its blocks for the
 * vision, the key success factors (heaviest first, weight in %, performance 1-5, quadrant in
 * words) and the skills gaps (ranked by priority); a part no closed workshop has yet says so.
 * Numbers are rounded (weights to 0.1 %, ratings to 0.01) and left for the renderer to format.
 */
export function workshopReportSection(
  results: WorkshopReportInput,
  lang: ReportLanguage,
): WorkshopReportSection {
  const words = WORDING[lang];
  return {
    title: words.title,
    blocks: [
      { kind: 'heading', text: words.vision },
      ...visionBlocks(results.vision, words),
      { kind: 'heading', text: words.factors },
      ...factorBlocks(results.factors, words),
      { kind: 'heading', text: words.skills },
      ...skillBlocks(results.skills, results.factors, words),
    ],
  };
}
