// The value-chain template of a processed fruit and vegetables cluster: from seedlings and growers
// through post-harvest handling, cold storage and packaging to processors and exporters.

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

/** Processing: 10.31 potatoes, 10.32 juices, 10.39 other fruit and vegetables (dried, frozen, canned, paste). */
export const PROCESSED_FRUIT_VEGETABLES: ValueChainInput = {
  templateId: 'processed_fruit_vegetables',
  name: { tr: 'İşlenmiş meyve ve sebze', en: 'Processed fruit and vegetables' },
  stages: [
    stage(
      'agricultural_inputs',
      ['Tarımsal girdiler', 'Agricultural inputs'],
      [
        'Fide ve fidan, gübre, zirai ilaç, tarım makineleri ve bunların ticareti.',
        'Seedlings and saplings, fertilisers, pesticides, agricultural machinery and their trade.',
      ],
      ['01.30', '20.15', '20.20', '28.30', '46.61', '46.75'],
      ['growing'],
    ),
    stage(
      'growing',
      ['Tarımsal üretim', 'Growing'],
      [
        'Sebze, üzüm, turunçgil, yumuşak ve sert çekirdekli meyveler, sert kabuklu meyveler ve zeytin yetiştiriciliği; bitkisel üretimi destekleyici hizmetler.',
        'Growing of vegetables, grapes, citrus, pome and stone fruit, nuts and olives; support activities for crop production.',
      ],
      ['01.13', '01.21', '01.22', '01.23', '01.24', '01.25', '01.26', '01.61'],
      ['post_harvest'],
    ),
    stage(
      'post_harvest',
      ['Hasat sonrası işlemler ve toplama', 'Post-harvest handling and collection'],
      [
        'Ürünün temizlenmesi, ayıklanması, sınıflandırılması; komisyoncular ve yaş meyve-sebze toptancıları.',
        'Cleaning, sorting and grading of produce; commission agents and wholesalers of fresh fruit and vegetables.',
      ],
      ['01.63', '46.31'],
      ['cold_storage', 'processing'],
    ),
    stage(
      'cold_storage',
      ['Soğuk zincir ve depolama', 'Cold chain and storage'],
      [
        'Soğuk hava depoları, ön soğutma ve depolama hizmetleri.',
        'Cold stores, pre-cooling and warehousing services.',
      ],
      ['52.10'],
      ['processing', 'distribution'],
    ),
    stage(
      'packaging',
      ['Ambalaj', 'Packaging'],
      [
        'Oluklu mukavva kutu, plastik ambalaj, metal kutu, cam kavanoz ve şişe üretimi; paketleme hizmetleri.',
        'Corrugated cartons, plastic packaging, metal cans, glass jars and bottles; packaging services.',
      ],
      ['17.21', '22.22', '25.92', '23.13', '82.92'],
      ['processing'],
    ),
    stage(
      'food_machinery',
      ['Gıda işleme makineleri', 'Food processing machinery'],
      [
        'Yıkama, ayıklama, kurutma, dondurma, konserve ve dolum makinelerinin imalatı.',
        'Manufacture of washing, sorting, drying, freezing, canning and filling machinery.',
      ],
      ['28.93'],
      ['processing'],
    ),
    stage(
      'processing',
      ['İşleme', 'Processing'],
      [
        'Patates işleme, meyve ve sebze suyu, kurutulmuş, dondurulmuş ve konserve ürünler, salça, reçel ve turşu üretimi.',
        'Potato processing, fruit and vegetable juice, dried, frozen and canned products, tomato paste, jam and pickles.',
      ],
      ['10.31', '10.32', '10.39'],
      ['distribution'],
    ),
    stage(
      'quality',
      ['Kalite kontrol ve belgelendirme', 'Quality control and certification'],
      [
        'Kalıntı ve mikrobiyoloji analizleri, gıda güvenliği ve ihracat belgelendirmesi.',
        'Residue and microbiological analysis, food safety and export certification.',
      ],
      ['71.20'],
      ['growing', 'processing'],
    ),
    stage(
      'distribution',
      ['Dağıtım, pazarlama ve ihracat', 'Distribution, marketing and export'],
      [
        'Gıda ve içecek toptancıları, zincir marketlere tedarik ve ihracatçılar.',
        'Food and beverage wholesalers, supply to retail chains and exporters.',
      ],
      ['46.34', '46.38', '46.39'],
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
        'Soğutmalı karayolu taşımacılığı, taşıma organizatörleri ve gümrük müşavirleri.',
        'Refrigerated road freight, freight forwarders and customs brokers.',
      ],
      ['49.41', '52.29'],
      ['service_provider'],
    ),
    supportFunction(
      'producer_organisations',
      'association',
      ['Üretici örgütleri', 'Producer organisations'],
      [
        'Tarımsal kalkınma ve tarım satış kooperatifleri, üretici birlikleri ve ziraat odaları.',
        'Agricultural development and sales cooperatives, producer unions and chambers of agriculture.',
      ],
      [],
      ['ngo', 'chamber'],
    ),
    PUBLIC_BODIES,
    ASSOCIATIONS,
    CONSULTANCY,
  ],
};
