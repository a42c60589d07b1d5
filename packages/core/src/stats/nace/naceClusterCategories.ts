// Kume's default NACE Rev.2 cluster definition as data: the cluster categories (traded and local,
// named as in the US benchmark and the European Cluster Observatory) and the classes of each.
// docs/definitions/nace-rev2.md gives the sources and the rule behind every judgement call.

import type { ClusterType } from '../clusterDefinition';

export interface NaceClusterCategory {
  /** The US benchmark's English name, which is also the code (relatedness files match it). */
  code: string;
  type: ClusterType;
  /** The Turkish name; the English one is the code. */
  tr: string;
  /** NACE Rev.2 classes, dotted ('24.51'), separated by spaces. */
  classes: string;
}

/** 51 traded categories (Delgado, Porter & Stern 2016; Ketels & Protsiv 2014), then the local ones. */
export const naceClusterCategories: readonly NaceClusterCategory[] = [
  {
    code: 'Aerospace Vehicles and Defense',
    type: 'traded',
    tr: 'Havacılık, Uzay ve Savunma Araçları',
    classes: '30.30',
  },
  {
    code: 'Agricultural Inputs and Services',
    type: 'traded',
    tr: 'Tarımsal Girdiler ve Hizmetler',
    classes:
      '01.11 01.12 01.13 01.14 01.15 01.16 01.19 01.21 01.22 01.23 01.24 01.25 01.26 01.27 01.28 01.29 01.30 01.41 01.42 01.43 01.44 01.45 01.46 01.47 01.49 01.50 01.61 01.62 01.63 01.64 20.15',
  },
  {
    code: 'Apparel',
    type: 'traded',
    tr: 'Hazır Giyim',
    classes: '14.11 14.12 14.13 14.14 14.19 14.20',
  },
  {
    code: 'Automotive',
    type: 'traded',
    tr: 'Otomotiv',
    classes: '29.10 29.20 29.31 29.32 30.40 30.99',
  },
  {
    code: 'Biopharmaceuticals',
    type: 'traded',
    tr: 'Biyofarmasötik ve İlaç',
    classes: '21.10 21.20',
  },
  {
    code: 'Business Services',
    type: 'traded',
    tr: 'İş Hizmetleri',
    classes:
      '62.01 62.02 62.03 62.09 63.11 64.20 70.10 70.22 71.11 71.12 74.30 74.90 77.40 78.10 78.30 81.10 82.20 82.30',
  },
  { code: 'Coal Mining', type: 'traded', tr: 'Kömür Madenciliği', classes: '05.10 05.20' },
  {
    code: 'Communications Equipment and Services',
    type: 'traded',
    tr: 'İletişim Ekipmanı ve Hizmetleri',
    classes: '26.30 61.20 61.30 61.90',
  },
  {
    code: 'Construction Products and Services',
    type: 'traded',
    tr: 'İnşaat Ürünleri ve Hizmetleri',
    classes: '23.51 23.52 23.61 23.62 23.64 23.65 23.70 23.99 25.29 25.30 42.12 42.22 42.91 42.99',
  },
  {
    code: 'Distribution and Electronic Commerce',
    type: 'traded',
    tr: 'Dağıtım ve Elektronik Ticaret',
    classes:
      '46.11 46.12 46.13 46.14 46.15 46.16 46.17 46.18 46.19 46.21 46.22 46.24 46.31 46.32 46.35 46.41 46.42 46.43 46.44 46.45 46.46 46.47 46.48 46.49 46.51 46.52 46.61 46.62 46.63 46.64 46.65 46.66 46.69 46.71 46.72 46.75 46.76 46.90 47.91 52.10 77.31 77.32 77.33 77.34 77.35 77.39 82.92',
  },
  {
    code: 'Downstream Chemical Products',
    type: 'traded',
    tr: 'Nihai Kimyasal Ürünler',
    classes: '20.12 20.30 20.41 20.42 20.51 20.52 20.53 20.59',
  },
  {
    code: 'Downstream Metal Products',
    type: 'traded',
    tr: 'Nihai Metal Ürünler',
    classes: '25.11 25.12 25.40 25.71 25.72 25.91 25.92 25.99',
  },
  {
    code: 'Education and Knowledge Creation',
    type: 'traded',
    tr: 'Eğitim ve Bilgi Üretimi',
    classes: '72.11 72.19 72.20 85.41 85.42 85.59 85.60 94.12',
  },
  {
    code: 'Electric Power Generation and Transmission',
    type: 'traded',
    tr: 'Elektrik Üretimi ve İletimi',
    classes: '35.11 35.12',
  },
  {
    code: 'Environmental Services',
    type: 'traded',
    tr: 'Çevre Hizmetleri',
    classes: '38.12 38.21 38.22 38.31 38.32',
  },
  {
    code: 'Financial Services',
    type: 'traded',
    tr: 'Finansal Hizmetler',
    classes: '64.11 64.30 64.91 64.92 64.99 66.11 66.12 66.19 66.30',
  },
  {
    code: 'Fishing and Fishing Products',
    type: 'traded',
    tr: 'Balıkçılık ve Su Ürünleri',
    classes: '03.11 03.12 03.21 03.22 10.20',
  },
  {
    code: 'Food Processing and Manufacturing',
    type: 'traded',
    tr: 'Gıda İşleme ve İmalatı',
    classes:
      '10.31 10.32 10.39 10.41 10.42 10.51 10.52 10.61 10.62 10.72 10.73 10.81 10.82 10.83 10.84 10.85 10.86 10.89 10.91 10.92 11.01 11.02 11.03 11.04 11.05 11.06 11.07',
  },
  { code: 'Footwear', type: 'traded', tr: 'Ayakkabı', classes: '15.11 15.20' },
  { code: 'Forestry', type: 'traded', tr: 'Ormancılık', classes: '02.10 02.20 02.30 02.40' },
  { code: 'Furniture', type: 'traded', tr: 'Mobilya', classes: '31.01 31.02 31.03 31.09' },
  {
    code: 'Hospitality and Tourism',
    type: 'traded',
    tr: 'Konaklama ve Turizm',
    classes:
      '01.70 55.10 55.20 55.30 55.90 77.21 79.11 79.12 79.90 91.02 91.03 91.04 92.00 93.12 93.19 93.21 93.29',
  },
  {
    code: 'Information Technology and Analytical Instruments',
    type: 'traded',
    tr: 'Bilgi Teknolojileri ve Analitik Cihazlar',
    classes: '18.20 26.11 26.12 26.20 26.40 26.51 26.52 26.60 26.80 28.23 58.21 58.29',
  },
  {
    code: 'Insurance Services',
    type: 'traded',
    tr: 'Sigorta Hizmetleri',
    classes: '65.11 65.12 65.20 65.30 66.21 66.29',
  },
  {
    code: 'Jewelry and Precious Metals',
    type: 'traded',
    tr: 'Mücevherat ve Değerli Metaller',
    classes: '24.41 32.11 32.12 32.13',
  },
  {
    code: 'Leather and Related Products',
    type: 'traded',
    tr: 'Deri ve Deri Ürünleri',
    classes: '15.12',
  },
  {
    code: 'Lighting and Electrical Equipment',
    type: 'traded',
    tr: 'Aydınlatma ve Elektrikli Teçhizat',
    classes: '27.11 27.12 27.20 27.31 27.32 27.33 27.40 27.90',
  },
  {
    code: 'Livestock Processing',
    type: 'traded',
    tr: 'Et ve Hayvansal Ürün İşleme',
    classes: '10.11 10.12 10.13 46.23',
  },
  {
    code: 'Marketing, Design, and Publishing',
    type: 'traded',
    tr: 'Pazarlama, Tasarım ve Yayıncılık',
    classes: '58.11 58.12 58.14 58.19 63.12 63.91 63.99 70.21 73.11 73.12 73.20 74.10',
  },
  { code: 'Medical Devices', type: 'traded', tr: 'Tıbbi Cihazlar', classes: '26.70 32.50' },
  { code: 'Metal Mining', type: 'traded', tr: 'Metal Madenciliği', classes: '07.10 07.21 07.29' },
  {
    code: 'Metalworking Technology',
    type: 'traded',
    tr: 'Metal İşleme Teknolojisi',
    classes: '23.91 25.61 25.73 25.94 28.24 28.91',
  },
  { code: 'Music and Sound Recording', type: 'traded', tr: 'Müzik ve Ses Kaydı', classes: '59.20' },
  {
    code: 'Nonmetal Mining',
    type: 'traded',
    tr: 'Metal Dışı Madencilik',
    classes: '08.11 08.12 08.91 08.92 08.93 08.99 09.90',
  },
  {
    code: 'Oil and Gas Production and Transportation',
    type: 'traded',
    tr: 'Petrol ve Doğal Gaz Üretimi ve Taşımacılığı',
    classes: '06.10 06.20 09.10 19.10 19.20 49.50',
  },
  {
    code: 'Paper and Packaging',
    type: 'traded',
    tr: 'Kağıt ve Ambalaj',
    classes: '17.11 17.12 17.21 17.22 17.23 17.24 17.29',
  },
  {
    code: 'Performing Arts',
    type: 'traded',
    tr: 'Gösteri Sanatları',
    classes: '90.01 90.02 90.03 90.04',
  },
  {
    code: 'Plastics',
    type: 'traded',
    tr: 'Plastik',
    classes: '20.16 22.21 22.22 22.23 22.29 32.91',
  },
  {
    code: 'Printing Services',
    type: 'traded',
    tr: 'Basım Hizmetleri',
    classes: '18.11 18.12 18.13 18.14',
  },
  {
    code: 'Production Technology and Heavy Machinery',
    type: 'traded',
    tr: 'Üretim Teknolojisi ve Ağır Makine',
    classes:
      '25.21 28.11 28.12 28.13 28.14 28.15 28.21 28.22 28.25 28.29 28.30 28.41 28.49 28.92 28.93 28.94 28.95 28.96 28.99 30.20',
  },
  {
    code: 'Recreational and Small Electric Goods',
    type: 'traded',
    tr: 'Eğlence ve Küçük Elektrikli Eşyalar',
    classes: '30.91 30.92 32.20 32.30 32.40 32.99',
  },
  {
    code: 'Textile Manufacturing',
    type: 'traded',
    tr: 'Tekstil İmalatı',
    classes: '13.10 13.20 13.30 13.91 13.92 13.93 13.94 13.95 13.96 13.99 14.31 14.39 20.60',
  },
  { code: 'Tobacco', type: 'traded', tr: 'Tütün', classes: '12.00' },
  {
    code: 'Trailers, Motor Homes, and Appliances',
    type: 'traded',
    tr: 'Römork, Karavan ve Beyaz Eşya',
    classes: '27.51 27.52',
  },
  {
    code: 'Transportation and Logistics',
    type: 'traded',
    tr: 'Ulaştırma ve Lojistik',
    classes: '33.16 33.17 49.10 49.20 49.39 49.41 51.10 51.21 51.22 52.21 52.23 52.24 52.29 53.10',
  },
  {
    code: 'Upstream Chemical Products',
    type: 'traded',
    tr: 'Temel Kimyasal Ürünler',
    classes: '20.11 20.13 20.14 20.17 20.20 24.46',
  },
  {
    code: 'Upstream Metal Manufacturing',
    type: 'traded',
    tr: 'Ana Metal Sanayii',
    classes:
      '24.10 24.20 24.31 24.32 24.33 24.34 24.42 24.43 24.44 24.45 24.51 24.52 24.53 24.54 25.50 25.93',
  },
  {
    code: 'Video Production and Distribution',
    type: 'traded',
    tr: 'Video Yapımı ve Dağıtımı',
    classes: '59.11 59.12 59.13',
  },
  {
    code: 'Vulcanized and Fired Materials',
    type: 'traded',
    tr: 'Kauçuk, Cam ve Seramik (Vulkanize ve Pişirilmiş Malzemeler)',
    classes:
      '22.11 22.19 23.11 23.12 23.13 23.14 23.19 23.20 23.31 23.32 23.41 23.42 23.43 23.44 23.49',
  },
  {
    code: 'Water Transportation',
    type: 'traded',
    tr: 'Deniz ve Su Yolu Taşımacılığı',
    classes: '30.11 30.12 33.15 50.10 50.20 50.30 50.40 52.22',
  },
  {
    code: 'Wood Products',
    type: 'traded',
    tr: 'Ağaç Ürünleri',
    classes: '16.10 16.21 16.22 16.23 16.24 16.29',
  },
  {
    code: 'Local Commercial Services',
    type: 'local',
    tr: 'Yerel Ticari Hizmetler',
    classes:
      '33.11 33.12 33.14 33.19 69.10 69.20 71.20 78.20 80.10 80.20 80.30 81.21 81.22 81.29 82.11 82.19 82.99 95.11 95.22 96.01',
  },
  {
    code: 'Local Community and Civic Organizations',
    type: 'local',
    tr: 'Yerel Toplum ve Sivil Toplum Kuruluşları',
    classes: '88.10 88.99 91.01 94.11 94.20 94.91 94.92 94.99',
  },
  {
    code: 'Local Education and Training',
    type: 'local',
    tr: 'Yerel Eğitim ve Öğretim',
    classes: '85.10 85.20 85.31 85.32 85.52 85.53',
  },
  {
    code: 'Local Entertainment and Media',
    type: 'local',
    tr: 'Yerel Eğlence ve Medya',
    classes: '47.41 47.42 47.43 47.61 47.62 47.63 47.64 47.65 58.13 59.14 60.10 60.20 77.22',
  },
  {
    code: 'Local Financial Services',
    type: 'local',
    tr: 'Yerel Finansal Hizmetler',
    classes: '64.19 66.22 82.91',
  },
  {
    code: 'Local Food and Beverage Processing and Distribution',
    type: 'local',
    tr: 'Yerel Gıda ve İçecek İşleme ve Dağıtımı',
    classes:
      '10.71 46.33 46.34 46.36 46.37 46.38 46.39 47.11 47.21 47.22 47.23 47.24 47.25 47.26 47.29 47.81 47.99',
  },
  {
    code: 'Local Health Services',
    type: 'local',
    tr: 'Yerel Sağlık Hizmetleri',
    classes: '47.73 47.74 86.10 86.21 86.22 86.23 86.90 87.10 87.20 87.30 87.90 96.03',
  },
  {
    code: 'Local Hospitality Establishments',
    type: 'local',
    tr: 'Yerel Yeme-İçme ve Ağırlama İşletmeleri',
    classes: '56.10 56.21 56.29 56.30 85.51 93.11 93.13',
  },
  {
    code: 'Local Household Goods and Services',
    type: 'local',
    tr: 'Yerel Ev Eşyası ve Hizmetleri',
    classes: '47.52 47.53 47.54 47.59 47.76 81.30 95.12 95.21 95.24',
  },
  {
    code: 'Local Industrial Products and Services',
    type: 'local',
    tr: 'Yerel Sanayi Ürünleri ve Hizmetleri',
    classes: '25.62 33.13 33.20 46.77',
  },
  {
    code: 'Local Logistical Services',
    type: 'local',
    tr: 'Yerel Lojistik Hizmetler',
    classes: '38.11 49.31 49.32 49.42 53.20 77.11 77.12',
  },
  {
    code: 'Local Motor Vehicle Products and Services',
    type: 'local',
    tr: 'Yerel Motorlu Taşıt Ürünleri ve Hizmetleri',
    classes: '45.11 45.19 45.20 45.31 45.32 45.40 47.30',
  },
  {
    code: 'Local Personal Services (Non-Medical)',
    type: 'local',
    tr: 'Yerel Kişisel Hizmetler (Sağlık Dışı)',
    classes:
      '47.75 47.78 74.20 75.00 77.29 88.91 95.23 95.25 95.29 96.02 96.04 96.09 97.00 98.10 98.20',
  },
  {
    code: 'Local Real Estate, Construction, and Development',
    type: 'local',
    tr: 'Yerel Gayrimenkul, İnşaat ve Geliştirme',
    classes:
      '23.63 23.69 41.10 41.20 42.11 42.13 42.21 43.11 43.12 43.13 43.21 43.22 43.29 43.31 43.32 43.33 43.34 43.39 43.91 43.99 46.73 46.74 68.10 68.20 68.31 68.32',
  },
  {
    code: 'Local Retailing of Clothing and General Merchandise',
    type: 'local',
    tr: 'Yerel Giyim ve Genel Mağaza Perakendeciliği',
    classes: '47.19 47.51 47.71 47.72 47.77 47.79 47.82 47.89',
  },
  {
    code: 'Local Utilities',
    type: 'local',
    tr: 'Yerel Altyapı Hizmetleri',
    classes: '35.13 35.14 35.21 35.22 35.23 35.30 36.00 37.00 39.00 61.10',
  },
  {
    code: 'Local Government Services',
    type: 'local',
    tr: 'Yerel Kamu Hizmetleri',
    classes: '84.11 84.12 84.13 84.21 84.22 84.23 84.24 84.25 84.30 99.00',
  },
];
