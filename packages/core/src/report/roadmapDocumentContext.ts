// What every section of the roadmap document shares: its words, numbers, days and money in the
// language's convention, the actions' numbers, and the items by key (dismissed ones left out).

import { deckFormat, type DeckFormat } from '../deck/deckFormat';
import { localText } from '../survey/localText';
import type { ReportBlock, ReportLanguage } from './reportDocument';
import type {
  RoadmapDocumentAction,
  RoadmapDocumentIndicator,
  RoadmapDocumentInput,
  RoadmapDocumentItem,
  RoadmapSourceName,
} from './roadmapDocumentInput';
import { ROADMAP_DOCUMENT_WORDS, type RoadmapDocumentWords } from './roadmapDocumentWords';
import { CLUSTER_SUPPORT_PROGRAMME_INDICATORS } from '../roadmap/clusterSupportProgrammeIndicators';

/** Shown in a table cell that has no value. */
export const MISSING = '–';

export interface RoadmapContext {
  input: RoadmapDocumentInput;
  language: ReportLanguage;
  words: RoadmapDocumentWords;
  format: DeckFormat;
  /** 15.03.2027 / 15 Mar 2027; the text itself when it is no day. */
  day: (iso: string) => string;
  /** 03.2027 / 03/2027. */
  month: (iso: string) => string;
  /** 1.250.000 TL / TRY 1,250,000 (whole units). */
  money: (value: number, currency: string) => string;
  /** TL for TRY in Turkish, else the code. */
  currencyName: (currency: string) => string;
  /** A number in running text with up to `digits` decimals (none when whole). */
  number: (value: number, digits?: number) => string;
  /** The items not dismissed, in the roadmap's order. */
  items: RoadmapDocumentItem[];
  itemByKey: Map<string, RoadmapDocumentItem>;
  /** E1 / A1 by action id. */
  actionCode: Map<string, string>;
  /**
   * The codes of the actions that address an item ('E1, E3'), or the missing mark; `live`
   * leaves the cancelled out (the coverage check does not count them).
   */
  addressedBy: (key: string, options?: { live?: boolean }) => string;
  /** An item's title in the language. */
  itemTitle: (item: RoadmapDocumentItem) => string;
  /** An indicator's name: a programme preset's in the language, else as typed. */
  indicatorName: (indicator: RoadmapDocumentIndicator) => string;
  /** The indicator's unit: a preset's in the language, else as typed. */
  indicatorUnit: (indicator: RoadmapDocumentIndicator) => string;
  /** A shaded note saying what is not available yet, and where to do it. */
  notYet: (text: string) => ReportBlock;
  /**
   * What to say when a part has no item: the source's missing reason, else that the roadmap was
   * never assembled; null when the source has data (the part is simply empty).
   */
  whyEmpty: (source: RoadmapSourceName) => ReportBlock | null;
}

const parseDay = (iso: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
};

export function roadmapContext(
  input: RoadmapDocumentInput,
  language: ReportLanguage,
): RoadmapContext {
  const words = ROADMAP_DOCUMENT_WORDS[language];
  const format = deckFormat(language);
  const locale = format.locale;
  const dayFormat = new Intl.DateTimeFormat(
    locale,
    language === 'tr'
      ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  );
  // Numeric in both languages (03.2027, 03/2027): a month fits a narrow table column.
  const monthFormat = new Intl.DateTimeFormat(locale, {
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const currencyName = (currency: string) =>
    language === 'tr' && currency === 'TRY' ? 'TL' : currency;

  const items = input.items.filter((item) => !item.dismissed);
  const itemByKey = new Map(items.map((item) => [item.key, item]));
  const actionCode = new Map(
    input.actions.map((action, index) => [action.id, `${words.actionPrefix}${index + 1}`]),
  );
  const addressing = new Map<string, RoadmapDocumentAction[]>();
  for (const action of input.actions)
    for (const key of action.itemKeys)
      addressing.set(key, [...(addressing.get(key) ?? []), action]);
  const notYet = (text: string): ReportBlock => ({ kind: 'note', title: words.notYet, text });
  const presets = new Map(CLUSTER_SUPPORT_PROGRAMME_INDICATORS.map((p) => [p.code, p]));

  return {
    input,
    language,
    words,
    format,
    day: (iso) => {
      const date = parseDay(iso);
      return date ? dayFormat.format(date) : iso;
    },
    month: (iso) => {
      const date = parseDay(iso);
      return date ? monthFormat.format(date) : iso;
    },
    money: (value, currency) => {
      const amount = whole.format(Math.round(value));
      return language === 'tr'
        ? `${amount} ${currencyName(currency)}`
        : `${currencyName(currency)} ${amount}`;
    },
    currencyName,
    number: (value, digits = 2) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value),
    items,
    itemByKey,
    actionCode,
    addressedBy: (key, options = {}) => {
      const codes = (addressing.get(key) ?? [])
        .filter((action) => !options.live || action.status !== 'cancelled')
        .map((action) => actionCode.get(action.id) ?? '');
      return codes.length > 0 ? codes.join(', ') : MISSING;
    },
    itemTitle: (item) => localText(item.title, language),
    indicatorName: (indicator) =>
      (indicator.presetCode && presets.get(indicator.presetCode)?.name[language]) || indicator.name,
    indicatorUnit: (indicator) =>
      (indicator.presetCode && presets.get(indicator.presetCode)?.unit[language]) || indicator.unit,
    notYet,
    whyEmpty: (source) => {
      const missing = input.sources?.[source].missing ?? null;
      if (missing) return notYet(words.missing[missing]);
      if (input.assembledAt === null) return notYet(words.notAssembled);
      return null;
    },
  };
}
