// The cluster map drawn natively on the slide (value-chain lanes, organisations as circles,
// relations as lines), with its figures, the most connected organisations and the brokers.

import { clusterMapLayout } from '../clusterMapLayout';
import { contentSlide, noticeSlide, notes, type DeckContext } from '../deckContext';
import { CONTENT, columns, figureRow, rows, textBlock } from '../deckLayout';
import type { DeckSlide, Frame } from '../deckModel';

const WORDS = {
  tr: {
    title: 'Küme haritası: kim kiminle bağlantılı?',
    missing: 'Küme haritası henüz çizilemiyor: kayıtlı ilişki yok.',
    explanation:
      'Firma görüşmelerinde ve anketlerde kimin kimden aldığı, kime sattığı ve kiminle iş birliği yaptığı kaydedildiğinde bu slayt kuruluşları değer zinciri aşamalarına yerleştirip aralarındaki ilişkileri çizer.',
    unplaced: 'Zincir dışı',
    organisations: 'kuruluş',
    relations: 'ilişki',
    mostConnected: 'En çok bağlantısı olanlar',
    brokers: 'Köprü kuruluşlar',
    noBrokers: 'Topluluklar arasında belirgin bir köprü kuruluş yok.',
    hidden: (count: number) =>
      `Okunabilirlik için en ağır bağlantılı kuruluşlar çizildi; ${count} kuruluş gösterilmiyor.`,
    structure: (density: string, components: number) =>
      `Yoğunluk ${density}; birbirinden kopuk ${components} parça.`,
    notes: (nodes: number, edges: number, stages: string) =>
      `Haritada ${nodes} kuruluş ve ${edges} ilişki var. Soldan sağa değer zincirinin aşamaları: ${stages}. Büyük daireler daha çok ve daha güçlü bağlantısı olan kuruluşlar.`,
    brokerNotes:
      'Köprü kuruluşlar, aksi hâlde birbirinden kopuk kalacak grupları birbirine bağlıyor: çalışma grubunda olmaları önemli.',
  },
  en: {
    title: 'The cluster map: who is linked to whom',
    missing: 'The cluster map cannot be drawn yet: no relations are recorded.',
    explanation:
      'Once interviews and questionnaires record who buys from, sells to and works with whom, this slide places the organisations on the stages of the value chain and draws the relations between them.',
    unplaced: 'Not on the chain',
    organisations: 'organisations',
    relations: 'relations',
    mostConnected: 'Most connected',
    brokers: 'Brokers',
    noBrokers: 'No organisation clearly bridges the communities.',
    hidden: (count: number) =>
      `For readability the most connected organisations are drawn; ${count} are not shown.`,
    structure: (density: string, components: number) =>
      `Density ${density}; ${components} separate part${components === 1 ? '' : 's'}.`,
    notes: (nodes: number, edges: number, stages: string) =>
      `The map shows ${nodes} organisations and ${edges} relations. From left to right are the stages of the value chain: ${stages}. Larger circles are organisations with more and stronger links.`,
    brokerNotes:
      'Brokers link groups that would otherwise be cut off from each other: they matter for the working group.',
  },
};

export function clusterMapSlides(context: DeckContext): DeckSlide[] {
  const words = WORDS[context.language];
  const { format, texts } = context;
  const map = context.input.clusterMap;
  if (!map || map.nodes.length === 0) {
    return [
      noticeSlide(
        context,
        'cluster_map',
        words.title,
        words.missing,
        'relations',
        words.explanation,
      ),
    ];
  }
  const [mapFrame, side] = columns(CONTENT, [3.6, 1], 0.25) as [Frame, Frame];
  const layout = clusterMapLayout(map, mapFrame, words.unplaced, texts.organisationTypes, {
    maxNodes: 80,
    numbered: 6,
  });
  const [figuresRow, listFrame, structureFrame] = rows(side, [1.05, null, 0.9], 0.15) as [
    Frame,
    Frame,
    Frame,
  ];
  const brokers = map.brokers.slice(0, 3);
  const moreBrokers = map.brokers.length - brokers.length;
  const listed = layout.listed.map((entry) => ({ text: `${entry.number}  ${entry.name}` }));
  const structure = [
    words.structure(format.decimal(map.density, 3), map.components),
    layout.hidden > 0 ? words.hidden(layout.hidden) : '',
  ];
  return [
    contentSlide(
      context,
      'cluster_map',
      words.title,
      [
        layout.block,
        ...figureRow(
          [
            { value: format.integer(map.nodes.length), label: words.organisations },
            { value: format.integer(map.edges.length), label: words.relations },
          ],
          figuresRow,
          0.12,
        ),
        textBlock(
          'card',
          [
            { text: words.mostConnected, bold: true },
            ...listed,
            { text: words.brokers, bold: true },
            brokers.length > 0
              ? brokers.join(', ') + (moreBrokers > 0 ? ` ${texts.andMore(moreBrokers)}` : '')
              : words.noBrokers,
          ],
          listFrame,
          { max: 13, min: 9 },
        ),
        textBlock('caption', structure, structureFrame, { valign: 'bottom' }),
      ],
      notes(
        words.notes(map.nodes.length, map.edges.length, map.stages.join(', ')),
        `${words.mostConnected}: ${layout.listed.map((entry) => entry.name).join(', ')}.`,
        map.brokers.length > 0 &&
          `${words.brokers}: ${map.brokers.join(', ')}. ${words.brokerNotes}`,
        structure.filter((line) => line !== '').join(' '),
      ),
    ),
  ];
}
