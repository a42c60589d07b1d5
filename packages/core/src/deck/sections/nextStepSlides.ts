// The closing slide: the facilitator's next steps, or the standard ones of the roadmap process,
// and an invitation to join the working group.

import { contentSlide, notes, type DeckContext } from '../deckContext';
import { CONTENT, pageTitle, paginate, rows, textBlock } from '../deckLayout';
import type { DeckSlide, Frame } from '../deckModel';

const PER_PAGE = 7;

const WORDS = {
  tr: {
    title: 'Sonraki adımlar',
    standard: [
      'Saha çalışmasını tamamlamak ve bulguları katılımcılarla paylaşmak',
      'Çalışma grubunu kesinleştirmek: değer zincirinin her aşamasından ve her aktör türünden temsilciler',
      '1. çalıştay: kümenin vizyonu',
      '2. çalıştay: kilit başarı faktörleri',
      '3. çalıştay: gerekli beceri ve yetkinlikler',
      'Yol haritası ve eylem planı: sorumlular, takvim, bütçe ve göstergeler',
    ],
    invitation:
      'Çalışma grubunda yer almak ister misiniz? Bugün bizimle konuşun ya da kayıt masasına iletişim bilgilerinizi bırakın.',
    notes:
      'Bugünden sonra atılacak adımlar bunlar. Çalışma grubuna katılmak isteyenleri aradan sonra ve etkinlik bitiminde bekliyoruz.',
  },
  en: {
    title: 'Next steps',
    standard: [
      'Complete the field study and share its findings with participants',
      'Confirm the working group: representatives of every value-chain stage and every type of actor',
      'Workshop 1: the cluster’s vision',
      'Workshop 2: key success factors',
      'Workshop 3: requisite skills and capabilities',
      'The roadmap and action plan: owners, timeline, budget and indicators',
    ],
    invitation:
      'Would you like to join the working group? Talk to us today, or leave your details at the registration desk.',
    notes:
      'These are the steps after today. Those who would like to join the working group can find us at the break and after the event.',
  },
};

export function nextStepSlides(context: DeckContext): DeckSlide[] {
  const words = WORDS[context.language];
  const steps = context.input.nextSteps.length > 0 ? context.input.nextSteps : words.standard;
  const pages = paginate(steps, PER_PAGE);
  const [listFrame, invitationFrame] = rows(CONTENT, [null, 0.9]) as [Frame, Frame];
  let number = 0;
  return pages.map((page, index) => {
    const paragraphs = page.map((step) => {
      number += 1;
      return { text: `${number}. ${step}` };
    });
    const last = index === pages.length - 1;
    return contentSlide(
      context,
      'next_steps',
      pageTitle(words.title, index, pages.length),
      [
        textBlock('body', paragraphs, last ? listFrame : CONTENT, { max: 22 }),
        ...(last
          ? [
              textBlock('banner', [{ text: words.invitation, bold: true }], invitationFrame, {
                valign: 'middle',
                max: 18,
              }),
            ]
          : []),
      ],
      notes(
        words.notes,
        paragraphs.map((paragraph) => paragraph.text).join('\n'),
        last && words.invitation,
      ),
    );
  });
}
