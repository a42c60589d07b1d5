// The value-chain template of an automotive repair and maintenance cluster (sanayi sitesi): parts
// and equipment in, workshops in the middle, inspection, roadside assistance and end-of-life out.

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

/** NACE 45.20 covers mechanical, electrical, body, paint and tyre work alike: one stage holds it. */
export const AUTOMOTIVE_REPAIR: ValueChainInput = {
  templateId: 'automotive_repair',
  name: { tr: 'Otomotiv bakım ve onarım', en: 'Automotive repair and maintenance' },
  stages: [
    stage(
      'parts_manufacturing',
      ['Yedek parça ve malzeme üretimi', 'Parts and materials manufacturing'],
      [
        'Motorlu kara taşıtları için elektrik-elektronik donanım, diğer parça ve aksesuarlar, lastik, akü, oto boyası ve madeni yağ üretimi.',
        'Manufacture of electrical and electronic equipment, other parts and accessories for motor vehicles, tyres, batteries, vehicle paint and lubricants.',
      ],
      ['29.31', '29.32', '22.11', '27.20', '20.30', '19.20'],
      ['parts_trade'],
    ),
    stage(
      'parts_trade',
      ['Yedek parça ticareti', 'Parts wholesale and retail'],
      [
        'Motorlu taşıt parça ve aksesuarlarının toptan ve perakende ticareti.',
        'Wholesale and retail trade of motor vehicle parts and accessories.',
      ],
      ['45.31', '45.32'],
      ['dealers', 'maintenance_repair'],
    ),
    stage(
      'workshop_equipment',
      ['Atölye ekipmanı ve teşhis cihazları', 'Workshop equipment and diagnostic tools'],
      [
        'Araç liftleri, test ve teşhis cihazları, atölye ekipmanının üretimi ve toptan ticareti.',
        'Manufacture and wholesale of vehicle lifts, testing and diagnostic instruments and workshop equipment.',
      ],
      ['28.22', '26.51', '46.69'],
      ['maintenance_repair', 'inspection'],
    ),
    stage(
      'dealers',
      ['Araç satışı ve yetkili servisler', 'Vehicle sales and authorised dealers'],
      [
        'Otomobil ve diğer motorlu kara taşıtlarının ticareti; yetkili bayilerin servis birimleri.',
        'Sale of cars and other motor vehicles; the service departments of authorised dealers.',
      ],
      ['45.11', '45.19'],
      ['maintenance_repair'],
    ),
    stage(
      'maintenance_repair',
      ['Bakım ve onarım', 'Maintenance and repair'],
      [
        'Mekanik ve elektrik onarımı, kaporta, boya, lastik ve cam hizmetleri, periyodik bakım; motosiklet bakım ve onarımı.',
        'Mechanical and electrical repair, bodywork, paint, tyre and glass services, routine servicing; motorcycle maintenance and repair.',
      ],
      ['45.20', '45.40'],
      ['inspection', 'end_of_life'],
    ),
    stage(
      'inspection',
      ['Araç muayenesi ve ekspertiz', 'Vehicle inspection and appraisal'],
      [
        'Periyodik araç muayenesi, hasar ve ekspertiz raporları, emisyon ölçümü.',
        'Periodic roadworthiness testing, damage and appraisal reports, emission testing.',
      ],
      ['71.20'],
      ['roadside'],
    ),
    stage(
      'roadside',
      ['Yol yardım ve çekici', 'Roadside assistance and towing'],
      [
        'Çekici ve yol yardım hizmetleri, otoparklar ve kara taşımacılığına yardımcı diğer hizmetler.',
        'Towing and roadside assistance, car parks and other services incidental to land transport.',
      ],
      ['52.21'],
      ['maintenance_repair'],
    ),
    stage(
      'end_of_life',
      ['Hurda araç ve atık yönetimi', 'End-of-life vehicles and waste'],
      [
        'Atık yağ, akü ve diğer tehlikeli atıkların toplanması, hurda araçların sökümü ve malzemelerin geri kazanımı.',
        'Collection of waste oil, batteries and other hazardous waste, dismantling of end-of-life vehicles and recovery of materials.',
      ],
      ['38.12', '38.31', '38.32'],
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
        'Parça dağıtımı yapan karayolu taşımacıları ve kargo firmaları.',
        'Road hauliers and parcel services that deliver parts.',
      ],
      ['49.41', '53.20'],
      ['service_provider'],
    ),
    PUBLIC_BODIES,
    ASSOCIATIONS,
    CONSULTANCY,
  ],
};
