// The firm interview's page of relation questions: one per relation type, so that the answers
// draw the cluster map (who buys from, sells to and works with whom).

import type { RelationType } from '../relationTypes';
import { t } from './templateText';

const relation = (
  id: string,
  relationType: RelationType,
  title: [string, string],
  description: [string, string],
) => ({
  id,
  type: 'relation' as const,
  title: t(...title),
  description: t(...description),
  relation: { relationType, maxItems: 5 },
});

export const FIRM_RELATION_PAGE = {
  title: t('İş ilişkileri', 'Business relations'),
  questions: [
    relation(
      'suppliers',
      'supplier',
      ['Başlıca tedarikçileriniz', 'Your main suppliers'],
      [
        'Hammadde, malzeme veya parça aldığınız en önemli firmalar; her biri için alımlarınızdaki payını yazınız.',
        "The most important firms you buy materials or parts from; give each one's share of your purchases.",
      ],
    ),
    relation(
      'customers',
      'customer',
      ['Başlıca müşterileriniz', 'Your main customers'],
      [
        'En çok satış yaptığınız firmalar; her biri için satışlarınızdaki payını yazınız.',
        "The firms you sell most to; give each one's share of your sales.",
      ],
    ),
    relation(
      'subcontractors',
      'subcontractor',
      ['Fason iş verdiğiniz firmalar', 'Firms you subcontract work to'],
      [
        'Üretiminizin bir bölümünü (işleme, ısıl işlem, kaplama vb.) yaptırdığınız firmalar.',
        'Firms that do part of your production for you (machining, heat treatment, coating, etc.).',
      ],
    ),
    relation(
      'rd_partners',
      'rd_partner',
      ['Ar-Ge ve tasarım ortaklarınız', 'Your R&D and design partners'],
      [
        'Ortak proje yürüttüğünüz üniversite, mühendislik firması veya diğer kuruluşlar.',
        'Universities, engineering firms or other organisations you run joint projects with.',
      ],
    ),
    relation(
      'training_partners',
      'training_partner',
      [
        'Eğitim aldığınız veya birlikte eğitim düzenlediğiniz kuruluşlar',
        'Organisations you train with',
      ],
      [
        'Çalışanlarınızın eğitimi için birlikte çalıştığınız okullar, odalar, vakıflar veya firmalar.',
        'Schools, chambers, foundations or firms you work with to train your staff.',
      ],
    ),
    relation(
      'export_partners',
      'export_partner',
      ['İhracatta birlikte çalıştığınız kuruluşlar', 'Organisations you export with'],
      [
        'Dış ticaret firmaları, lojistik firmaları, ortak fuar katılımı yaptığınız firmalar.',
        'Trading companies, logistics firms, firms you exhibit with at trade fairs.',
      ],
    ),
  ],
};
