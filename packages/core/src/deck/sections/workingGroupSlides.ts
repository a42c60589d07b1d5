// The working group: its members with type and value-chain stage (paged), whether it is proposed
// or confirmed, and how it covers actor types and stages.

import { contentSlide, noticeSlide, notes, type DeckContext } from '../deckContext';
import type { DeckWorkingGroup } from '../deckInput';
import { CONTENT, columns, pageTitle, tablePages, textBlock } from '../deckLayout';
import type { DeckSlide, Frame } from '../deckModel';

const WORDS = {
  tr: {
    proposedTitle: 'Önerilen çalışma grubu',
    confirmedTitle: 'Çalışma grubu',
    missing: 'Çalışma grubu henüz oluşturulmadı.',
    explanation:
      'Küme haritası hazır olduğunda Kume, değer zincirinin her aşamasını ve her aktör türünü kapsayan bir çalışma grubu önerir; kolaylaştırıcı grubu düzenleyip onaylar.',
    columns: ['Kuruluş', 'Tür', 'Değer zinciri aşaması'],
    noStage: '–',
    unplaced: (count: number) => `zincirde yer almayan ${count}`,
    proposed: 'Öneri: henüz onaylanmadı. Katılmak isteyen kuruluşları bugün aramıza bekliyoruz.',
    confirmed: (date: string) => `${date} tarihinde onaylandı.`,
    members: (count: number) => `${count} üye`,
    byType: 'Türe göre',
    byStage: 'Aşamaya göre',
    notes: (count: number, status: string) =>
      `Çalışma grubu ${count} kuruluştan oluşuyor. ${status} Grup, üç çalıştayda vizyonu, kilit başarı faktörlerini ve gereken becerileri belirleyecek.`,
  },
  en: {
    proposedTitle: 'The proposed working group',
    confirmedTitle: 'The working group',
    missing: 'The working group has not been formed yet.',
    explanation:
      'Once the cluster map is ready, Kume proposes a working group that covers every stage of the value chain and every type of actor; the facilitator edits and confirms it.',
    columns: ['Organisation', 'Type', 'Value-chain stage'],
    noStage: '–',
    unplaced: (count: number) => `not on the chain ${count}`,
    proposed: 'Proposed: not yet confirmed. Organisations that want to join are welcome today.',
    confirmed: (date: string) => `Confirmed on ${date}.`,
    members: (count: number) => `${count} member${count === 1 ? '' : 's'}`,
    byType: 'By type',
    byStage: 'By stage',
    notes: (count: number, status: string) =>
      `The working group has ${count} organisations. ${status} In three workshops the group will set the vision, the key success factors and the skills needed.`,
  },
};

/** "Firm 12 · University 2" in the order of first appearance. */
function counts(values: string[]): string {
  const tally = new Map<string, number>();
  for (const value of values) tally.set(value, (tally.get(value) ?? 0) + 1);
  return [...tally].map(([value, count]) => `${value} ${count}`).join(' · ');
}

export function workingGroupSlides(context: DeckContext): DeckSlide[] {
  const words = WORDS[context.language];
  const { texts, format } = context;
  const group: DeckWorkingGroup | null = context.input.workingGroup;
  if (!group || group.members.length === 0) {
    return [
      noticeSlide(
        context,
        'working_group',
        words.proposedTitle,
        words.missing,
        'workingGroup',
        words.explanation,
      ),
    ];
  }
  const title = group.confirmedOn ? words.confirmedTitle : words.proposedTitle;
  const status = group.confirmedOn
    ? words.confirmed(format.date(group.confirmedOn))
    : words.proposed;
  const [tableFrame, side] = columns(CONTENT, [2.5, 1]) as [Frame, Frame];
  const [organisation, type, stage] = words.columns as [string, string, string];
  const pages = tablePages(
    [
      { header: organisation, weight: 3.8 },
      { header: type, weight: 2.6 },
      { header: stage, weight: 2.6 },
    ],
    group.members.map((member) => [
      member.name,
      texts.organisationTypes[member.type],
      member.stage ?? words.noStage,
    ]),
    tableFrame,
    { max: 15, min: 11 },
  );
  const typeLine = counts(group.members.map((member) => texts.organisationTypes[member.type]));
  const unplaced = group.members.filter((member) => member.stage === null).length;
  const stageLine = [
    counts(group.members.flatMap((member) => (member.stage === null ? [] : [member.stage]))),
    unplaced > 0 ? words.unplaced(unplaced) : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
  const summary = textBlock(
    'card',
    [
      { text: words.members(group.members.length), bold: true },
      status,
      { text: words.byType, bold: true },
      typeLine,
      { text: words.byStage, bold: true },
      stageLine,
    ],
    side,
    { max: 14, min: 10, fitHeight: true },
  );
  return pages.map((table, index) =>
    contentSlide(
      context,
      'working_group',
      pageTitle(title, index, pages.length),
      [table, summary],
      notes(
        index === 0 && words.notes(group.members.length, status),
        index === 0 && `${words.byType}: ${typeLine}. ${words.byStage}: ${stageLine}.`,
        table.rows.map((row) => row.join(' · ')).join('\n'),
      ),
    ),
  );
}
