// What the sample's working group writes and how it votes in its three workshops: vision drafts,
// the success factors with the weights and performance the group gives them, and the skills under
// them with their ratings. Turkish, as the sample's typed texts are.

/** A vision draft; `under` is the index of the draft it is grouped under. */
export interface SampleVisionDraft {
  text: string;
  under?: number;
  /** How much the group likes it: dots are drawn in proportion. */
  appeal: number;
}

export const SAMPLE_VISION_DRAFTS: readonly SampleVisionDraft[] = [
  {
    text: "Avrupa'nın güvenilir döküm ve makine tedarikçisi olan, ihracatını ikiye katlamış bir küme",
    appeal: 5,
  },
  {
    text: 'Nitelikli insan gücüyle tanınan, genç mühendislerin çalışmak istediği bir sanayi bölgesi',
    appeal: 3,
  },
  {
    text: 'Ortak test laboratuvarı ve dijital üretimle yüksek katma değerli parça üreten bir küme',
    appeal: 4,
  },
  { text: 'Yeşil dönüşümü tamamlamış, düşük karbonlu döküm yapan bir üretim merkezi', appeal: 2 },
  {
    text: "Ege'nin makine ve metal sektöründe iş birliği yapan, birlikte büyüyen firmalar ağı",
    appeal: 2,
  },
  {
    text: 'Avrupa pazarında kendi markalarıyla tanınan bir makine kümesi',
    under: 0,
    appeal: 0,
  },
  {
    text: 'Kalifiye eleman sorununu meslek okullarıyla birlikte çözmüş bir küme',
    under: 1,
    appeal: 0,
  },
  { text: "Endüstri 4.0 uygulamalarında Türkiye'ye örnek olan bir küme", under: 2, appeal: 0 },
  {
    text: 'Üniversiteyle birlikte yeni ürün geliştiren, Ar-Ge yapan firmalar',
    appeal: 1,
  },
];

/** The statement the group decided and confirmed. */
export const SAMPLE_VISION_STATEMENT =
  'İzmir makine, metal ve döküm kümesi on yıl içinde; nitelikli insan gücü, ortak test ve kalibrasyon altyapısı ve dijital üretim yetkinliğiyle Avrupa sanayisinin güvenilir tedarikçileri arasında yer alan, ihracatını iki katına çıkarmış, yenilikçi ve iş birliğine dayalı bir üretim merkezi olacaktır.';

/**
 * A success factor: the weight each member has in mind (shares; the pairwise judgements are drawn
 * from their ratios) and the performance they rate (1-5 mean). Chosen so that the four
 * importance-performance quadrants are all used.
 */
export interface SampleFactor {
  text: string;
  weight: number;
  performance: number;
  /** Notes other members wrote for the same factor, grouped under it. */
  duplicates: readonly string[];
}

export const SAMPLE_FACTORS: readonly SampleFactor[] = [
  {
    text: 'Nitelikli teknik personel ve ara eleman',
    weight: 0.22,
    performance: 2.1,
    duplicates: ['CNC operatörü ve kaynakçı bulabilmek'],
  },
  {
    text: 'Test, kalibrasyon ve belgelendirme altyapısı',
    weight: 0.17,
    performance: 1.8,
    duplicates: ['Akredite laboratuvara yakınlık'],
  },
  {
    text: 'İhracat pazarlarına erişim ve uluslararası bağlantılar',
    weight: 0.14,
    performance: 3.5,
    duplicates: ["Avrupa'daki alıcılarla doğrudan bağlantı"],
  },
  {
    text: 'Dijitalleşme ve Endüstri 4.0 uygulamaları',
    weight: 0.13,
    performance: 2.0,
    duplicates: ['Üretimde veri toplama ve otomasyon'],
  },
  {
    text: 'Döküm ve talaşlı imalatta üretim bilgi birikimi',
    weight: 0.12,
    performance: 4.1,
    duplicates: [],
  },
  {
    text: 'Firmalar arası güven ve iş birliği kültürü',
    weight: 0.07,
    performance: 2.3,
    duplicates: ['Birlikte iş yapma alışkanlığı'],
  },
  {
    text: 'Üniversite-sanayi iş birliği ve Ar-Ge',
    weight: 0.06,
    performance: 2.5,
    duplicates: [],
  },
  {
    text: 'Finansmana ve yatırım desteklerine erişim',
    weight: 0.05,
    performance: 3.4,
    duplicates: ['Uygun maliyetli kredi'],
  },
  {
    text: 'Liman, lojistik ve OSB altyapısına yakınlık',
    weight: 0.04,
    performance: 4.3,
    duplicates: [],
  },
];

/** A skill under a success factor (its index in SAMPLE_FACTORS), with the mean ratings in mind. */
export interface SampleSkill {
  factor: number;
  text: string;
  importance: number;
  current: number;
  required: number;
  duplicates: readonly string[];
}

export const SAMPLE_SKILLS: readonly SampleSkill[] = [
  {
    factor: 0,
    text: 'CNC tezgâh operatörlüğü ve programlama',
    importance: 4.7,
    current: 2.3,
    required: 4.5,
    duplicates: ['CAM programlama bilen operatör'],
  },
  {
    factor: 0,
    text: 'Sertifikalı kaynakçılık ve döküm teknisyenliği',
    importance: 4.3,
    current: 2.6,
    required: 4.2,
    duplicates: [],
  },
  {
    factor: 1,
    text: 'Malzeme testi ve metalografi',
    importance: 4.4,
    current: 1.9,
    required: 4.3,
    duplicates: [],
  },
  {
    factor: 1,
    text: 'Ölçüm ve kalibrasyon (ISO/IEC 17025)',
    importance: 4.2,
    current: 2.0,
    required: 4.1,
    duplicates: ['Laboratuvar akreditasyonu bilgisi'],
  },
  {
    factor: 2,
    text: 'Yabancı dilde teknik satış ve pazarlama',
    importance: 4.1,
    current: 2.2,
    required: 4.0,
    duplicates: ['İngilizce ve Almanca teklif hazırlama'],
  },
  {
    factor: 2,
    text: 'CE işareti ve ihracat mevzuatı',
    importance: 3.8,
    current: 2.7,
    required: 4.0,
    duplicates: [],
  },
  {
    factor: 3,
    text: 'Üretim verisinin toplanması, MES ve ERP kullanımı',
    importance: 4.0,
    current: 1.8,
    required: 3.9,
    duplicates: [],
  },
  {
    factor: 3,
    text: 'Endüstriyel otomasyon ve robotik',
    importance: 3.7,
    current: 1.9,
    required: 3.8,
    duplicates: [],
  },
  {
    factor: 4,
    text: 'Döküm simülasyonu ve kalıp tasarımı',
    importance: 3.9,
    current: 2.8,
    required: 4.2,
    duplicates: ['Kalıp tasarımında simülasyon yazılımı'],
  },
  {
    factor: 4,
    text: 'Yalın üretim ve kalite yönetimi',
    importance: 3.6,
    current: 3.2,
    required: 4.0,
    duplicates: [],
  },
  {
    factor: 5,
    text: 'Ortak proje yönetimi ve küme koordinasyonu',
    importance: 3.5,
    current: 1.7,
    required: 3.6,
    duplicates: [],
  },
  {
    factor: 6,
    text: 'Ar-Ge proje yazımı ve fon başvurusu (TÜBİTAK, Ufuk Avrupa)',
    importance: 3.4,
    current: 1.9,
    required: 3.8,
    duplicates: [],
  },
  {
    factor: 7,
    text: 'Yatırım fizibilitesi ve hibe/kredi başvurusu',
    importance: 3.2,
    current: 2.1,
    required: 3.6,
    duplicates: [],
  },
];
