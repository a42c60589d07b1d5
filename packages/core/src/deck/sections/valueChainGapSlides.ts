// The value chain's gaps, most serious first, paged five to a slide; a plain statement when the
// analysis found none, and a notice when the map has not been analysed.

import { contentSlide, noticeSlide, notes, type DeckContext } from '../deckContext';
import { CONTENT, columns, pageTitle, paginate, textBlock } from '../deckLayout';
import type { DeckParagraph, DeckSlide, Frame } from '../deckModel';

const PER_PAGE = 5;

const WORDS = {
  tr: {
    title: 'Değer zincirindeki boşluklar',
    missing:
      'Değer zinciri boşlukları henüz hesaplanmadı: kuruluşlar zincire yerleştirilmedi ya da ilişki kaydı yok.',
    explanation:
      'Kuruluşlar değer zinciri aşamalarına yerleştirilip aralarındaki ilişkiler kaydedildiğinde Kume, yerelde firması olmayan ya da bağlantısı zayıf aşamaları önem sırasıyla listeler.',
    none: 'Analiz, değer zincirinde belirgin bir boşluk bulmadı.',
    noneDetail:
      'Her aşamada yerel firmalar var ve aşamalar birbirine bağlı. Yine de bağlantıların güçlendirilebileceği yerleri çalıştaylarda tartışacağız.',
    whatTitle: 'Boşluk ne demek?',
    what: 'Yerelde firması olmayan, az firması olan ya da diğer aşamalarla bağlantısı zayıf bir aşama. Boşluklar yatırım çekme, tedarikçi geliştirme ve iş birliği projeleri için ipucu verir.',
    notes: (count: number) =>
      `Analiz ${count} boşluk buldu; en ciddisinden başlayarak sıraladık. Bu boşluklar yol haritasındaki yatırım ve tedarikçi geliştirme önerilerinin temelini oluşturacak.`,
    noneNotes:
      'Analiz belirgin bir boşluk bulmadı; bu iyi bir haber, ama bağlantıların gücünü birlikte değerlendireceğiz.',
  },
  en: {
    title: 'Gaps in the value chain',
    missing:
      'The value-chain gaps have not been computed yet: organisations are not placed on the chain or no relations are recorded.',
    explanation:
      'Once organisations are placed on the stages of the value chain and their relations are recorded, Kume lists the stages with no local firm or weak links, most serious first.',
    none: 'The analysis found no clear gap in the value chain.',
    noneDetail:
      'Every stage has local firms and the stages are linked. We will still discuss in the workshops where links could be stronger.',
    whatTitle: 'What is a gap?',
    what: 'A stage with no or few local firms, or with weak links to the other stages. Gaps point to investment attraction, supplier development and joint projects.',
    notes: (count: number) =>
      `The analysis found ${count} gap${count === 1 ? '' : 's'}, listed from the most serious. They will be the basis of the roadmap’s proposals for investment and supplier development.`,
    noneNotes:
      'The analysis found no clear gap; good news, but we will review the strength of the links together.',
  },
};

export function valueChainGapSlides(context: DeckContext): DeckSlide[] {
  const words = WORDS[context.language];
  const gaps = context.input.gaps;
  if (gaps === null) {
    return [
      noticeSlide(
        context,
        'value_chain_gaps',
        words.title,
        words.missing,
        'valueChain',
        words.explanation,
      ),
    ];
  }
  const [listFrame, side] = columns(CONTENT, [2.4, 1]) as [Frame, Frame];
  const whatBlock = textBlock('card', [{ text: words.whatTitle, bold: true }, words.what], side, {
    fitHeight: true,
  });
  if (gaps.length === 0) {
    return [
      contentSlide(
        context,
        'value_chain_gaps',
        words.title,
        [
          textBlock('lead', [{ text: words.none, bold: true }, words.noneDetail], {
            ...listFrame,
            h: 2.5,
          }),
          whatBlock,
        ],
        notes(words.noneNotes, words.what),
      ),
    ];
  }
  const pages = paginate(
    gaps.map((gap, index) => ({ ...gap, rank: index + 1 })),
    PER_PAGE,
  );
  return pages.map((page, index) => {
    const paragraphs: DeckParagraph[] = page.flatMap((gap) => [
      { text: `${gap.rank}. ${gap.title}`, bold: true },
      ...(gap.detail ? [{ text: gap.detail }] : []),
    ]);
    return contentSlide(
      context,
      'value_chain_gaps',
      pageTitle(words.title, index, pages.length),
      [textBlock('body', paragraphs, listFrame, { max: 18, min: 11 }), whatBlock],
      notes(
        index === 0 && words.notes(gaps.length),
        page
          .map((gap) => `${gap.rank}. ${gap.title}${gap.detail ? `: ${gap.detail}` : ''}`)
          .join('\n'),
      ),
    );
  });
}
