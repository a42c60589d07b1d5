// The working group's workshop calendar: the planned workshops with their dates (or "date to be
// set") and venues, beside what the three standard workshops decide.

import { contentSlide, noticeSlide, notes, type DeckContext } from '../deckContext';
import { CONTENT, bullets, columns, pageTitle, tablePages, textBlock } from '../deckLayout';
import type { DeckSlide, Frame } from '../deckModel';

const WORDS = {
  tr: {
    title: 'Çalıştay takvimi',
    missing: 'Çalıştay takvimi henüz belirlenmedi.',
    explanation:
      'Sunum ayarlarında çalıştaylar (vizyon, kilit başarı faktörleri, gerekli beceri ve yetkinlikler) tarih ve yerleriyle girildiğinde bu slayt takvimi bir tabloda gösterir.',
    columns: ['#', 'Çalıştay', 'Tarih', 'Yer'],
    toBeSet: 'Tarih belirlenecek',
    venueToBeSet: 'Belirlenecek',
    processTitle: 'Üç çalıştay, tek yol haritası',
    process: [
      'Vizyon: kümenin on yıl sonra nerede olmak istediği',
      'Kilit başarı faktörleri: o vizyona ulaşmak için neyin iyi yapılması gerektiği',
      'Gerekli beceri ve yetkinlikler: bugün eksik olan ve geliştirilmesi gerekenler',
    ],
    phones: 'Katılımcılar telefonlarıyla katılır: fikir toplar, gruplar ve oylarız.',
    notes: (count: number, dated: number) =>
      `${count} çalıştay planlandı; ${dated} tanesinin tarihi belli. Her çalıştay bir öncekinin sonucunu kullanır ve sonunda yol haritası ile eylem planı çıkar.`,
  },
  en: {
    title: 'Workshop calendar',
    missing: 'The workshop calendar has not been set yet.',
    explanation:
      'Once the workshops (vision, key success factors, requisite skills and capabilities) are entered with dates and venues in the deck settings, this slide shows the calendar as a table.',
    columns: ['#', 'Workshop', 'Date', 'Venue'],
    toBeSet: 'Date to be set',
    venueToBeSet: 'To be set',
    processTitle: 'Three workshops, one roadmap',
    process: [
      'Vision: where the cluster wants to be in ten years',
      'Key success factors: what must be done well to get there',
      'Requisite skills and capabilities: what is missing today and must be built',
    ],
    phones: 'Participants take part on their phones: we collect ideas, group them and vote.',
    notes: (count: number, dated: number) =>
      `${count} workshop${count === 1 ? ' is' : 's are'} planned; ${dated} ha${dated === 1 ? 's' : 've'} a date. Each workshop builds on the one before, and together they lead to the roadmap and its action plan.`,
  },
};

export function workshopCalendarSlides(context: DeckContext): DeckSlide[] {
  const words = WORDS[context.language];
  const calendar = context.input.workshopCalendar;
  if (calendar.length === 0) {
    return [
      noticeSlide(
        context,
        'workshop_calendar',
        words.title,
        words.missing,
        'eventsAndDeck',
        words.explanation,
      ),
    ];
  }
  const [tableFrame, side] = columns(CONTENT, [1.9, 1]) as [Frame, Frame];
  const [number, workshop, date, venue] = words.columns as [string, string, string, string];
  const pages = tablePages(
    [
      { header: number, weight: 0.5, align: 'center' },
      { header: workshop, weight: 3.4 },
      { header: date, weight: 2.2 },
      { header: venue, weight: 2.4 },
    ],
    calendar.map((item, index) => [
      String(index + 1),
      item.title,
      item.date ? context.format.dateWithWeekday(item.date) : words.toBeSet,
      item.venue || words.venueToBeSet,
    ]),
    tableFrame,
    { max: 18, min: 12, maxLines: 3 },
  );
  const process = textBlock(
    'card',
    [{ text: words.processTitle, bold: true }, ...bullets(words.process), words.phones],
    side,
    { fitHeight: true },
  );
  const dated = calendar.filter((item) => item.date !== null).length;
  return pages.map((table, index) =>
    contentSlide(
      context,
      'workshop_calendar',
      pageTitle(words.title, index, pages.length),
      [table, process],
      notes(
        index === 0 && words.notes(calendar.length, dated),
        table.rows.map((row) => row.slice(1).join(' · ')).join('\n'),
        index === 0 && words.process.join('. '),
      ),
    ),
  );
}
