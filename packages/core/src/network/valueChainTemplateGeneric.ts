// The generic manufacturing value-chain template, for a sector without a template of its own: a
// project copies it and puts its own NACE classes on the stages.

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
 * Broad codes on purpose: production is section C (divisions 10 to 33), and the more specific codes
 * of the other stages (25 parts, 25.61 finishing, 33 repair) win over it when an organisation is
 * placed by its code.
 */
export const GENERIC_MANUFACTURING: ValueChainInput = {
  templateId: 'generic_manufacturing',
  name: { tr: 'Genel imalat', en: 'Generic manufacturing' },
  stages: [
    stage(
      'inputs',
      ['Hammadde ve ara mallar', 'Raw materials and intermediate goods'],
      [
        'Madencilik ürünleri, metaller, kimyasallar, ara mallar ve hurda; bunların toptan ticareti.',
        'Mining products, metals, chemicals, intermediate goods and scrap; their wholesale trade.',
      ],
      ['05', '06', '07', '08', '46.72', '46.75', '46.76', '46.77'],
      ['components', 'production'],
    ),
    stage(
      'design',
      ['Tasarım ve mühendislik', 'Design and engineering'],
      [
        'Ürün ve endüstriyel tasarım, mühendislik ve teknik danışmanlık.',
        'Product and industrial design, engineering and technical consultancy.',
      ],
      ['71.12', '74.10'],
      ['components', 'production'],
    ),
    stage(
      'components',
      ['Parça ve bileşen üretimi', 'Parts and components'],
      [
        'Metal, plastik ve kauçuk parçalar, elektronik bileşenler ve fason imalat.',
        'Metal, plastic and rubber parts, electronic components and contract manufacturing.',
      ],
      ['22', '25', '26.1'],
      ['production'],
    ),
    stage(
      'finishing',
      ['Yüzey işlemleri ve paketleme', 'Finishing and packaging'],
      [
        'Isıl işlem, kaplama ve boya hizmetleri; ambalajlama ve paketleme.',
        'Heat treatment, coating and painting services; packaging and packing services.',
      ],
      ['25.61', '82.92'],
      ['production'],
    ),
    stage(
      'production',
      ['Nihai ürün imalatı', 'Final product manufacturing'],
      [
        'Kümenin ana ürünlerinin imalatı ve montajı; kümenin kendi NACE sınıflarıyla daraltın.',
        'Manufacture and assembly of the cluster’s main products; narrow it to the cluster’s own NACE classes.',
      ],
      ['C'],
      ['distribution'],
    ),
    stage(
      'testing',
      ['Test, kalite ve belgelendirme', 'Testing, quality and certification'],
      [
        'Teknik test ve analiz, kalibrasyon, ürün belgelendirme.',
        'Technical testing and analysis, calibration, product certification.',
      ],
      ['71.20'],
      ['components', 'production'],
    ),
    stage(
      'distribution',
      ['Dağıtım ve satış', 'Distribution and sales'],
      [
        'Toptan ticaret, bayiler, ihracat, karayolu taşımacılığı ve depolama.',
        'Wholesale trade, dealers, export, road freight and warehousing.',
      ],
      ['46', '49.41', '52.10'],
      ['after_sales'],
    ),
    stage(
      'after_sales',
      ['Satış sonrası hizmet', 'After-sales service'],
      [
        'Kurulum, bakım ve onarım, yedek parça.',
        'Installation, maintenance and repair, spare parts.',
      ],
      ['33'],
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
    supportFunction(
      'information_technology',
      'other',
      ['Bilişim', 'Information technology'],
      [
        'Yazılım, ERP ve üretim yazılımları, bilgi işlem danışmanlığı.',
        'Software, ERP and manufacturing systems, IT consultancy.',
      ],
      ['62'],
      ['service_provider'],
    ),
    PUBLIC_BODIES,
    ASSOCIATIONS,
    CONSULTANCY,
  ],
};
