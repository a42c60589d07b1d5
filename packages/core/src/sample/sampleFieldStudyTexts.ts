// Turkish free texts for the sample field study: what the cluster's firms say in an interview.

/** Main products by the registry's value-chain stage. */
export const PRODUCTS_BY_STAGE: Record<string, readonly string[]> = {
  Casting: [
    'Pompa gövdeleri, vana parçaları, kompresör blokları',
    'Sfero döküm traktör parçaları ve dişli kutusu gövdeleri',
    'Alüminyum motor kapakları ve elektrik motoru gövdeleri',
    'Çelik döküm iş makinası parçaları, aşınma plakaları',
  ],
  Machining: [
    'CNC işlenmiş şaftlar, flanşlar ve hidrolik blok parçaları',
    'Hassas işlenmiş dişliler ve rulman yuvaları',
    'Pompa milleri, çark işleme, fason torna-freze işleri',
  ],
  'Machinery assembly': [
    'Tarım makinaları: pülverizatör, gübre serpme makinası, çapa makinası',
    'Santrifüj ve dalgıç pompalar, hidrofor sistemleri',
    'Endüstriyel kırıcılar ve konveyör sistemleri',
    'Mermer ve taş işleme makinaları',
  ],
  'Pattern and mould making': [
    'Döküm modelleri (ahşap, poliüretan, metal) ve maça sandıkları',
    'Kokil ve basınçlı döküm kalıpları',
  ],
  Finishing: [
    'Endüksiyonla sertleştirme, ıslah ve sementasyon',
    'Elektrostatik toz boya, kumlama ve çinko kaplama',
  ],
  'Raw materials': [
    'Döküm kumu, bentonit ve reçineli bağlayıcılar',
    'Hurda çelik ve pik demir tedariki',
    'Refrakter harçlar, pota ve astar malzemeleri',
    'Argon, oksijen, azot ve karışım gazları',
  ],
  'Design and engineering': [
    'Makine tasarımı, sonlu elemanlar analizi ve döküm simülasyonu',
    'Tersine mühendislik, 3B tarama ve teknik resim hizmetleri',
  ],
  'Testing and certification': [
    'Spektral analiz, çekme ve sertlik testleri, kalibrasyon',
    'Tahribatsız muayene (ultrasonik, manyetik parçacık), CE danışmanlığı',
  ],
  Distribution: ['Parsiyel ve komple yurt içi taşımacılık, ihracat yüklemeleri, gümrükleme'],
  'After-sales service': ['Pompa ve makine bakım-onarımı, yedek parça, yerinde servis'],
};

export const COOPERATION_EXPERIENCES = [
  'Üç firma birlikte hurda alımı yaptık, ton başına belirgin bir indirim aldık; ama ödeme vadelerinde anlaşamayınca ikinci yıl dağıldı.',
  'Komşu firmayla CNC kapasitesini paylaşıyoruz; yoğun dönemde işlerini biz yapıyoruz, onlar da bizim ısıl işlemimizi üstleniyor.',
  "Oda aracılığıyla Almanya'daki fuara ortak stantla katıldık; tek başımıza bu maliyete girmezdik.",
  'Üniversiteyle bir TÜBİTAK projesi denedik; bürokrasi ve yazışma yükü bizim gibi küçük bir firma için çok ağır geldi.',
  'Ortak eğitim programı iyi başladı ama eğitilen ustalar başka firmalara transfer olunca bazı firmalar geri çekildi.',
  'Müşterimizle birlikte yeni bir pompa gövdesi geliştirdik; kalıbı ortak finanse ettik, iki taraf da kazandı.',
  'Bir kez ortak test cihazı almayı konuştuk, kimin tesisinde duracağı konusunda anlaşamadık.',
  'Tedarikçimizle kalite sorunlarını birlikte çözmek için aylık toplantı yapıyoruz; hurda oranımız yarıya indi.',
];

export const BARRIER_COMMENTS = [
  'Usta kalıpçı ve dökümcü bulamıyoruz; meslek lisesinden gelen gençler birkaç ay içinde sektörden ayrılıyor.',
  'Elektrik ve doğalgaz faturası maliyetlerimizin üçte birine çıktı; ergitme ocaklarını gece çalıştırmak zorunda kalıyoruz.',
  'Avrupa müşterileri karbon ayak izi belgesi istiyor; bunu nasıl hesaplayacağımızı bilmiyoruz.',
  'Kredi faizleri yüksek, teminat istenmeden makine yatırımı finanse etmek mümkün değil.',
  "Test raporları için numuneleri İstanbul'a gönderiyoruz, sonuç iki haftada geliyor.",
  "Sanayi sitesinde yer dar, genişlemek için OSB'de arsa bekliyoruz.",
  'Yeni pazarlara girmek için katalog, web sitesi ve yabancı dil bilen satış personeli eksiğimiz var.',
];

export const CLOSING_COMMENTS = [
  'Küme çalışmasının somut projelere dönüşmesini bekliyoruz; toplantılar rapor üretmekle kalmasın.',
  'Ortak bir test laboratuvarı bölge için en acil ihtiyaç; biz de katkı vermeye hazırız.',
  'Büyük firmaların da masada olması gerekir, yoksa küçükler tek başına bir şey değiştiremez.',
  'Meslek yüksekokuluyla staj programı kurulursa eleman sorununun bir kısmı çözülür.',
  'Enerji verimliliği için ortak danışmanlık alınabilir, tek başımıza etüt yaptıracak bütçemiz yok.',
  "Bilgi Günü'ne katılacağız; takvimi erken duyurursanız iyi olur.",
];

/**
 * How the facilitator coded the free texts above in the analysis (tags on answers), by text:
 * the sample shows coded answers at once.
 */
export const TEXT_CODES: Readonly<Record<string, readonly string[]>> = {
  [BARRIER_COMMENTS[0] as string]: ['Nitelikli işgücü', 'Mesleki eğitim'],
  [BARRIER_COMMENTS[1] as string]: ['Enerji maliyeti'],
  [BARRIER_COMMENTS[2] as string]: ['Yeşil dönüşüm', 'İhracat'],
  [BARRIER_COMMENTS[3] as string]: ['Finansman'],
  [BARRIER_COMMENTS[4] as string]: ['Test altyapısı'],
  [BARRIER_COMMENTS[5] as string]: ['Altyapı'],
  [BARRIER_COMMENTS[6] as string]: ['Pazarlama', 'İhracat'],
  [CLOSING_COMMENTS[0] as string]: ['Somut proje beklentisi'],
  [CLOSING_COMMENTS[1] as string]: ['Test altyapısı', 'Katkı istekliliği'],
  [CLOSING_COMMENTS[2] as string]: ['Büyük firmaların katılımı'],
  [CLOSING_COMMENTS[3] as string]: ['Mesleki eğitim', 'Nitelikli işgücü'],
  [CLOSING_COMMENTS[4] as string]: ['Enerji maliyeti'],
};

export const RESPONDENT_ROLES = [
  'Genel Müdür',
  'Firma Sahibi',
  'Üretim Müdürü',
  'Kalite Sorumlusu',
];

/** Quotes from interviews and the focus group, with their tags. */
export const QUOTES: readonly { text: string; tags: readonly string[] }[] = [
  {
    text: 'Bir kalıp ustası yetiştirmek on yıl sürüyor, biz o ustayı üç ayda kaybediyoruz.',
    tags: ['işgücü', 'eğitim'],
  },
  {
    text: "Numuneyi İstanbul'a gönderip iki hafta beklemek, müşteriyi kaybetmek demek.",
    tags: ['test altyapısı'],
  },
  {
    text: 'Enerji faturası geldiğinde ocağı yakıp yakmamayı düşünüyoruz.',
    tags: ['enerji', 'maliyet'],
  },
  {
    text: 'Komşumuzla iş paylaşıyoruz ama aynı müşteriye teklif verirken birbirimize güvenmiyoruz.',
    tags: ['güven', 'işbirliği'],
  },
  {
    text: "Almanya'daki müşterimiz bu yıl ilk kez karbon raporu istedi; seneye istemeyen kalmayacak.",
    tags: ['ihracat', 'yeşil dönüşüm'],
  },
  {
    text: 'Tek başımıza fuara gidemeyiz; ortak stant olursa ilk biz yazılırız.',
    tags: ['ihracat', 'işbirliği'],
  },
  {
    text: 'Üniversiteye gittiğimizde bizi değil, projeyi konuşuyorlar.',
    tags: ['üniversite-sanayi', 'Ar-Ge'],
  },
  {
    text: 'Hurdayı birlikte alsak ton başına ciddi bir fark ederdi, ama kimse ilk adımı atmıyor.',
    tags: ['ortak satın alma', 'güven'],
  },
  {
    text: 'Gençler fabrika yerine kargo şirketinde çalışmayı tercih ediyor, ücret farkı kalmadı.',
    tags: ['işgücü'],
  },
  {
    text: 'Simülasyon yaptırmaya başladıktan sonra fire oranımız yarıya indi.',
    tags: ['teknoloji', 'Ar-Ge'],
  },
];

export const INTERVIEW_NOTES = [
  'Görüşme üretim müdürüyle fabrikada yapıldı. Kapasite kullanımı yüksek, ancak nitelikli işgücü ve enerji maliyeti en büyük sorun. Ortak test laboratuvarına güçlü destek; küme çalışma grubuna katılmak istiyor.',
  "Firma sahibiyle görüşüldü. Avrupa'ya ihracat yapan müşterileri karbon ve kalite belgeleri istemeye başlamış. Ortak fuar katılımı ve belgelendirme desteği öncelikli. Tedarikçi listesini paylaşmaya açık.",
  'Genel müdür ve kalite sorumlusuyla görüşüldü. Bölgede model ve kalıp ustası azlığından yakınıyorlar; bazı işleri il dışına gönderiyorlar. Meslek yüksekokuluyla staj programı önerdiler.',
];

export const FOCUS_GROUP_NOTES =
  'Sekiz KOBİ temsilcisiyle 90 dakikalık odak grup. Güçlü yönler: köklü döküm geleneği, esnek üretim, limana yakınlık. Zayıf yönler: usta yetiştirme, enerji maliyeti, test altyapısının bölge dışında olması. Öncelikler: ortak test laboratuvarı, nitelikli işgücü programı, ortak ihracat. Katılımcıların çoğu küme girişimine zaman ayırmaya hazır olduğunu söyledi.';
