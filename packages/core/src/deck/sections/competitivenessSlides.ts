// Competitiveness concepts: productivity as the root of prosperity, Porter's diamond (four
// conditions of the business environment), cluster initiatives and cluster management.

import { contentSlide, notes, type DeckContext } from '../deckContext';
import { CONTENT, bullets, columns, rows, textBlock } from '../deckLayout';
import type { DeckSlide, Frame } from '../deckModel';

const DIAMOND_SOURCE = 'Michael E. Porter, The Competitive Advantage of Nations, 1990.';
const GREENBOOK =
  'Örjan Sölvell, Göran Lindqvist, Christian Ketels, The Cluster Initiative Greenbook, 2003.';

type Card = [heading: string, text: string];

const WORDS = {
  tr: {
    productivityTitle: 'Verimlilik: refahın temeli',
    productivityLead:
      'Rekabetçilik, bir bölgenin insan, sermaye ve doğal kaynaklarını ne kadar verimli kullandığıdır.',
    productivityPoints: [
      'Verimlilik, bölgenin sürdürebileceği ücretleri ve sermayenin getirisini, yani yaşam standardını belirler.',
      'Düşük ücret ya da ucuz kur bir bölgeyi rekabetçi yapmaz; daha değerli ürünleri daha verimli üretmek yapar.',
      'Refah, firmaların nasıl rekabet ettiğine ve onları çevreleyen iş ortamına bağlıdır: beceriler, altyapı, tedarikçiler, kurumlar.',
    ],
    chain: [
      ['Refah', 'Ücretler ve sermayenin getirisi'],
      ['Verimlilik', 'Çalışılan saat ve yatırılan sermaye başına üretilen değer'],
      ['Kaynakları', 'Firmaların stratejisi ve işleyişi, iş ortamı, kümeler'],
    ] as Card[],
    productivityNotes:
      'Rekabetçilik çoğu zaman düşük maliyetle karıştırılır. Porter’a göre asıl ölçü verimliliktir: bir bölge kaynaklarını ne kadar verimli kullanırsa, o kadar yüksek ücret ödeyebilir ve o kadar çok yatırım çeker. Verimliliği firmalar artırır, ama bunu mümkün kılan ortamı bölge birlikte kurar.',
    diamondTitle: 'Elmas modeli: iş ortamının dört koşulu',
    diamond: {
      strategy: [
        'Firma stratejisi ve rekabet ortamı',
        'Yatırımı ve yeniliği ödüllendiren kurallar; açık ve canlı yerel rekabet.',
      ],
      factors: [
        'Faktör (girdi) koşulları',
        'Nitelikli insan, sermaye, altyapı, araştırma kurumları: yalnız bol değil, uzmanlaşmış.',
      ],
      demand: [
        'Talep koşulları',
        'Firmaları gelişmeye zorlayan bilinçli ve talepkâr yerel müşteriler.',
      ],
      related: [
        'İlgili ve destekleyici sektörler',
        'Yetkin yerel tedarikçiler ve ilgili alanların firmaları: tek tek firmalar değil, kümeler.',
      ],
    } as Record<'strategy' | 'factors' | 'demand' | 'related', Card>,
    centre: 'İş ortamı',
    diamondNotes:
      'Elmas modeli, bir bölgedeki iş ortamını dört koşulla anlatır. Kümeler dördüncü köşenin, ilgili ve destekleyici sektörlerin somut hâlidir; ama dört koşulu birden güçlendirir: uzmanlaşmış işgücü ve altyapı, talepkâr müşteriler, canlı rekabet.',
    initiativeTitle: 'Küme girişimleri ve küme yönetimi',
    initiative: [
      'Küme girişimi',
      'Bir bölgedeki kümenin büyümesini ve rekabet gücünü artırmak için küme firmalarının, kamunun ve araştırma camiasının birlikte yürüttüğü örgütlü çaba.',
    ] as Card,
    management: [
      'Küme yönetimi',
      'Üyeleri bir araya getiren, ortak projeleri yürüten ve kümenin sesi olan küçük bir ekip; üyeler ve kamu programlarıyla finanse edilir.',
    ] as Card,
    workHeading: 'Küme girişimleri neler üzerinde çalışır?',
    work: [
      'Araştırma ve ağ kurma',
      'Politika önerileri',
      'Ticari iş birliği: ortak satın alma, pazarlama, ihracat',
      'Eğitim ve beceri geliştirme',
      'İnovasyon ve teknoloji',
      'Kümenin büyümesi: yeni firmalar, yatırım',
    ],
    process:
      'Sürecimiz: paydaş ziyaretleri → saha çalışması → Bilgi Günü → üç çalışma grubu çalıştayı → yol haritası ve eylem planı.',
    initiativeNotes:
      'Küme kendiliğinden oluşur; küme girişimi ise onu güçlendirmek için bilinçli olarak yürütülen ortak çabadır. Başarılı girişimlerin ortak noktası, firmaların liderliği, kamunun desteği ve işi takip eden kalıcı bir küme yönetim ekibidir. Bugünkü Bilgi Günü, sürecimizin üçüncü adımıdır.',
  },
  en: {
    productivityTitle: 'Productivity: the root of prosperity',
    productivityLead:
      'Competitiveness is the productivity with which a region uses its people, capital and natural resources.',
    productivityPoints: [
      'Productivity sets the wages a region can sustain and the returns its capital earns: its standard of living.',
      'Low wages or a cheap currency do not make a region competitive; making more valuable products more efficiently does.',
      'Prosperity depends on how firms compete and on the business environment around them: skills, infrastructure, suppliers, institutions.',
    ],
    chain: [
      ['Prosperity', 'Wages and returns on capital'],
      ['Productivity', 'Value produced per hour worked and per unit of capital invested'],
      ['Its sources', 'Firms’ strategy and operations, the business environment, clusters'],
    ] as Card[],
    productivityNotes:
      'Competitiveness is often mistaken for low cost. For Porter the true measure is productivity: the more productively a region uses its resources, the higher the wages it can pay and the more investment it attracts. Firms raise productivity, but the region builds the environment that lets them.',
    diamondTitle: 'The diamond: four conditions of the business environment',
    diamond: {
      strategy: [
        'Context for firm strategy and rivalry',
        'Rules that reward investment and innovation; open, vigorous local competition.',
      ],
      factors: [
        'Factor (input) conditions',
        'Skilled people, capital, infrastructure, research institutions: specialised, not only plentiful.',
      ],
      demand: [
        'Demand conditions',
        'Sophisticated, demanding local customers who push firms to upgrade.',
      ],
      related: [
        'Related and supporting industries',
        'Capable local suppliers and firms in related fields: clusters rather than isolated firms.',
      ],
    } as Record<'strategy' | 'factors' | 'demand' | 'related', Card>,
    centre: 'The business environment',
    diamondNotes:
      'The diamond describes a region’s business environment through four conditions. Clusters are the concrete form of the fourth corner, related and supporting industries, but they strengthen all four: specialised skills and infrastructure, demanding customers, vigorous rivalry.',
    initiativeTitle: 'Cluster initiatives and cluster management',
    initiative: [
      'Cluster initiative',
      'An organised effort to increase the growth and competitiveness of a cluster within a region, involving cluster firms, government and the research community.',
    ] as Card,
    management: [
      'Cluster management',
      'A small dedicated team that brings members together, runs joint projects and speaks for the cluster; funded by members and public programmes.',
    ] as Card,
    workHeading: 'What cluster initiatives work on',
    work: [
      'Research and networking',
      'Policy action',
      'Commercial cooperation: joint purchasing, marketing, exports',
      'Education and training',
      'Innovation and technology',
      'Cluster expansion: new firms, investment',
    ],
    process:
      'Our process: stakeholder visits → field study → Information Day → three working-group workshops → roadmap and action plan.',
    initiativeNotes:
      'A cluster grows by itself; a cluster initiative is the deliberate, shared effort to strengthen it. Successful initiatives have firms in the lead, public support, and a lasting cluster management team that follows the work through. Today’s Information Day is the third step of our process.',
  },
};

function card([heading, text]: Card, frame: Frame, max = 16) {
  return textBlock('card', [{ text: heading, bold: true }, text], frame, { max });
}

export function competitivenessSlides(context: DeckContext): DeckSlide[] {
  const words = WORDS[context.language];
  const [left, right] = columns(CONTENT, [3, 2]) as [Frame, Frame];
  const lead = textBlock(
    'lead',
    [{ text: words.productivityLead, bold: true }],
    { ...left, h: 1.4 },
    { fitHeight: true },
  );
  const pointsTop = lead.frame.y + lead.frame.h + 0.25;
  const productivity = contentSlide(
    context,
    'competitiveness',
    words.productivityTitle,
    [
      lead,
      textBlock('body', bullets(words.productivityPoints), {
        ...left,
        y: pointsTop,
        h: left.y + left.h - pointsTop,
      }),
      ...rows(right, [null, null, null], 0.25).map((frame, index) =>
        card(words.chain[index] as Card, frame),
      ),
    ],
    notes(words.productivityNotes, words.productivityLead),
  );

  const area = { ...CONTENT, h: CONTENT.h - 0.45 };
  const cardW = 4.1;
  const cardH = 1.5;
  const middleY = area.y + (area.h - cardH) / 2;
  const centreX = area.x + (area.w - cardW) / 2;
  const { strategy, factors, demand, related } = words.diamond;
  const diamond = contentSlide(
    context,
    'competitiveness',
    words.diamondTitle,
    [
      card(strategy, { x: centreX, y: area.y, w: cardW, h: cardH }),
      card(factors, { x: area.x, y: middleY, w: cardW, h: cardH }),
      card(demand, { x: area.x + area.w - cardW, y: middleY, w: cardW, h: cardH }),
      card(related, { x: centreX, y: area.y + area.h - cardH, w: cardW, h: cardH }),
      textBlock(
        'lead',
        [{ text: words.centre, bold: true }],
        { x: area.x + cardW + 0.3, y: middleY + 0.3, w: area.w - 2 * cardW - 0.6, h: cardH - 0.6 },
        { align: 'center', valign: 'middle' },
      ),
      textBlock('caption', [DIAMOND_SOURCE], {
        x: area.x,
        y: area.y + area.h + 0.1,
        w: area.w,
        h: 0.35,
      }),
    ],
    notes(
      words.diamondNotes,
      ...[strategy, factors, demand, related].map(([heading, text]) => `${heading}: ${text}`),
      DIAMOND_SOURCE,
    ),
  );

  const [body, process] = rows(CONTENT, [null, 0.8]) as [Frame, Frame];
  const [defs, work] = columns(body, [1, 1]) as [Frame, Frame];
  const [initiativeFrame, managementFrame] = rows(defs, [null, null], 0.25) as [Frame, Frame];
  const initiatives = contentSlide(
    context,
    'competitiveness',
    words.initiativeTitle,
    [
      card(words.initiative, initiativeFrame, 18),
      card(words.management, managementFrame, 18),
      textBlock('body', [{ text: words.workHeading, bold: true }, ...bullets(words.work)], work),
      textBlock('lead', [words.process], { ...process, h: 0.5 }, { valign: 'middle', max: 18 }),
      textBlock('caption', [GREENBOOK], { ...process, y: process.y + 0.5, h: 0.3 }),
    ],
    notes(words.initiativeNotes, `${words.workHeading}: ${words.work.join('; ')}.`, GREENBOOK),
  );
  return [productivity, diamond, initiatives];
}
