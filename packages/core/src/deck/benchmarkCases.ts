// The benchmark cluster initiatives Kume ships, copied into each project's editable library:
// well-documented cases useful to a Turkish agency, in both languages, each with its sources.
// Figures that change yearly say "about" and the year they are from.

import type { BenchmarkCase } from './deckInput';

export type ShippedBenchmarkCase = Omit<BenchmarkCase, 'id'> & { key: string };

const BASQUE: ShippedBenchmarkCase = {
  key: 'basque_cluster_policy',
  name: 'Basque Country cluster policy (SPRI)',
  country: { tr: 'İspanya (Bask Bölgesi)', en: 'Spain (Basque Country)' },
  sector: {
    tr: 'Birçok sektör: otomotiv, havacılık, enerji, makine ve diğerleri',
    en: 'Many sectors: automotive, aeronautics, energy, machinery and others',
  },
  founded: 1990,
  summary: {
    tr: 'Dünyanın en eski küme politikalarından biri. 1990’da Michael Porter’ın ekibi Bask Hükümeti ile bölgenin kümelerini haritaladı; hükümet ardından üyelerinin yönettiği küme derneklerini desteklemeye başladı. Programı bölgesel iş geliştirme ajansı SPRI yürütüyor.',
    en: 'One of the oldest cluster policies in the world. In 1990 Michael Porter’s team mapped the region’s clusters with the Basque Government, which then began to support cluster associations run by their members. The regional business development agency SPRI runs the programme.',
  },
  scale: {
    tr: 'Yaklaşık 20 küme ve ön küme derneği (sayı yıllar içinde değişiyor)',
    en: 'About 20 cluster and pre-cluster associations (the number changes over time)',
  },
  highlights: [
    {
      tr: 'Firmaların yönettiği, Bask Hükümeti’nin ortak finanse ettiği küme dernekleri',
      en: 'Cluster associations led by firms and co-funded by the Basque Government',
    },
    {
      tr: 'Öncelikler zamanla yenilendi ve bölgenin akıllı uzmanlaşma stratejisiyle (RIS3) uyumlu hâle getirildi',
      en: 'Priorities renewed over time and aligned with the region’s smart specialisation strategy (RIS3)',
    },
    {
      tr: 'Kümeler arası iş birliği alanları: açık deniz enerjisi, akıllı şehirler gibi',
      en: 'Cooperation between clusters in shared areas such as offshore energy and smart cities',
    },
    {
      tr: 'SPRI’de ayrı bir ekip her kümenin eylem planını izliyor',
      en: 'A dedicated team at SPRI follows each cluster’s action plan',
    },
  ],
  lessons: [
    {
      tr: 'Kanıtla başlayın: nerede harekete geçileceğini seçmeden önce bölgenin kümelerini haritalayın.',
      en: 'Start with evidence: map the region’s clusters before choosing where to act.',
    },
    {
      tr: 'Küme yapısına firmalar liderlik etsin ve katkı versin; kamu kolaylaştırıcı olsun.',
      en: 'Let firms lead and co-fund the cluster organisation; the public side facilitates.',
    },
    {
      tr: 'Kısa projeler yerine on yıllarca süren ve öncelikleri yenilenen bir politika izleyin.',
      en: 'Keep the policy for decades and renew its priorities, rather than running short projects.',
    },
    {
      tr: 'Her kümeden stratejik bir plan isteyin ve düzenli olarak izleyin.',
      en: 'Ask each cluster for a strategic plan and follow it up regularly.',
    },
  ],
  source:
    'SPRI, Cluster Policy (www.spri.eus/en/ris3-euskadi/cluster-policy); European Cluster Collaboration Platform, Basque Clusters; Orkestra – Basque Institute of Competitiveness',
};

const AC_STYRIA: ShippedBenchmarkCase = {
  key: 'acstyria',
  name: 'ACstyria Mobility Cluster',
  country: { tr: 'Avusturya (Steiermark)', en: 'Austria (Styria)' },
  sector: {
    tr: 'Hareketlilik: otomotiv, havacılık ve raylı sistemler',
    en: 'Mobility: automotive, aerospace and rail systems',
  },
  founded: 1995,
  summary: {
    tr: '1995’te Graz çevresindeki araç üreticileri ve tedarikçileri etrafında Steiermark otomotiv kümesi olarak kuruldu. Sonra havacılığı, 2013’te de raylı sistemleri ekleyerek bir hareketlilik kümesine dönüştü.',
    en: 'Founded in 1995 as the Styrian automotive cluster around the vehicle makers and suppliers in and around Graz. It later added aerospace and, in 2013, rail systems, becoming a mobility cluster.',
  },
  scale: {
    tr: 'Yaklaşık 300 ortak firma, 70.000’den fazla çalışan (2020–2021 verisi)',
    en: 'About 300 partner companies with more than 70,000 employees (2020–2021 figures)',
  },
  highlights: [
    {
      tr: 'Ortakları: önde gelen altı firma (AVL, Magna Steyr, voestalpine ve diğerleri) ve Steiermark iş geliştirme ajansı SFG',
      en: 'Owned by six leading firms (AVL, Magna Steyr, voestalpine and others) and the Styrian business promotion agency SFG',
    },
    {
      tr: 'İlk yıllarında üyelerin yaklaşık yarısı metal işleme firmalarıydı: hafif alaşım döküm, dövme, talaşlı imalat',
      en: 'In its early years about half of the members were metalworking firms: light-alloy casting, forging, machining',
    },
    {
      tr: 'Graz’daki üniversitelerle bağlar: Graz Teknik Üniversitesi, Graz Üniversitesi, FH Joanneum',
      en: 'Links with the universities in Graz: Graz University of Technology, University of Graz, FH Joanneum',
    },
    {
      tr: 'Pazarlar değişince otomotivden havacılığa ve raylı sistemlere genişledi',
      en: 'Widened from automotive to aerospace and rail as markets changed',
    },
  ],
  lessons: [
    {
      tr: 'Büyük çapa firmalar yerel tedarikçileri yukarı çekebilir: tedarikçi yeterliliği ve ortak projeler toplantılardan daha önemlidir.',
      en: 'Anchor firms can pull local suppliers up: supplier qualification and joint projects matter more than meetings.',
    },
    {
      tr: 'Firmalarla kamu ajansının ortak sahipliği kümeyi iş dünyasının ihtiyaçlarına yakın tutar.',
      en: 'Shared ownership by firms and the public agency keeps the cluster close to business needs.',
    },
    {
      tr: 'Pazarlar değişince kümenin kapsamını genişletin: ilgili sektörler aynı becerileri kullanır.',
      en: 'Broaden the cluster’s scope when markets change: related sectors use the same skills.',
    },
  ],
  source:
    'ACstyria Mobilitätscluster (www.acstyria.com); WKO Steiermark, “Hier läuft der Motor seit 25 Jahren rund” (2020); voestalpine press release, 28 January 2014',
};

const MECHATRONICS: ShippedBenchmarkCase = {
  key: 'mechatronics_cluster_austria',
  name: 'Mechatronics Cluster (Upper and Lower Austria)',
  country: { tr: 'Avusturya (Yukarı ve Aşağı Avusturya)', en: 'Austria (Upper and Lower Austria)' },
  sector: {
    tr: 'Makine ve tesis imalatı, mekatronik',
    en: 'Machinery and plant engineering, mechatronics',
  },
  founded: 2003,
  summary: {
    tr: '2003’te Yukarı Avusturya’nın bölgesel kalkınma ajansı (bugün Business Upper Austria) tarafından kuruldu; Aşağı Avusturya’nın ajansı ecoplus ile birlikte yürütülüyor. Makine ve tesis üreticilerini, bileşen tedarikçilerini, hizmet firmalarını, araştırma ve eğitim kurumlarını bir araya getiriyor.',
    en: 'Set up in 2003 by Upper Austria’s regional development agency (today Business Upper Austria) and run together with Lower Austria’s agency ecoplus. It brings together machine and plant builders, component suppliers, service firms, and research and training institutions.',
  },
  scale: {
    tr: 'Yaklaşık 300 ortak (2023)',
    en: 'About 300 partners (2023)',
  },
  highlights: [
    {
      tr: 'İlk 20 yılında yaklaşık 400 firmanın katıldığı yaklaşık 100 iş birliği projesi',
      en: 'About 100 cooperation projects with some 400 participating companies in its first 20 years',
    },
    {
      tr: 'Tüm değer zinciri: makine ve tesis imalatı, cihazlar, bileşenler, hizmetler, araştırma ve eğitim',
      en: 'The whole value chain: machine and plant building, equipment, components, services, research and training',
    },
    {
      tr: 'Üye firma ve kurumlardan oluşan bir danışma kurulu öncelikleri belirliyor: akıllı mühendislik, akıllı üretim',
      en: 'An advisory board of member firms and institutions sets priorities such as smart engineering and intelligent production',
    },
  ],
  lessons: [
    {
      tr: 'Kısmen kamu desteğiyle yürütülen ortak Ar-Ge ve iş birliği projeleri kümenin kalbidir.',
      en: 'Joint R&D and cooperation projects, partly publicly funded, are the heart of the cluster.',
    },
    {
      tr: 'Makine KOBİ’leri araştırma ve eğitim kurumlarıyla bağlantıdan kazançlı çıkar.',
      en: 'Machinery SMEs gain from links with research and training institutions.',
    },
    {
      tr: 'Yönlendirmeyi firmalar yaparken küme yönetimini bölgesel bir ajans profesyonelce yürütebilir.',
      en: 'A regional agency can run the cluster management professionally while firms set the direction.',
    },
  ],
  source:
    'Business Upper Austria, Mechatronics Cluster (www.mechatronik-cluster.at); European Cluster Collaboration Platform, Digital transformation in Upper Austria (2023); press coverage of the cluster’s 20th anniversary, July 2023',
};

const OSSA: ShippedBenchmarkCase = {
  key: 'ostim_defence_aviation',
  name: 'OSTİM Savunma ve Havacılık Kümelenmesi (OSSA)',
  country: { tr: 'Türkiye (Ankara)', en: 'Türkiye (Ankara)' },
  sector: { tr: 'Savunma ve havacılık', en: 'Defence and aviation' },
  founded: 2008,
  summary: {
    tr: '2008’de Ankara’daki OSTİM Organize Sanayi Bölgesi firmalarının öncülüğünde, savunma sanayii kurumunun (bugün Savunma Sanayii Başkanlığı) desteğiyle kuruldu. KOBİ’lerin ASELSAN, TUSAŞ ve ROKETSAN gibi ana yüklenicilerin nitelikli tedarikçisi olmasına yardım ediyor.',
    en: 'Set up in 2008, led by firms of the OSTİM Organised Industrial Zone in Ankara and supported by the defence industry authority (today the Presidency of Defence Industries). It helps SMEs become qualified suppliers of main contractors such as ASELSAN, TUSAŞ and ROKETSAN.',
  },
  scale: {
    tr: 'Yaklaşık 225 üye firma (2019; sayı her yıl değişiyor)',
    en: 'About 225 member firms (2019; the number changes yearly)',
  },
  highlights: [
    {
      tr: 'AS 9100 havacılık kalite belgeli üye sayısı kuruluşta 2 iken 2019’da yaklaşık 60’a çıktı',
      en: 'Members with AS 9100 aerospace quality certification rose from 2 at the start to about 60 by 2019',
    },
    {
      tr: '2012’den beri Ticaret Bakanlığı’nın UR-GE (uluslararası rekabetçiliğin geliştirilmesi) desteğini kullanıyor',
      en: 'Has used the Ministry of Trade’s UR-GE support for international competitiveness since 2012',
    },
    {
      tr: 'Kamu kurumları, üniversiteler ve odalarla iş birliği: KOSGEB, TÜBİTAK, Ankara Sanayi Odası, ODTÜ Teknokent',
      en: 'Works with public bodies, universities and chambers: KOSGEB, TÜBİTAK, the Ankara Chamber of Industry, METU Technopolis',
    },
    {
      tr: 'Tüzel kişilik için dernek olarak örgütlendi',
      en: 'Organised as an association so that it can act as one legal body',
    },
  ],
  lessons: [
    {
      tr: 'Kalite belgesi büyük alıcılara giriş biletidir: belgelendirmeyi ortaklaşa destekleyin.',
      en: 'Quality certification is the entry ticket to large buyers: support it collectively.',
    },
    {
      tr: 'Ana yüklenicilerin yerli tedarik hedefleri talep yaratır; küme KOBİ’leri bu talebe hazırlar.',
      en: 'Main contractors’ local sourcing targets create demand; the cluster prepares SMEs to meet it.',
    },
    {
      tr: 'Bir organize sanayi bölgesi küme girişimine ev sahipliği yapabilir ve onu taşıyabilir.',
      en: 'An organised industrial zone can host and carry a cluster initiative.',
    },
    {
      tr: 'UR-GE ve KOSGEB gibi ulusal programlar kümenin çalışmalarını finanse edebilir.',
      en: 'National programmes such as UR-GE and KOSGEB can fund the cluster’s work.',
    },
  ],
  source:
    'OSSA (www.ostimsavunma.org); Defence Turkey, interview with OSSA’s chairman Mithat Ertuğ, issue 91, May 2019; Black Sea Horizon, OSSA Defence & Aviation Cluster profile (2016)',
};

const CATALONIA: ShippedBenchmarkCase = {
  key: 'catalonia_clusters',
  name: 'Catalonia Clusters programme (ACCIÓ)',
  country: { tr: 'İspanya (Katalonya)', en: 'Spain (Catalonia)' },
  sector: { tr: 'Birçok sektör', en: 'Many sectors' },
  founded: null,
  summary: {
    tr: 'Katalonya, 1990’ların başında küme politikasına öncülük eden bölgelerden biri. Rekabetçilik ajansı ACCIÓ, Katalonya Kümeleri programıyla küme kuruluşlarını akredite ediyor; strateji, küme yöneticilerinin eğitimi ve uluslararası iş birliği konularında destek veriyor.',
    en: 'Catalonia was one of the pioneering regions of cluster policy in the early 1990s. Its competitiveness agency ACCIÓ accredits cluster organisations through the Catalonia Clusters programme and supports them with strategy, training for cluster managers and international cooperation.',
  },
  scale: {
    tr: 'Yaklaşık 30 akredite küme (2016; sayı her akreditasyon döneminde değişiyor)',
    en: 'About 30 accredited clusters (2016; the number changes with each accreditation round)',
  },
  highlights: [
    {
      tr: 'Açık ölçütlerle akreditasyon: Katalonya’da faaliyet gösteren, tüzel kişiliği olan kâr amacı gütmeyen küme kuruluşları',
      en: 'Accreditation on clear criteria: non-profit cluster organisations with legal personality, operating mainly in Catalonia',
    },
    {
      tr: 'Önce strateji: kümenin rekabet konumunun teşhisi, ardından stratejik değişim için eylemler',
      en: 'Strategy first: a diagnosis of the cluster’s competitive position, then actions for strategic change',
    },
    {
      tr: 'Akredite kümeler her yıl verilerini güncelliyor ve yıllık değerlendirme anketini yanıtlıyor',
      en: 'Accredited clusters update their data every year and answer a yearly evaluation questionnaire',
    },
  ],
  lessons: [
    {
      tr: 'Kümeleri firmaların rekabet gücünü artırmanın aracı olarak kullanın, hiçbir zaman amaç olarak değil.',
      en: 'Use clusters as a tool to raise firms’ competitiveness, never as an end in themselves.',
    },
    {
      tr: 'Akreditasyon ve yıllık değerlendirme küme kuruluşlarını profesyonel tutar.',
      en: 'Accreditation and yearly evaluation keep cluster organisations professional.',
    },
    {
      tr: 'Girişimi kamu başlatsa bile zamanla liderliği özel sektöre bırakın.',
      en: 'Even when the public side starts an initiative, hand the lead to the private sector over time.',
    },
  ],
  source:
    'ACCIÓ, Catalonia Clusters programme and cluster accreditation (www.accio.gencat.cat); European Cluster Collaboration Platform, Catalonia’s cluster network',
};

/** The shipped library, in the order a project lists it first. */
export const BENCHMARK_CASES: readonly ShippedBenchmarkCase[] = [
  MECHATRONICS,
  AC_STYRIA,
  OSSA,
  BASQUE,
  CATALONIA,
];
