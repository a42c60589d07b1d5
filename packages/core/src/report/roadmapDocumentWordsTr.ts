// The roadmap document in Turkish, written for a Turkish funder's reader rather than translated
// word for word (see RoadmapDocumentWords).

import type { RoadmapDocumentWords } from './roadmapDocumentWords';

export const ROADMAP_WORDS_TR: RoadmapDocumentWords = {
  title: 'Küme Yol Haritası',
  subtitle: (period) => `Vizyon, eylem planı, bütçe ve izleme${period ? `, ${period}` : ''}`,
  sections: {
    summary: 'Özet',
    startingPoint: 'Başlangıç noktası',
    vision: 'Vizyon',
    factors: 'Kilit başarı faktörleri',
    skills: 'Beceri ve yetkinlik açıkları',
    actionPlan: 'Eylem planı',
    timeline: 'Dönemlere ve katmanlara göre yol haritası',
    budget: 'Bütçe',
    monitoring: 'İzleme',
    coverage: 'İhtiyaçların karşılanması',
    selfAssessment: 'Küme yönetimi öz değerlendirmesi',
    network: 'Küme ağındaki değişim',
    annex: 'Ek: Maddelerin kaynakları',
  },
  actionPrefix: 'E',
  notYet: 'Henüz hazır değil',
  sample: {
    title: 'Örnek veri',
    text: 'Bu belge Kume’nin örnek projesinden üretilmiştir: kuruluşlar, rakamlar ve eylemler kurgusaldır, gerçek bir küme girişimini anlatmaz.',
  },
  missing: {
    no_vision_workshop:
      'Vizyon çalıştayı henüz yapılıp kapatılmadı. Çalıştaylar sayfasında çalıştayı yürütün, ardından Yol haritası sayfasında yol haritasını yeniden derleyin.',
    no_factors_workshop:
      'Kilit başarı faktörleri çalıştayı henüz yapılıp kapatılmadı. Çalıştaylar sayfasında çalıştayı yürütün, ardından Yol haritası sayfasında yol haritasını yeniden derleyin.',
    no_skills_workshop:
      'Beceri ve yetkinlikler çalıştayı henüz yapılıp kapatılmadı. Çalıştaylar sayfasında çalıştayı yürütün, ardından Yol haritası sayfasında yol haritasını yeniden derleyin.',
    no_value_chain:
      'Küme haritası için henüz değer zinciri seçilmedi. Küme haritası › Değer zinciri sayfasında bir değer zinciri seçin, ardından Yol haritası sayfasında yol haritasını yeniden derleyin.',
    no_relations:
      'Kuruluşlar arasındaki ilişkiler henüz kaydedilmedi. Birincil araştırma › İlişkiler sayfasında ya da firma görüşmelerinde ilişkileri girin, ardından yol haritasını yeniden derleyin.',
    no_statistics_settings:
      'İkincil araştırmanın veri seti, odak bölgesi ve odak kümeleri henüz seçilmedi. İkincil araştırma sayfalarında seçin, ardından yol haritasını yeniden derleyin.',
  },
  notAssembled:
    'Yol haritası henüz derlenmedi: çalıştayların, küme haritasının ve istatistiklerin bulguları henüz maddelere dönüştürülmedi. Yol haritası sayfasında yol haritasını derleyin.',
  noActions:
    'Eylem planında henüz eylem yok. Eylemleri Yol haritası › Eylem planı sayfasında ekleyin.',
  layers: {
    market: 'Pazar',
    products_services: 'Ürün ve hizmetler',
    capabilities: 'Yetkinlikler',
    resources: 'Kaynaklar',
  },
  horizons: { short: 'Kısa vade', medium: 'Orta vade', long: 'Uzun vade' },
  horizonsShort: { short: 'Kısa', medium: 'Orta', long: 'Uzun' },
  statuses: {
    planned: 'Planlandı',
    in_progress: 'Sürüyor',
    done: 'Tamamlandı',
    delayed: 'Gecikti',
    cancelled: 'İptal edildi',
  },
  health: {
    achieved: 'Hedefe ulaşıldı',
    on_track: 'Yolunda',
    at_risk: 'Risk altında',
    late: 'Gecikmiş',
    no_data: 'Ölçüm yok',
  },
  kinds: {
    vision: 'Vizyon',
    success_factor: 'Başarı faktörü',
    skill_gap: 'Beceri açığı',
    value_chain_gap: 'Değer zinciri boşluğu',
    investment_need: 'Yatırım ihtiyacı',
    cluster: 'Küme',
  },
  quadrants: {
    concentrate_here: 'Buraya odaklanın',
    keep_up: 'İyi işe devam',
    low_priority: 'Düşük öncelik',
    possible_overkill: 'Olası aşırı çaba',
  },
  standings: { strong: 'Güçlü', emerging: 'Gelişmekte', focus: 'Odak' },
  levels: { below: 'Bronz altı', bronze: 'Bronz', silver: 'Gümüş', gold: 'Altın' },
  changes: {
    improved: 'İyileşti',
    fell: 'Geriledi',
    unchanged: 'Değişmedi',
    not_comparable: 'Karşılaştırılamaz',
  },
  common: {
    source: (label) => `Kaynak: ${label}.`,
    none: 'Yok',
    notStated: 'Belirtilmedi',
    unowned: 'Henüz sorumlu yok',
    uncosted: 'Maliyetlendirilmedi',
    total: 'Toplam',
    actions: 'Eylemler',
    budget: (currency) => `Bütçe (${currency})`,
    share: 'Pay (%)',
    item: 'Madde',
    kind: 'Tür',
    gone: 'kaynağında artık yok',
  },
  summary: {
    intro: (project, region) =>
      `Bu yol haritası, ${project}${region ? ` (${region})` : ''} için kümenin ulaşmak istediği yeri, başarısını belirleyen etkenleri, kapatması gereken beceri ve değer zinciri açıklarını ve bunlara yanıt veren eylemleri; sorumluları, dönemleri, bütçeleri ve göstergeleriyle ortaya koyar. Her rakamın kaynağı belirtilmiştir; ekteki tablo her maddeyi kaynağına ve onu karşılayan eylemlere bağlar.`,
    glance: 'Bir bakışta',
    startsOn: 'Yol haritasının başlangıcı',
    span: 'Eylemlerin süresi',
    actionCount: 'Eylem sayısı',
    statusCounts: 'Duruma göre',
    factorsAddressed: 'Eylemle karşılanan başarı faktörleri',
    uncoveredGaps: 'Eylemi olmayan büyük boşluklar',
    totalBudget: 'Toplam bütçe',
    uncostedActions: (count) => `${count} eylem henüz maliyetlendirilmedi`,
    indicators: 'Gösterge sayısı',
    healthLine: (parts) => parts,
    budgetByTerm: 'Dönemlere göre bütçe',
    budgetByFunding: 'Finansman kaynağına göre bütçe',
    healthHeading: 'Göstergelerin durumu',
    noIndicators:
      'Henüz gösterge belirlenmedi. Eylemlerin göstergelerini Yol haritası › Eylem planı sayfasında, program göstergelerini Yol haritası › İzleme sayfasında ekleyin.',
  },
  start: {
    intro:
      'Kümenin bugünkü durumu: ikincil araştırmanın bölgesel istihdam istatistiklerinden ve saha çalışmasının küme haritasından.',
    clusters: 'Güçlü ve gelişmekte olan kümeler',
    clusterColumns: ['Küme', 'Durum', 'LQ', 'İstihdam', 'Büyüme (yıllık %)'],
    lqNote:
      'LQ (konum katsayısı): kümenin bölge istihdamındaki payının ülke istihdamındaki payına oranı; 1’in üzerinde küme bölgede ülke geneline göre daha yoğundur. Güçlü: istatistiklerin güçlü küme kuralına uyan küme. Gelişmekte: LQ’su 0,5 ile 1 arasında olup istihdamı karşılaştırma ölçütünden hızlı büyüyen küme.',
    lqCaption: (source) => `Güçlü ve gelişmekte olan kümelerin konum katsayısı (${source})`,
    noClusters: 'İstatistikler bölgede güçlü ya da gelişmekte olan bir küme göstermiyor.',
    gaps: 'Değer zinciri boşlukları ve yatırım ihtiyaçları',
    gapColumns: ['Boşluk', 'Tür', 'Puan (0-1)', 'Ne gerektiriyor'],
    gapNote:
      'Puan: boşluğun ne kadar ciddi olduğu, 0 ile 1 arası (1: değer zincirinin bölgede hiç aktörü olmayan bir aşaması). Yatırım ihtiyaçları bölgede yeni kapasite gerektirir; değer zinciri boşlukları bölgedeki firmalarla kapatılır.',
    noGaps: 'Küme haritası değer zincirinde bir boşluk göstermiyor.',
  },
  vision: {
    confirmed: (count) =>
      count === 0 ? 'Henüz hiçbir katılımcı onaylamadı.' : `${count} katılımcı onayladı.`,
    source: (title, date) => `“${title}” çalıştayından; çalıştay ${date} tarihinde kapandı.`,
    factors: (list) =>
      `Bu vizyona ulaşmak için çalışma grubunun en çok ağırlık verdiği başarı faktörleri: ${list}.`,
    plan: (count, parts) => `Eylem planı buna ${count} eylemle yanıt verir: ${parts}.`,
    layerPart: (layer, count) => `${layer.toLocaleLowerCase('tr')} katmanında ${count}`,
  },
  factors: {
    intro:
      'Kümenin başarısını belirleyen etkenler: çalışma grubunun verdiği ağırlıklar ve kümenin her birinde bugünkü performansına verdiği puanlar.',
    columns: ['No', 'Başarı faktörü', 'Ağırlık (%)', 'Performans (1-5)', 'Kadran', 'Eylemler'],
    caption: 'Kilit başarı faktörlerinin ağırlıkları (grubun ağırlıklandırmasındaki pay)',
    quadrantNote:
      'Performans: kümenin bugünkü durumuna verilen ortalama puan, 1 (çok zayıf) ile 5 (çok güçlü) arası. Kadran, ağırlığı ve performansı ortalamalarıyla karşılaştırır: “Buraya odaklanın” kümenin zayıf olduğu önemli faktörleri gösterir.',
    concentrate: (names) => `Odaklanılacak faktörler: ${names}.`,
  },
  skills: {
    intro:
      'Kümenin başarı faktörleri için gereken beceri ve yetkinlikler, önceliğe (önem × açık) göre sıralı. Puanlar 1-5 arası ortalamalardır; açık, gereken düzeyden bugünkü düzeyin farkıdır.',
    columns: [
      'Sıra',
      'Beceri veya yetkinlik',
      'Başarı faktörü',
      'Bugün',
      'Gereken',
      'Açık',
      'Öncelik',
      'Eylemler',
    ],
    current: 'Bugünkü düzey',
    required: 'Gereken düzey',
    caption: 'Beceri ve yetkinliklerin bugünkü ve gereken düzeyi (ortalama puan, 1-5)',
  },
  plan: {
    intro: (actions, layers) =>
      `Plan, yol haritasının ${layers} katmanında ${actions} eylemden oluşur. Eylemler numaralıdır; diğer bölümlerin tabloları eylemlere bu numaralarla başvurur.`,
    overview: 'Genel görünüm',
    columns: (currency) => [
      'No',
      'Eylem',
      'Katman',
      'Sorumlu',
      'Dönem, başlangıç – bitiş',
      currency ? `Bütçe (${currency})` : 'Bütçe',
      'Durum',
    ],
    details: 'Eylemlerin ayrıntıları',
    objective: 'Amaç',
    noObjective: 'Amaç henüz yazılmadı.',
    layer: 'Katman',
    term: 'Dönem',
    owner: 'Sorumlu kuruluş',
    partners: 'Ortaklar',
    period: 'Süre',
    budget: 'Bütçe',
    funding: 'Finansman kaynağı',
    status: 'Durum',
    addresses: 'Karşıladığı maddeler',
    addressesNothing: 'Henüz yol haritasının hiçbir maddesi',
    indicators: 'Göstergeler',
    indicatorColumns: [
      'Gösterge',
      'Birim',
      'Başlangıç',
      'Hedef',
      'Hedef tarihi',
      'Son değer',
      'Ölçüm',
    ],
    noIndicators: 'Bu eylem için henüz gösterge belirlenmedi.',
  },
  timeline: {
    intro: (startsOn) =>
      `Eylemler, teknoloji yol haritalamasındaki gibi (Phaal, Farrukh ve Probert, 2004) dönemlere ve katmanlara göre: pazar (neden), ürün ve hizmetler (ne), yetkinlikler (nasıl) ve kaynaklar (neyle). Dönemler yol haritasının başlangıcından (${startsOn}) sayılır: kısa vade bir yıl, orta vade üç yıl içinde biter; uzun vade daha sonra.`,
    layerColumn: 'Katman',
    after: (day) => `${day} sonrası`,
    empty: '–',
    cancelled: (count) => `İptal edilen ${count} eylem gösterilmiyor.`,
  },
  budget: {
    intro:
      'Eylemlerin planlanan bütçesi; dönemlere, katmanlara ve finansman kaynaklarına göre. İptal edilen eylemler hesaba katılmaz.',
    byTerm: 'Dönemlere göre',
    byLayer: 'Katmanlara göre',
    byFunding: 'Finansman kaynağına göre',
    termColumn: 'Dönem',
    layerColumn: 'Katman',
    fundingColumn: 'Finansman kaynağı',
    caption: (by, unit) => `${by} bütçe (${unit})`,
    thousand: (currency) => `bin ${currency}`,
    million: (currency) => `milyon ${currency}`,
    mixed: (currencies) =>
      `Eylemler birden çok para biriminde maliyetlendirilmiş (${currencies}); her biri ayrı toplanır, grafikler ilkini gösterir.`,
    noBudget:
      'Henüz hiçbir eylemin bütçesi yok. Eylemleri Yol haritası › Eylem planı sayfasında maliyetlendirin.',
  },
  monitoring: {
    intro:
      'Her gösterge, belgenin tarihinde başlangıç değerinden hedefe uzanan düz çizgiye göre değerlendirilir: son değer hedefe ulaştıysa hedefe ulaşıldı; hedef tarihi geçtiyse gecikmiş; bugüne kadar beklenen ilerlemenin %90’ının altındaysa risk altında; değilse yolunda.',
    counts: 'Duruma göre göstergeler',
    actionIndicators: 'Eylemlerin göstergeleri',
    actionColumns: ['Eylem', 'Gösterge', 'Hedef', 'Hedef tarihi', 'Son değer', 'Durum'],
    charts: 'Göstergelerin seyri',
    chartsIntro: (shown, eligible) =>
      `${shown === eligible ? `En az iki kez ölçülen ${shown} gösterge` : `En az iki kez ölçülen ${eligible} göstergenin ilk ${shown} tanesi`}: her ölçüm, başlangıçtan hedefe uzanan düz çizginin o gün beklediği değerle birlikte. Ölçüm tarihleri eşit aralıklarla gösterilmiştir, ölçekli değildir.`,
    measured: 'Ölçülen',
    path: 'O tarihte beklenen',
    caption: (name, unit, target, due) => `${name} (${unit}); hedef: ${due} itibarıyla ${target}`,
    programme: 'Program göstergeleri',
    programmeIntro:
      'Yol haritasının bütününe ait göstergeler; aralarında Sanayi ve Teknoloji Bakanlığı Kümelenme Destek Programı’nın ilerleme göstergeleri.',
    programmeColumns: [
      'Gösterge',
      'Birim',
      'Başlangıç',
      'Hedef',
      'Hedef tarihi',
      'Son değer',
      'Durum',
    ],
    noProgramme:
      'Yol haritasının bütününe ait gösterge henüz yok. Program göstergelerini Yol haritası › İzleme sayfasında ekleyin.',
    noActionIndicators:
      'Henüz hiçbir eylemin göstergesi yok. Göstergeleri Yol haritası › Eylem planı sayfasında ekleyin.',
    noCharts:
      'Henüz iki ölçümü olan gösterge yok. Seyri görmek için değerleri Yol haritası › İzleme sayfasında kaydedin.',
  },
  coverage: {
    intro: (minWeight, largeGap) =>
      `${minWeight ? `Ağırlığı en az ${minWeight} olan her başarı faktörü` : 'Her başarı faktörü'} ile puanı en az ${largeGap} olan her değer zinciri boşluğu ve yatırım ihtiyacı, iptal edilmemiş en az bir eylemle karşılanmalıdır.`,
    columns: ['Madde', 'Tür', 'Ağırlık veya puan', 'Kaynak'],
    weight: (percent) => `ağırlık ${percent}`,
    score: (score) => `puan ${score}`,
    allCovered: 'Her başarı faktörü ve büyük boşluk en az bir eylemle karşılanıyor.',
    uncoveredHeading: 'Eylemi olmayan ihtiyaçlar',
    allHeading: 'Tüm ihtiyaçlar ve eylemleri',
    allColumns: ['Madde', 'Tür', 'Ağırlık veya puan', 'Eylemler'],
    dismissed: (count) => `Yol haritası sayfasında bir kenara bırakılan ${count} madde aranmıyor.`,
  },
  selfAssessment: {
    intro:
      'Küme yönetiminin, Avrupa Küme Mükemmelliği değerlendirmesi tarzında öz değerlendirmesi: her göstergenin yanıtı eşiklerine göre bir düzeye ulaşır. Düzeyler bu öz değerlendirmenin eşikleridir; ESCA’nın yalnızca kendi değerlendirmesiyle verdiği etiketler değildir.',
    latest: (title, date) => `Son değerlendirme: “${title}”, ${date}.`,
    indicative: 'Gösterge niteliğinde düzey',
    answered: 'Yanıtlanan göstergeler',
    evidenceMissing: (count) => `${count} yanıt kanıt göstermeden bir düzey belirtiyor.`,
    areaColumns: ['Alan', 'Yanıtlanan', 'Ortalama puan (0-3)'],
    areaColumnsCompared: (before) => ['Alan', 'Yanıtlanan', `Önce (${before})`, 'Şimdi', 'Değişim'],
    change: (before, improved, fell, areas) =>
      `${before} tarihli değerlendirmeden bu yana ${improved} gösterge iyileşti, ${fell} gösterge geriledi. İyileşen alanlar: ${areas}.`,
    caption: 'Alanlara göre ortalama puan (0: bronz altı, 3: altın)',
    noAssessment:
      'Henüz öz değerlendirme kaydedilmedi. Yol haritası › Öz değerlendirme sayfasında kaydedin; bir yıl sonra tekrarlandığında değişimi gösterir.',
    onlyOne:
      'Yalnızca bir değerlendirme kaydedildi: değişimi göstermek için Yol haritası › Öz değerlendirme sayfasında tekrarlayın.',
  },
  network: {
    intro:
      'Küme kuruluşları arasındaki bağların değişimi: saha çalışmasında kaydedilen ilişkilerden, kayıt tarihlerine göre. Bağ, aralarında herhangi bir yönde ilişki olan iki kuruluştur.',
    relations: 'Kaydedilen ilişkiler',
    periods: 'Karşılaştırılan dönemler',
    period: (from, to) => (from ? `${from} – ${to}` : `${to} tarihine kadar`),
    before: 'Önce',
    after: 'Sonra',
    organisations: 'Kuruluşlar',
    ties: 'Bağlar',
    density: 'Yoğunluk',
    newTies: 'Yeni bağlar',
    lostTies: 'Kopan bağlar',
    caption: 'İlişkiler kaydedildikçe ağın yoğunluğu (%)',
    gainers: 'En çok yeni bağ kuran kuruluşlar',
    gainerColumns: ['Kuruluş', 'Önceki bağlar', 'Sonraki bağlar', 'Yeni bağlar'],
    noRelations:
      'Kuruluşlar arasındaki ilişkiler henüz kaydedilmedi. Birincil araştırma › İlişkiler sayfasında girin; tekrarlanan bir saha çalışması değişimi gösterir.',
  },
  annex: {
    intro:
      'Yol haritasının her maddesi, kaynağı ve onu karşılayan eylemler. Yol haritası sayfasında bir kenara bırakılan maddeler gösterilmez.',
    columns: ['No', 'Madde', 'Tür', 'Kaynak', 'Tarih', 'Eylemler'],
    noItems: 'Yol haritasında henüz madde yok.',
  },
};
