// The cover: the event's title (or the project's name), the project and region, when and where,
// the sample-data warning for the sample project, and the day the deck was made.

import { notes, type DeckContext } from '../deckContext';
import { CONTENT, textBlock } from '../deckLayout';
import type { DeckBlock, DeckSlide } from '../deckModel';

const WORDS = {
  tr: {
    dateToBeSet: 'Tarih ve yer yakında duyurulacak',
    welcome: (title: string, project: string) =>
      `Hoş geldiniz. Bugün “${title}” kapsamında ${project} girişimini, saha çalışmasının ilk bulgularını ve önümüzdeki adımları anlatacağız.`,
    purpose:
      'Bilgi Günü, küme yol haritası sürecinin ilk açık etkinliğidir: amacı ilgiyi artırmak, kümelenme ve rekabetçilik kavramlarını ortak bir dille anlatmak ve çalışma grubuna katılacak kuruluşlarla tanışmaktır.',
    sample:
      'Bu sunum Kume’nin örnek projesinden üretildi: bir provada kullanın, gerçek bir etkinlikte göstermeyin.',
    when: (date: string, start: string, end: string) => `${date}, ${start}–${end}`,
  },
  en: {
    dateToBeSet: 'Date and venue to be announced',
    welcome: (title: string, project: string) =>
      `Welcome. Today, at “${title}”, we present the ${project} initiative, the first findings of the field study and the steps ahead.`,
    purpose:
      'The Information Day is the first public event of the cluster roadmap process: it raises interest, gives everyone a shared language for clusters and competitiveness, and introduces the organisations that will form the working group.',
    sample:
      'This deck was generated from Kume’s sample project: use it for a rehearsal, never at a real event.',
    when: (date: string, start: string, end: string) => `${date}, ${start}–${end}`,
  },
};

export function titleSlides(context: DeckContext): DeckSlide[] {
  const { input, texts, format } = context;
  const words = WORDS[context.language];
  const event = input.event;
  const title = event?.title ?? texts.informationDay;
  const subtitle = `${input.project.name} · ${input.project.region}`;
  const details = event
    ? [
        words.when(format.dateWithWeekday(event.date), event.startTime, event.endTime),
        [event.venue, event.address].filter((part) => part !== '').join(', '),
      ]
    : [words.dateToBeSet];
  const x = CONTENT.x;
  const w = CONTENT.w - 1.2;
  const blocks: DeckBlock[] = [
    textBlock(
      'label',
      [{ text: texts.informationDay.toLocaleUpperCase(format.locale), bold: true }],
      {
        x,
        y: 1.35,
        w,
        h: 0.4,
      },
    ),
    textBlock(
      'title',
      [{ text: title, bold: true }],
      { x, y: 1.75, w, h: 1.6 },
      { valign: 'bottom' },
    ),
    textBlock('subtitle', [subtitle], { x, y: 3.45, w, h: 0.85 }),
    textBlock('body', details, { x, y: 4.4, w, h: 0.9 }, { max: 18, min: 11 }),
  ];
  if (input.project.isSample) {
    blocks.push(
      textBlock(
        'banner',
        [{ text: texts.sampleBanner, bold: true }],
        { x, y: 5.45, w, h: 0.9 },
        { valign: 'middle' },
      ),
    );
  }
  blocks.push(
    textBlock('caption', [texts.generatedOn(format.date(input.generatedOn))], {
      x,
      y: 6.42,
      w,
      h: 0.32,
    }),
  );
  return [
    {
      section: 'title',
      kind: 'cover',
      title,
      titleFontSize: blocks[1]?.kind === 'text' ? blocks[1].fontSize : 40,
      blocks,
      notes: notes(
        words.welcome(title, input.project.name),
        words.purpose,
        details.join('. '),
        input.project.isSample && words.sample,
      ),
    },
  ];
}
