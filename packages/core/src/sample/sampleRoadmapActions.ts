// The sample roadmap's action plan as an agency would write it: titles, objectives, owners and
// partners, budgets and funding, statuses, timing, links and indicators. Dates and keys are
// worked out by sampleRoadmap; here they are named relative to the day and the workshops.

import type { ActionLayer, ActionStatus } from '../roadmap/actionInput';

/**
 * An organisation by its name (the sample's institutions), `firm:<n>` for the n-th largest firm
 * (1-based), or `provider:<nace>` for the service provider with that NACE class (else firm 5).
 */
export type SampleOrganisationRef = string;

/**
 * When an action runs: a done one from `startMonthsAgo` months to `endDaysAgo` days before today;
 * the others from `startMonths` months from today (negative: in the past) to `endMonths` months
 * after the roadmap's first day, which sets their term (12: short, up to 36: medium, more: long).
 */
export type SampleTiming =
  | { status: 'done'; startMonthsAgo: number; endDaysAgo: number }
  | { status: Exclude<ActionStatus, 'done'>; startMonths: number; endMonths: number };

/** How the indicator stands today; `none`: no value recorded yet. */
export type SampleHealth = 'achieved' | 'on_track' | 'at_risk' | 'late' | 'none';

export interface SampleIndicator {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  health: SampleHealth;
  /** Quarterly values recorded (2-6), the latest at the last quarter's end before today. */
  values: number;
  /** Decimals the values are recorded with. */
  decimals?: number;
  /** The note on the latest value. */
  note?: string;
}

export interface SampleAction {
  title: string;
  objective: string;
  layer: ActionLayer;
  owner: SampleOrganisationRef;
  partners: readonly SampleOrganisationRef[];
  budget: number;
  fundingSource: string;
  timing: SampleTiming;
  /** The success factors and skills it addresses (indexes of SAMPLE_FACTORS and SAMPLE_SKILLS). */
  factors: readonly number[];
  skills: readonly number[];
  vision?: boolean;
  /** Keys of items the server's analysis yields (gaps of the cluster map, clusters). */
  otherKeys: readonly string[];
  indicators: readonly SampleIndicator[];
}

const ODA = 'Ege Sanayi Odası (örnek)';
const ITO = 'İzmir Ticaret Odası (örnek)';
const DERNEK = 'Döküm Sanayicileri Derneği İzmir Şubesi (örnek)';
const KTU = 'Körfez Teknik Üniversitesi (örnek)';
const EUBU = 'Ege Uygulamalı Bilimler Üniversitesi (örnek)';
const MYO = 'Gediz Meslek Yüksekokulu (örnek)';
const AJANS = 'İzmir Bölge Kalkınma Ajansı (örnek)';
const KOBI = 'KOBİ Destek Merkezi İzmir (örnek)';
const OSB = 'Kemalpaşa Organize Sanayi Bölgesi (örnek)';
const VAKIF = 'Metal İşçileri Eğitim Vakfı (örnek)';
const GMD = 'Genç Mühendisler Derneği (örnek)';
const BANKA = 'Ege Kalkınma Bankası Şubesi (örnek)';
const GIRISIM = 'Anadolu Girişim Sermayesi (örnek)';

const CLUSTER = {
  upstream: 'cluster:Upstream Metal Manufacturing',
  machinery: 'cluster:Production Technology and Heavy Machinery',
  downstream: 'cluster:Downstream Metal Products',
};
const GAP = {
  distribution: 'gap:empty_stage:distribution',
  testingToCasting: 'gap:no_ties_between_stages:testing_certification-casting',
  testingToAssembly: 'gap:no_ties_between_stages:testing_certification-assembly',
  afterSales: 'gap:thin_stage:after_sales',
  design: 'gap:thin_stage:design_engineering',
  patterns: 'gap:thin_stage:pattern_mould',
  testing: 'gap:thin_stage:testing_certification',
};

const KDP = 'Kümelenme Destek Programı (Sanayi ve Teknoloji Bakanlığı)';

export const SAMPLE_ACTIONS: readonly SampleAction[] = [
  {
    title: 'Küme yönetim biriminin kurulması',
    objective:
      'Küme koordinatörü ve bir uzmandan oluşan küme yönetim birimini kurmak; yönlendirme kurulunu oluşturmak, üyelik ve aidat sistemini başlatmak ve kümenin tüzel kişiliğini (küme derneği) tescil ettirmek.',
    layer: 'resources',
    owner: ODA,
    partners: [AJANS, DERNEK, OSB],
    budget: 1_850_000,
    fundingSource: `${KDP} ve üye aidatları`,
    timing: { status: 'done', startMonthsAgo: 16, endDaysAgo: 45 },
    factors: [5],
    skills: [10],
    vision: true,
    otherKeys: [],
    indicators: [
      {
        name: 'Küme yönetim biriminde tam zamanlı personel',
        unit: 'kişi',
        baseline: 0,
        target: 2,
        health: 'achieved',
        values: 3,
        note: 'Küme uzmanı işe başladı; birim tam kadro.',
      },
    ],
  },
  {
    title: 'Ortak test ve kalibrasyon laboratuvarı (ISO/IEC 17025)',
    objective:
      'Körfez Teknik Üniversitesi yerleşkesinde döküm ve işlenmiş parçalar için mekanik test, metalografi, kimyasal analiz ve boyutsal ölçüm yapan, ISO/IEC 17025 kapsamında akredite bir ortak kullanım laboratuvarı kurmak; küme üyelerine indirimli hizmet vermek.',
    layer: 'resources',
    owner: KTU,
    partners: [DERNEK, OSB, 'provider:71.20'],
    budget: 12_500_000,
    fundingSource: `İZKA Mali Destek Programı (%50), ${KDP} ve üniversite katkısı`,
    timing: { status: 'in_progress', startMonths: -10, endMonths: 30 },
    factors: [1],
    skills: [2, 3],
    otherKeys: [GAP.testingToCasting, GAP.testingToAssembly, GAP.testing, CLUSTER.upstream],
    indicators: [
      {
        name: 'Laboratuvar hizmeti alan küme firması',
        unit: 'firma',
        baseline: 0,
        target: 30,
        health: 'on_track',
        values: 3,
      },
      {
        name: 'Akreditasyon kapsamındaki test yöntemi',
        unit: 'adet',
        baseline: 0,
        target: 12,
        health: 'none',
        values: 0,
      },
    ],
  },
  {
    title: 'CNC operatörlüğü ve programlama eğitim programı',
    objective:
      'Gediz Meslek Yüksekokulu ile birlikte firmaların tezgâhlarında uygulamalı, 320 saatlik CNC operatörlüğü ve CAM programlama eğitimi düzenlemek; katılımcıları küme firmalarında staja ve işe yerleştirmek.',
    layer: 'capabilities',
    owner: MYO,
    partners: [VAKIF, ODA, 'firm:2'],
    budget: 2_400_000,
    fundingSource: 'İZKA Mali Destek Programı ve İŞKUR İşbaşı Eğitim Programı',
    timing: { status: 'in_progress', startMonths: -9, endMonths: 12 },
    factors: [0],
    skills: [0, 1],
    otherKeys: [],
    indicators: [
      {
        name: 'Sertifika alan CNC operatörü',
        unit: 'kişi',
        baseline: 0,
        target: 120,
        health: 'on_track',
        values: 3,
      },
      {
        name: 'Eğitim sonrası küme firmalarında işe yerleşme oranı',
        unit: '%',
        baseline: 0,
        target: 70,
        health: 'on_track',
        values: 2,
      },
    ],
  },
  {
    title: 'Almanya ve İtalya makine fuarlarına ortak ihracat heyeti',
    objective:
      'Hannover Messe ve EMO Milano fuarlarına küme standıyla katılmak, alıcı firmalarla önceden ayarlanmış ikili görüşmeler yapmak; 15 küme firmasının yeni Avrupa müşterileriyle bağlantı kurmasını sağlamak.',
    layer: 'market',
    owner: ITO,
    partners: [ODA, 'firm:1', 'firm:3'],
    budget: 3_200_000,
    fundingSource: 'Ticaret Bakanlığı URGE desteği ve katılımcı firmaların payı',
    timing: { status: 'delayed', startMonths: -7, endMonths: 18 },
    factors: [2],
    skills: [4, 5],
    otherKeys: [CLUSTER.machinery],
    indicators: [
      {
        name: 'Heyete katılan küme firması',
        unit: 'firma',
        baseline: 0,
        target: 15,
        health: 'at_risk',
        values: 2,
        note: 'Fuar katılım bedelleri arttı; firmaların çoğu kararını erteledi.',
      },
      {
        name: 'Küme firmalarının satışlarında ihracat payı',
        unit: '%',
        baseline: 31,
        target: 38,
        health: 'on_track',
        values: 2,
        decimals: 1,
      },
    ],
  },
  {
    title: 'Tedarikçi geliştirme programı',
    objective:
      "Beş ana firmanın KOBİ tedarikçilerine kalite (ISO 9001), yalın üretim ve zamanında teslimat üzerine yerinde danışmanlık vermek; model ve kalıp tedarikinin İzmir'de yapılmasını sağlamak.",
    layer: 'products_services',
    owner: 'firm:1',
    partners: [KOBI, DERNEK, 'firm:4'],
    budget: 4_500_000,
    fundingSource: 'KOSGEB İşbirliği-Güçbirliği Destek Programı ve ana firmaların katkısı',
    timing: { status: 'in_progress', startMonths: -8, endMonths: 24 },
    factors: [4],
    skills: [9],
    otherKeys: [GAP.patterns, CLUSTER.downstream],
    indicators: [
      {
        name: 'Programı tamamlayan tedarikçi KOBİ',
        unit: 'firma',
        baseline: 0,
        target: 25,
        health: 'on_track',
        values: 2,
      },
    ],
  },
  {
    title: 'Dijital dönüşüm pilotu: üretim verisi ve MES',
    objective:
      'On küme firmasında makine verisinin toplanması, üretim yürütme sistemi (MES) ve ERP entegrasyonu pilotu yapmak; sonuçları diğer üyelere örnek vaka olarak sunmak.',
    layer: 'capabilities',
    owner: EUBU,
    partners: [KOBI, GMD],
    budget: 5_000_000,
    fundingSource: 'İZKA Dijital Dönüşüm Mali Destek Programı ve KOSGEB',
    timing: { status: 'delayed', startMonths: -5, endMonths: 24 },
    factors: [3],
    skills: [6, 7],
    otherKeys: [],
    indicators: [
      {
        name: 'MES pilotunu tamamlayan firma',
        unit: 'firma',
        baseline: 0,
        target: 10,
        health: 'none',
        values: 0,
      },
    ],
  },
  {
    title: 'Döküm simülasyonu ve kalıp tasarım merkezi',
    objective:
      'Döküm simülasyonu, tersine mühendislik ve kalıp tasarımı hizmeti veren ortak bir tasarım merkezi kurmak; küme firmalarının yeni ürün geliştirme süresini kısaltmak.',
    layer: 'products_services',
    owner: KTU,
    partners: ['firm:2', GMD, GIRISIM],
    budget: 8_000_000,
    fundingSource: 'TÜBİTAK 1004 Programı ve İZKA Mali Destek Programı',
    timing: { status: 'planned', startMonths: 2, endMonths: 54 },
    factors: [4, 6],
    skills: [8],
    otherKeys: [GAP.design, GAP.patterns],
    indicators: [
      {
        name: 'Merkezde tasarlanan yeni ürün',
        unit: 'adet',
        baseline: 0,
        target: 20,
        health: 'none',
        values: 0,
      },
    ],
  },
  {
    title: 'Dağıtım ve lojistik merkezi için yatırımcı çekme',
    objective:
      "Değer zincirinin dağıtım halkasındaki boşluğu kapatmak için Kemalpaşa'da makine ve yedek parça dağıtımına yönelik bir lojistik merkezi yatırımı hazırlamak; yatırımcı arama, arsa tahsisi ve teşvik başvurusunu yürütmek.",
    layer: 'resources',
    owner: OSB,
    partners: [AJANS, BANKA],
    budget: 25_000_000,
    fundingSource:
      'Yatırım ortaklığı: OSB, özel yatırımcı ve Ege Kalkınma Bankası kredisi; Yatırım Teşvik Sistemi',
    timing: { status: 'planned', startMonths: 3, endMonths: 60 },
    factors: [8],
    skills: [],
    otherKeys: [GAP.distribution],
    indicators: [
      {
        name: 'Dağıtım halkasında faaliyete geçen firma',
        unit: 'firma',
        baseline: 0,
        target: 2,
        health: 'none',
        values: 0,
      },
    ],
  },
  {
    title: 'Firmalar arası eşleştirme (B2B) toplantıları',
    objective:
      'Üç ayda bir ana firmalar, KOBİ tedarikçiler ve üniversiteler arasında eşleştirme toplantıları düzenleyerek ortak proje ve tedarik ilişkileri başlatmak.',
    layer: 'market',
    owner: DERNEK,
    partners: [ODA, KTU],
    budget: 450_000,
    fundingSource: 'Üye aidatları',
    timing: { status: 'done', startMonthsAgo: 14, endDaysAgo: 40 },
    factors: [5],
    skills: [],
    otherKeys: [CLUSTER.upstream],
    indicators: [
      {
        name: 'Eşleştirmeyle başlayan ortak proje',
        unit: 'adet',
        baseline: 0,
        target: 10,
        health: 'late',
        values: 4,
        note: 'Üç proje başvurusu değerlendirmede; hedefe gelecek yıl ulaşılması bekleniyor.',
      },
    ],
  },
  {
    title: 'Üniversite-sanayi Ar-Ge proje hazırlama desteği',
    objective:
      'Teknoloji transfer ofisi aracılığıyla firmalara TÜBİTAK 1501, 1505 ve Ufuk Avrupa çağrıları için proje yazım eğitimi ve birebir destek vermek; üniversite-sanayi ortak projelerini artırmak.',
    layer: 'capabilities',
    owner: EUBU,
    partners: [KTU, GMD],
    budget: 900_000,
    fundingSource: 'TÜBİTAK ve İZKA Teknik Destek Programı',
    timing: { status: 'in_progress', startMonths: -7, endMonths: 36 },
    factors: [6],
    skills: [11],
    otherKeys: [],
    indicators: [
      {
        name: 'Sunulan ortak Ar-Ge proje başvurusu',
        unit: 'adet',
        baseline: 2,
        target: 14,
        health: 'on_track',
        values: 2,
      },
    ],
  },
  {
    title: 'Finansmana erişim masası',
    objective:
      'Küme firmalarına yatırım fizibilitesi, hibe ve kredi başvurularında ücretsiz danışmanlık veren bir destek masası kurmak; kalkınma ajansı, KOSGEB ve banka programlarını tek noktadan tanıtmak.',
    layer: 'resources',
    owner: BANKA,
    partners: [AJANS, KOBI, GIRISIM],
    budget: 350_000,
    fundingSource: 'Ege Kalkınma Bankası ve İZKA Teknik Destek Programı',
    timing: { status: 'in_progress', startMonths: -7, endMonths: 12 },
    factors: [7],
    skills: [12],
    otherKeys: [],
    indicators: [
      {
        name: 'Danışmanlık alan firma',
        unit: 'firma',
        baseline: 0,
        target: 40,
        health: 'on_track',
        values: 2,
      },
    ],
  },
  {
    title: 'Küme markası ve ortak tanıtım',
    objective:
      'Küme için ortak marka, iki dilli web sitesi ve üretim yetkinlikleri kataloğu hazırlamak; fuarlarda ortak stant kimliği kullanmak.',
    layer: 'market',
    owner: ODA,
    partners: [ITO, 'firm:3'],
    budget: 1_200_000,
    fundingSource: 'Üye aidatları ve Ticaret Bakanlığı URGE desteği',
    timing: { status: 'planned', startMonths: 1, endMonths: 24 },
    factors: [2],
    skills: [],
    vision: true,
    otherKeys: [CLUSTER.machinery],
    indicators: [
      {
        name: 'Katalogda yer alan küme firması',
        unit: 'firma',
        baseline: 0,
        target: 40,
        health: 'none',
        values: 0,
      },
    ],
  },
  {
    title: 'Satış sonrası bakım ve servis ağı',
    objective:
      'Küme firmalarının ürettiği makineler için İzmir merkezli ortak bakım, onarım ve yedek parça servis ağı kurmak; servis teknisyenlerini ortak eğitimle yetiştirmek.',
    layer: 'products_services',
    owner: 'provider:33.12',
    partners: [KOBI, VAKIF],
    budget: 2_000_000,
    fundingSource: 'KOSGEB İşbirliği-Güçbirliği Destek Programı',
    timing: { status: 'planned', startMonths: 2, endMonths: 30 },
    factors: [2],
    skills: [],
    otherKeys: [GAP.afterSales],
    indicators: [
      {
        name: 'Servis ağına katılan firma',
        unit: 'firma',
        baseline: 0,
        target: 12,
        health: 'none',
        values: 0,
      },
    ],
  },
];
