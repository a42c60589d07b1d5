// Who came: seats, registrations, the waiting list and check-ins, and the registered guests by the
// type of their organisation as a doughnut.

import { contentSlide, noticeSlide, notes, type DeckContext } from '../deckContext';
import { doughnutChart } from '../deckCharts';
import { CONTENT, columns, figureRow, rows, textBlock } from '../deckLayout';
import type { DeckBlock, DeckSlide, Frame } from '../deckModel';

const WORDS = {
  tr: {
    title: 'Bugün salondakiler',
    missing: 'Bu proje için henüz bir Bilgi Günü etkinliği oluşturulmadı.',
    explanation:
      'Etkinlik oluşturulup kayıtlar alındığında bu slayt kapasiteyi, kayıtları, bekleme listesini, girişi yapılanları ve katılımcıların kuruluş türlerini gösterir.',
    capacity: 'kişilik kapasite',
    registered: 'kayıtlı',
    waitlisted: 'bekleme listesinde',
    checkedIn: 'giriş yaptı',
    byType: 'Kayıtlı katılımcılar, kuruluş türüne göre',
    guests: 'Katılımcı',
    fill: (percent: string) => `Kapasitenin ${percent} kadarı dolu.`,
    arrived: (percent: string) => `Kayıtlıların ${percent} kadarı giriş yaptı.`,
    notes: (registered: string, capacity: string, checkedIn: string, waitlisted: string) =>
      `${capacity} kişilik salona ${registered} kişi kayıt oldu, ${checkedIn} kişi giriş yaptı; bekleme listesinde ${waitlisted} kişi var. Katıldığınız için teşekkürler.`,
  },
  en: {
    title: 'Who is here today',
    missing: 'No Information Day event has been created for this project yet.',
    explanation:
      'Once the event is created and registrations come in, this slide shows the seats, registrations, the waiting list, check-ins and the guests’ organisation types.',
    capacity: 'seats',
    registered: 'registered',
    waitlisted: 'on the waiting list',
    checkedIn: 'checked in',
    byType: 'Registered guests by type of organisation',
    guests: 'Guests',
    fill: (percent: string) => `${percent} of the seats are taken.`,
    arrived: (percent: string) => `${percent} of those registered have checked in.`,
    notes: (registered: string, capacity: string, checkedIn: string, waitlisted: string) =>
      `${registered} people registered for ${capacity} seats and ${checkedIn} have checked in; ${waitlisted} are on the waiting list. Thank you for coming.`,
  },
};

export function attendanceSlides(context: DeckContext): DeckSlide[] {
  const words = WORDS[context.language];
  const { format, texts } = context;
  const attendance = context.input.attendance;
  if (!attendance) {
    return [
      noticeSlide(
        context,
        'attendance',
        words.title,
        words.missing,
        'eventsAndDeck',
        words.explanation,
      ),
    ];
  }
  const [figuresRow, lower] = rows(CONTENT, [1.7, null], 0.35) as [Frame, Frame];
  const figures: [number, string, 'primary' | 'accent' | 'neutral'][] = [
    [attendance.capacity, words.capacity, 'neutral'],
    [attendance.registered, words.registered, 'primary'],
    [attendance.waitlisted, words.waitlisted, 'neutral'],
    [attendance.checkedIn, words.checkedIn, 'accent'],
  ];
  const percent = (part: number, whole: number) =>
    format.percent(whole > 0 ? (100 * part) / whole : 0, 0);
  const lines = [
    words.fill(percent(attendance.registered, attendance.capacity)),
    words.arrived(percent(attendance.checkedIn, attendance.registered)),
  ];
  const types = attendance.byType.filter((entry) => entry.count > 0);
  const [chartArea, side] = columns(lower, [1.6, 1]) as [Frame, Frame];
  const blocks: DeckBlock[] = figureRow(
    figures.map(([value, label, tone]) => ({ value: format.integer(value), label, tone })),
    figuresRow,
  );
  if (types.length > 0) {
    const [heading, chart] = rows(chartArea, [0.4, null], 0.05) as [Frame, Frame];
    blocks.push(
      textBlock('label', [{ text: words.byType, bold: true }], heading),
      doughnutChart(
        chart,
        types.map((entry) => texts.organisationTypes[entry.type]),
        types.map((entry) => entry.count),
        words.guests,
        {
          valueFormat: 'integer',
          altText: words.byType,
        },
      ),
    );
  }
  blocks.push(textBlock('lead', lines, types.length > 0 ? side : lower, { valign: 'middle' }));
  return [
    contentSlide(
      context,
      'attendance',
      words.title,
      blocks,
      notes(
        words.notes(
          format.integer(attendance.registered),
          format.integer(attendance.capacity),
          format.integer(attendance.checkedIn),
          format.integer(attendance.waitlisted),
        ),
        ...lines,
        types.length > 0 &&
          `${words.byType}: ${types.map((entry) => `${texts.organisationTypes[entry.type]} ${entry.count}`).join(', ')}.`,
      ),
    ),
  ];
}
