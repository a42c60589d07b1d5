// Word lists for the sample project: a fictional machinery, metal and casting cluster in İzmir.

export const DISTRICTS = [
  'Torbalı',
  'Kemalpaşa',
  'Çiğli',
  'Bornova',
  'Menemen',
  'Gaziemir',
  'Karabağlar',
  'Aliağa',
  'Buca',
  'Bayraklı',
] as const;

export const FIRM_PREFIXES = [
  'Ege',
  'Gediz',
  'Körfez',
  'Kordon',
  'Bakırçay',
  'Yamanlar',
  'Nif',
  'Anadolu',
  'Kuzey',
  'Yıldız',
  'Tahtalı',
  'Efes',
  'Menderes',
  'Sipil',
  'Foça',
  'Urla',
  'Ödemiş',
  'Kemeraltı',
  'Alsancak',
  'Mavi',
  'Demirci',
  'Çamlık',
  'Pınarbaşı',
  'Işıkkent',
] as const;

/** Activities of the cluster's firms with their NACE Rev.2 class and value-chain stage. */
export const FIRM_ACTIVITIES = [
  { word: 'Döküm', nace: '24.51', stage: 'Casting' },
  { word: 'Çelik Döküm', nace: '24.52', stage: 'Casting' },
  { word: 'Alüminyum Döküm', nace: '24.53', stage: 'Casting' },
  { word: 'Hassas İşleme', nace: '25.62', stage: 'Machining' },
  { word: 'Talaşlı İmalat', nace: '25.62', stage: 'Machining' },
  { word: 'Makina', nace: '28.41', stage: 'Machinery assembly' },
  { word: 'Tarım Makinaları', nace: '28.30', stage: 'Machinery assembly' },
  { word: 'Pompa', nace: '28.13', stage: 'Machinery assembly' },
  { word: 'Kalıp', nace: '25.73', stage: 'Pattern and mould making' },
  { word: 'Isıl İşlem', nace: '25.61', stage: 'Finishing' },
  { word: 'Yüzey Kaplama', nace: '25.61', stage: 'Finishing' },
] as const;

export const SUPPLIER_ACTIVITIES = [
  { word: 'Kum ve Bağlayıcı', nace: '08.12', stage: 'Raw materials' },
  { word: 'Hurda Metal', nace: '46.77', stage: 'Raw materials' },
  { word: 'Refrakter', nace: '23.20', stage: 'Raw materials' },
  { word: 'Endüstriyel Gaz', nace: '20.11', stage: 'Raw materials' },
] as const;

export const SERVICE_ACTIVITIES = [
  { word: 'Mühendislik', nace: '71.12', stage: 'Design and engineering' },
  { word: 'Test ve Kalibrasyon', nace: '71.20', stage: 'Testing and certification' },
  { word: 'Lojistik', nace: '49.41', stage: 'Distribution' },
  { word: 'Endüstriyel Bakım', nace: '33.12', stage: 'After-sales service' },
] as const;

export const LEGAL_FORMS = [
  'A.Ş.',
  'Ltd. Şti.',
  'San. ve Tic. A.Ş.',
  'San. Tic. Ltd. Şti.',
] as const;

export const FIRST_NAMES = [
  'Ayşe',
  'Mehmet',
  'Fatma',
  'Mustafa',
  'Zeynep',
  'Ahmet',
  'Elif',
  'Hüseyin',
  'Emine',
  'İbrahim',
  'Hatice',
  'Murat',
  'Şule',
  'Oğuz',
  'Gül',
  'Caner',
  'Deniz',
  'Serkan',
  'İpek',
  'Ümit',
] as const;
export const LAST_NAMES = [
  'Yılmaz',
  'Kaya',
  'Demir',
  'Şahin',
  'Çelik',
  'Yıldız',
  'Aydın',
  'Öztürk',
  'Arslan',
  'Doğan',
  'Kılıç',
  'Aslan',
  'Çetin',
  'Koç',
  'Kurt',
  'Özdemir',
  'Işık',
  'Güneş',
  'Erdoğan',
  'Uçar',
] as const;
export const FIRM_ROLES = [
  'Genel Müdür',
  'Fabrika Müdürü',
  'Üretim Müdürü',
  'Kalite Müdürü',
  'Yönetim Kurulu Üyesi',
  'Dış Ticaret Sorumlusu',
] as const;

/** The institutions of the sample cluster (fictional names). */
export const INSTITUTIONS = [
  { name: 'Ege Sanayi Odası (örnek)', type: 'chamber', role: 'Genel Sekreter' },
  { name: 'İzmir Ticaret Odası (örnek)', type: 'chamber', role: 'Meclis Üyesi' },
  {
    name: 'Döküm Sanayicileri Derneği İzmir Şubesi (örnek)',
    type: 'chamber',
    role: 'Şube Başkanı',
  },
  {
    name: 'Körfez Teknik Üniversitesi (örnek)',
    type: 'university',
    role: 'Metalurji ve Malzeme Müh. Bölüm Başkanı',
  },
  {
    name: 'Ege Uygulamalı Bilimler Üniversitesi (örnek)',
    type: 'university',
    role: 'Teknoloji Transfer Ofisi Müdürü',
  },
  {
    name: 'Gediz Meslek Yüksekokulu (örnek)',
    type: 'university',
    role: 'Makine Programı Koordinatörü',
  },
  {
    name: 'İzmir Bölge Kalkınma Ajansı (örnek)',
    type: 'public_agency',
    role: 'Planlama Birimi Başkanı',
  },
  { name: 'KOBİ Destek Merkezi İzmir (örnek)', type: 'public_agency', role: 'Müdür Yardımcısı' },
  {
    name: 'Kemalpaşa Organize Sanayi Bölgesi (örnek)',
    type: 'public_agency',
    role: 'Bölge Müdürü',
  },
  { name: 'Metal İşçileri Eğitim Vakfı (örnek)', type: 'ngo', role: 'Eğitim Koordinatörü' },
  { name: 'Genç Mühendisler Derneği (örnek)', type: 'ngo', role: 'Başkan' },
  { name: 'Ege Kalkınma Bankası Şubesi (örnek)', type: 'finance', role: 'KOBİ Bankacılığı Müdürü' },
  { name: 'Anadolu Girişim Sermayesi (örnek)', type: 'finance', role: 'Yatırım Direktörü' },
] as const;
