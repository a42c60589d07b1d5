// The value-chain template of a machinery, metal and casting cluster (the sample project's sector):
// from metal, sand and scrap through patterns, castings and machined parts to machines and service.

import {
  ASSOCIATIONS,
  CONSULTANCY,
  FINANCE,
  PUBLIC_BODIES,
  RESEARCH,
  TRAINING,
  stage,
  supportFunction,
} from './valueChainSupportFunctions';
import type { ValueChainInput } from './valueChainSchema';

/**
 * Stage ids and names equal the firm interview's stage choices (VALUE_CHAIN_STAGE_CHOICES) and the
 * sample registry's stage names, so survey answers and the sample place without editing.
 */
export const MACHINERY_METAL_CASTING: ValueChainInput = {
  templateId: 'machinery_metal_casting',
  name: { tr: 'Makine, metal ve döküm', en: 'Machinery, metal and casting' },
  stages: [
    stage(
      'raw_materials',
      ['Hammadde', 'Raw materials'],
      [
        'Pik demir, çelik ve alüminyum, hurda, döküm kumu ve bağlayıcılar, refrakterler ve endüstriyel gazlar.',
        'Pig iron, steel and aluminium, scrap, foundry sand and binders, refractories and industrial gases.',
      ],
      [
        '24.10',
        '24.42',
        '24.43',
        '24.44',
        '08.12',
        '23.20',
        '20.11',
        '20.59',
        '46.72',
        '46.77',
        '38.32',
      ],
      ['pattern_mould', 'casting'],
    ),
    stage(
      'design_engineering',
      ['Tasarım ve mühendislik', 'Design and engineering'],
      [
        'Ürün ve makine tasarımı, mühendislik hesapları, döküm simülasyonu ve teknik danışmanlık.',
        'Product and machine design, engineering calculations, casting simulation and technical consultancy.',
      ],
      ['71.12', '74.10'],
      ['pattern_mould', 'assembly'],
    ),
    stage(
      'pattern_mould',
      ['Model ve kalıp yapımı', 'Pattern and mould making'],
      [
        'Döküm modelleri, maçalar için sandıklar, kokil ve basınçlı döküm kalıpları, kesme ve şekillendirme kalıpları.',
        'Foundry patterns, core boxes, permanent and die-casting moulds, cutting and forming dies.',
      ],
      ['25.73'],
      ['casting'],
    ),
    stage(
      'casting',
      ['Döküm', 'Casting'],
      [
        'Demir, çelik, hafif metal (alüminyum, magnezyum) ve diğer demir dışı metallerin dökümü.',
        'Casting of iron, steel, light metals (aluminium, magnesium) and other non-ferrous metals.',
      ],
      ['24.51', '24.52', '24.53', '24.54'],
      ['machining'],
    ),
    stage(
      'machining',
      ['Talaşlı imalat', 'Machining'],
      [
        'Döküm ve dövme parçaların tornalanması, frezelenmesi, delinmesi ve taşlanması; dövme ve presleme ile taslak üretimi.',
        'Turning, milling, drilling and grinding of cast and forged parts; forging and pressing of blanks.',
      ],
      ['25.62', '25.50'],
      ['finishing', 'assembly'],
    ),
    stage(
      'finishing',
      ['Isıl işlem ve yüzey işlemleri', 'Finishing'],
      [
        'Isıl işlem, kumlama, boya, galvaniz, kaplama ve diğer yüzey işlemleri.',
        'Heat treatment, shot blasting, painting, galvanising, plating and other surface treatment.',
      ],
      ['25.61'],
      ['assembly'],
    ),
    stage(
      'assembly',
      ['Makine montajı', 'Machinery assembly'],
      [
        'Pompa, vana, tarım makinesi, takım tezgâhı ve diğer makine ve ekipmanların imalatı ve montajı.',
        'Manufacture and assembly of pumps, valves, agricultural machinery, machine tools and other machinery and equipment.',
      ],
      ['28'],
      ['distribution'],
    ),
    stage(
      'testing_certification',
      ['Test ve belgelendirme', 'Testing and certification'],
      [
        'Malzeme analizi, tahribatsız muayene, kalibrasyon, ürün testi ve CE belgelendirme.',
        'Material analysis, non-destructive testing, calibration, product testing and CE certification.',
      ],
      ['71.20'],
      ['casting', 'assembly'],
    ),
    stage(
      'distribution',
      ['Dağıtım', 'Distribution'],
      [
        'Makine ve ekipman toptan ticareti, bayiler, ihracat, karayolu taşımacılığı ve depolama.',
        'Machinery and equipment wholesale, dealers, export, road freight and warehousing.',
      ],
      ['46.61', '46.62', '46.63', '46.69', '49.41', '52.10'],
      ['after_sales'],
    ),
    stage(
      'after_sales',
      ['Satış sonrası hizmet', 'After-sales service'],
      [
        'Kurulum ve devreye alma, bakım ve onarım, yedek parça ve modernizasyon.',
        'Installation and commissioning, maintenance and repair, spare parts and retrofitting.',
      ],
      ['33.12', '33.20'],
      [],
    ),
  ],
  supportFunctions: [
    FINANCE,
    TRAINING,
    RESEARCH,
    supportFunction(
      'logistics',
      'logistics',
      ['Lojistik', 'Logistics'],
      [
        'Taşıma organizatörleri, gümrük müşavirleri ve yükleme-boşaltma hizmetleri.',
        'Freight forwarders, customs brokers and cargo handling.',
      ],
      ['52.24', '52.29'],
      ['service_provider'],
    ),
    PUBLIC_BODIES,
    ASSOCIATIONS,
    CONSULTANCY,
  ],
};
