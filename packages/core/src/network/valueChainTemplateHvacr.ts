// The value-chain template of a heating, ventilation, air conditioning and refrigeration (HVAC-R)
// cluster: materials and components, equipment makers, installers, and service through the life.

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

/** Equipment: 28.25 non-domestic cooling and ventilation, 28.21 burners, 25.21 radiators and boilers. */
export const HVAC_R: ValueChainInput = {
  templateId: 'hvac_r',
  name: {
    tr: 'Isıtma, havalandırma, iklimlendirme ve soğutma (HVAC-R)',
    en: 'Heating, ventilation, air conditioning and refrigeration (HVAC-R)',
  },
  stages: [
    stage(
      'materials',
      ['Hammadde ve malzeme', 'Raw materials and materials'],
      [
        'Sac, bakır ve alüminyum boru ve levha, plastik boru, yalıtım malzemeleri ve soğutucu gazlar.',
        'Steel sheet, copper and aluminium tube and sheet, plastic pipe, insulation materials and refrigerant gases.',
      ],
      ['24.10', '24.20', '24.42', '24.44', '22.21', '23.99', '20.11', '46.72'],
      ['components', 'equipment'],
    ),
    stage(
      'components',
      ['Bileşen üretimi', 'Component manufacturing'],
      [
        'Kompresörler, elektrik motorları, vanalar, termostat ve kontrol cihazları, elektronik kartlar.',
        'Compressors, electric motors, valves, thermostats and controls, electronic boards.',
      ],
      ['28.13', '28.14', '27.11', '26.51', '26.12'],
      ['equipment'],
    ),
    stage(
      'design',
      ['Tasarım ve proje mühendisliği', 'Design and engineering'],
      [
        'Ürün tasarımı, ısı yükü hesapları, mekanik tesisat projeleri ve enerji verimliliği etütleri.',
        'Product design, heat load calculations, building services design and energy efficiency studies.',
      ],
      ['71.12', '74.10'],
      ['equipment', 'installation'],
    ),
    stage(
      'equipment',
      ['Cihaz ve sistem üretimi', 'Equipment manufacturing'],
      [
        'Klima, soğutma grubu, ısı eşanjörü, fan ve havalandırma cihazları, kazan, radyatör, brülör, buzdolabı ve ev tipi ısıtıcılar.',
        'Air conditioners, chillers, heat exchangers, fans and ventilation units, boilers, radiators, burners, refrigerators and domestic heaters.',
      ],
      ['28.25', '28.21', '25.21', '25.30', '27.51', '27.52'],
      ['distribution', 'testing'],
    ),
    stage(
      'testing',
      ['Test ve belgelendirme', 'Testing and certification'],
      [
        'Performans ve verimlilik testleri, enerji etiketi, CE ve basınçlı ekipman belgelendirmesi.',
        'Performance and efficiency testing, energy labelling, CE and pressure equipment certification.',
      ],
      ['71.20'],
      ['equipment'],
    ),
    stage(
      'distribution',
      ['Toptan ve perakende satış', 'Wholesale and distribution'],
      [
        'Tesisat ve ısıtma malzemesi, makine ve ev aletleri toptancıları, bayiler ve ihracatçılar.',
        'Wholesalers of plumbing and heating equipment, machinery and household appliances, dealers and exporters.',
      ],
      ['46.74', '46.43', '46.69'],
      ['installation'],
    ),
    stage(
      'installation',
      ['Montaj ve taahhüt', 'Installation and contracting'],
      [
        'Isıtma, havalandırma, iklimlendirme ve soğutma tesisatının kurulması ve devreye alınması.',
        'Installation and commissioning of heating, ventilation, air conditioning and refrigeration systems.',
      ],
      ['43.22'],
      ['service'],
    ),
    stage(
      'service',
      ['Bakım, onarım ve satış sonrası', 'Maintenance, repair and after-sales service'],
      [
        'Ticari ve endüstriyel soğutma ve iklimlendirme cihazlarının bakımı ve onarımı, ev aletleri servisi.',
        'Maintenance and repair of commercial and industrial cooling equipment, household appliance service.',
      ],
      ['33.12', '95.22'],
      ['recovery'],
    ),
    stage(
      'recovery',
      ['Soğutucu gaz geri kazanımı ve geri dönüşüm', 'Refrigerant recovery and recycling'],
      [
        'Soğutucu gazların ve diğer tehlikeli atıkların toplanması, hurda cihazlardan malzeme geri kazanımı.',
        'Collection of refrigerants and other hazardous waste, recovery of materials from scrapped equipment.',
      ],
      ['38.12', '38.32'],
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
        'Karayolu taşımacılığı, depolama ve taşıma organizatörleri.',
        'Road freight, warehousing and freight forwarders.',
      ],
      ['49.41', '52.10', '52.29'],
      ['service_provider'],
    ),
    PUBLIC_BODIES,
    ASSOCIATIONS,
    CONSULTANCY,
  ],
};
