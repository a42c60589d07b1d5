// The event's agenda as a table (time, session, speaker), paged when long; a notice when the
// event or its agenda is not entered yet.

import { contentSlide, noticeSlide, notes, type DeckContext } from '../deckContext';
import { CONTENT, pageTitle, tablePages } from '../deckLayout';
import type { DeckSlide } from '../deckModel';

const WORDS = {
  tr: {
    title: 'Program',
    columns: ['Saat', 'Oturum', 'Konuşmacı'],
    missing: 'Etkinliğin programı henüz girilmedi.',
    explanation:
      'Program girildiğinde bu slayt oturumları saatleriyle ve konuşmacılarıyla bir tabloda gösterir.',
    intro: (count: number, start: string, end: string) =>
      `Bugünkü programımızda ${count} oturum var; saat ${start} ile ${end} arasındayız.`,
    item: (time: string, title: string, speaker: string) =>
      `${time} ${title}${speaker ? ` (${speaker})` : ''}.`,
  },
  en: {
    title: 'Agenda',
    columns: ['Time', 'Session', 'Speaker'],
    missing: 'The event’s agenda has not been entered yet.',
    explanation:
      'Once the agenda is entered, this slide shows the sessions with their times and speakers in a table.',
    intro: (count: number, start: string, end: string) =>
      `Today’s agenda has ${count} sessions; we start at ${start} and finish at ${end}.`,
    item: (time: string, title: string, speaker: string) =>
      `${time} ${title}${speaker ? ` (${speaker})` : ''}.`,
  },
};

export function agendaSlides(context: DeckContext): DeckSlide[] {
  const words = WORDS[context.language];
  const event = context.input.event;
  if (!event || event.agenda.length === 0) {
    return [
      noticeSlide(
        context,
        'agenda',
        words.title,
        words.missing,
        'eventsAndDeck',
        words.explanation,
      ),
    ];
  }
  const [time, session, speaker] = words.columns as [string, string, string];
  const pages = tablePages(
    [
      { header: time, weight: 1.1 },
      { header: session, weight: 5.5 },
      { header: speaker, weight: 3.4 },
    ],
    event.agenda.map((item) => [item.time, item.title, item.speaker]),
    CONTENT,
    { max: 18, min: 13 },
  );
  return pages.map((table, index) =>
    contentSlide(
      context,
      'agenda',
      pageTitle(words.title, index, pages.length),
      [table],
      notes(
        index === 0 && words.intro(event.agenda.length, event.startTime, event.endTime),
        table.rows.map(([t = '', title = '', who = '']) => words.item(t, title, who)).join('\n'),
      ),
    ),
  );
}
