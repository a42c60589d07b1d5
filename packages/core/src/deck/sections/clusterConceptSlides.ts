// What a cluster is (Porter's definition, who is in one) and why it matters (productivity,
// innovation and knowledge transfer, market awareness through shared resources and links).

import { contentSlide, notes, type DeckContext } from '../deckContext';
import { CONTENT, bullets, columns, rows, textBlock } from '../deckLayout';
import type { DeckSlide, Frame } from '../deckModel';

const SOURCE =
  'Michael E. Porter, “Clusters and the New Economics of Competition”, Harvard Business Review, 1998; On Competition, 1998.';

const WORDS = {
  tr: {
    whatTitle: 'Küme nedir?',
    definition:
      '“Kümeler, belirli bir alanda birbirine bağlı şirketlerin, uzmanlaşmış tedarikçilerin, hizmet sağlayıcıların, ilgili sektörlerdeki firmaların ve bunlarla ilişkili kurumların (üniversiteler, standart kuruluşları, meslek birlikleri gibi) coğrafi yoğunlaşmalarıdır. Bu aktörler rekabet eder, ama iş birliği de yapar.”',
    whoTitle: 'Bir kümede kimler var?',
    who: [
      'Kümenin nihai ürünlerini üreten firmalar',
      'Parça, makine ve hizmet sağlayan uzman tedarikçiler',
      'Beceri, teknoloji veya müşteri paylaşan ilgili sektörlerin firmaları',
      'Üniversiteler, eğitim merkezleri, odalar ve kamu kurumları',
    ],
    compete:
      'Müşteri için rekabet ederler; ortak sorunlarda (nitelikli işgücü, tedarikçiler, standartlar, pazarlar) iş birliği yaparlar.',
    whatNotes: (project: string, region: string) =>
      `Michael Porter’ın tanımıyla başlayalım: küme, aynı alanda çalışan, birbirine bağlı firmaların ve kurumların bir bölgede yoğunlaşmasıdır. Önemli olan yan yana olmak değil, bağlantılı olmaktır. ${project} girişimi, ${region} bölgesindeki bu bağlantıları görünür kılmak ve güçlendirmek için yürütülüyor.`,
    whatNotes2:
      'Sadece firmalar değil; tedarikçiler, hizmet sağlayıcılar, üniversiteler, odalar ve kamu kurumları da kümenin parçasıdır. Rekabet ve iş birliği bir arada yürür.',
    whyTitle: 'Kümeler neden önemli?',
    benefits: [
      [
        'Verimlilik',
        'Firmalar uzman tedarikçilere, nitelikli çalışanlara ve bilgiye daha kolay ve daha düşük maliyetle ulaşır; birbirini tamamlayan firmalar birbirinin verimliliğini artırır.',
      ],
      [
        'İnovasyon ve bilgi aktarımı',
        'Talepkâr müşterilere, tedarikçilere ve üniversitelere yakınlık ihtiyaçları ve fırsatları daha erken gösterir; fikirler ve insanlar firmalar arasında dolaşır.',
      ],
      [
        'Pazar farkındalığı',
        'Ortak pazar araştırmaları, fuarlar, ortak tanıtım ve satın alma küçük firmalara büyüklerin erişimini ve görünür bir bölge markası kazandırır.',
      ],
    ],
    links:
      'Bu kazanımlar firmalar, tedarikçiler, üniversiteler ve kamu arasındaki ortak kaynaklardan ve güçlü bağlardan doğar.',
    whyNotes:
      'Kümelenmenin üç getirisi var: verimlilik, inovasyon ve bilgi aktarımı, pazar farkındalığı. Üçü de aynı kaynaktan beslenir: ortak kaynaklar ve aktörler arasındaki güçlü bağlar. Bu yüzden bu süreçte en çok bağlantılara ve iş birliği projelerine odaklanacağız.',
  },
  en: {
    whatTitle: 'What is a cluster?',
    definition:
      '“Clusters are geographic concentrations of interconnected companies, specialised suppliers, service providers, firms in related industries and associated institutions (universities, standards agencies, trade associations) in a particular field that compete but also cooperate.”',
    whoTitle: 'Who is in a cluster?',
    who: [
      'Firms that make the cluster’s final products',
      'Specialised suppliers of parts, machinery and services',
      'Firms in related industries that share skills, technologies or customers',
      'Universities, training centres, chambers and public bodies',
    ],
    compete:
      'They compete for customers and cooperate on shared problems: skilled people, suppliers, standards, markets.',
    whatNotes: (project: string, region: string) =>
      `Let us start with Michael Porter’s definition: a cluster is a geographic concentration of interconnected firms and institutions in one field. What matters is not being close but being linked. The ${project} initiative works to make these links in ${region} visible and stronger.`,
    whatNotes2:
      'Not only firms: suppliers, service providers, universities, chambers and public bodies are part of the cluster. Competition and cooperation go together.',
    whyTitle: 'Why clusters matter',
    benefits: [
      [
        'Productivity',
        'Firms reach specialised suppliers, skilled people and information more easily and at lower cost; complementary firms make each other more productive.',
      ],
      [
        'Innovation and knowledge transfer',
        'Being close to demanding customers, suppliers and universities shows needs and opportunities sooner; ideas and people move between firms.',
      ],
      [
        'Market awareness',
        'Joint market studies, trade fairs, shared promotion and purchasing give small firms the reach of large ones and a visible regional brand.',
      ],
    ],
    links:
      'These gains come from shared resources and strong links between firms, suppliers, universities and government.',
    whyNotes:
      'Clusters bring three gains: productivity, innovation and knowledge transfer, and market awareness. All three grow from the same roots: shared resources and strong links between the actors. That is why this process concentrates on links and joint projects.',
  },
};

export function clusterConceptSlides(context: DeckContext): DeckSlide[] {
  const words = WORDS[context.language];
  const { project } = context.input;
  const [top, bottom] = rows(CONTENT, [null, 0.85]) as [Frame, Frame];
  const [left, right] = columns(top, [3, 2]) as [Frame, Frame];
  const [quote, source] = rows(left, [null, 0.55], 0.1) as [Frame, Frame];
  const what = contentSlide(
    context,
    'cluster_concepts',
    words.whatTitle,
    [
      textBlock('quote', [words.definition], quote, { valign: 'middle' }),
      textBlock('caption', [SOURCE], source),
      textBlock('card', [{ text: words.whoTitle, bold: true }, ...bullets(words.who)], right, {
        max: 18,
      }),
      textBlock('lead', [words.compete], bottom, { valign: 'middle' }),
    ],
    notes(words.whatNotes(project.name, project.region), words.whatNotes2, SOURCE),
  );
  const cards = columns(top, [1, 1, 1]);
  const why = contentSlide(
    context,
    'cluster_concepts',
    words.whyTitle,
    [
      ...words.benefits.map(([heading = '', text = ''], index) =>
        textBlock('card', [{ text: heading, bold: true }, text], cards[index] as Frame, {
          max: 20,
        }),
      ),
      textBlock('lead', [words.links], bottom, { valign: 'middle' }),
    ],
    notes(words.whyNotes, ...words.benefits.map(([heading, text]) => `${heading}: ${text}`)),
  );
  return [what, why];
}
