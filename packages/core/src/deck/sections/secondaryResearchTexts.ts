// The secondary research slides' words in Turkish and English (kept apart from the layout, which
// is long enough on its own).

export interface SecondaryWords {
  sectionTitle: string;
  missing: string;
  explanation: string;
  lqTitle: (region: string) => string;
  lq: string;
  howToRead: string;
  lqMeaning: string;
  focusBars: string;
  highest: (name: string, lq: string) => string;
  strongCount: (count: number) => string;
  source: (dataset: string, definition: string, year: number) => string;
  lqNotes: (region: string, year: number) => string;
  clusterLine: (name: string, lq: string, employment: string) => string;
  strongTitle: (region: string) => string;
  clusterColumn: string;
  employmentColumn: (year: number) => string;
  growthColumn: (first: number, last: number) => string;
  growthNone: string;
  focusColumn: string;
  strongRule: string;
  noStrong: string;
  strongNotes: (count: number) => string;
  employmentTitle: string;
  noFocus: string;
  oneYear: string;
  employmentExplanation: string;
  change: (name: string, from: string, to: string, first: number, last: number) => string;
  employmentNotes: (region: string, first: number, last: number) => string;
  regionsFallbackTitle: string;
  regionsTitle: (cluster: string) => string;
  regionsExplanation: string;
  rank: (region: string, rank: number, lq: string) => string;
  notListed: (region: string) => string;
  regionsMeaning: string;
  regionsNotes: (cluster: string) => string;
}

export const SECONDARY_WORDS: Record<'tr' | 'en', SecondaryWords> = {
  tr: {
    sectionTitle: 'İkincil araştırma: bölgenin kümeleri',
    missing: 'Bölgesel istatistikler henüz içe aktarılmadı.',
    explanation:
      'İstatistikler (bölge × sektör × yıl istihdamı) içe aktarıldığında bu bölüm bölgenin kümelerini yerelleşme katsayısına göre sıralar, en güçlü kümeleri, istihdamın yıllara göre seyrini ve odak kümenin bölgeler arasındaki yerini gösterir.',
    lqTitle: (region) => `${region}: kümeler ve yerelleşme katsayısı (LQ)`,
    lq: 'LQ',
    howToRead: 'Nasıl okunur?',
    lqMeaning:
      'LQ, kümenin bölgedeki istihdam payının ülkedeki payına oranıdır. 1’in üzerindeki değer, kümenin bu bölgede ülke ortalamasından daha yoğun olduğunu gösterir.',
    focusBars: 'Turuncu çubuklar projenin odak kümeleridir.',
    highest: (name, lq) => `En yüksek LQ: ${name} (${lq})`,
    strongCount: (count) =>
      count === 0
        ? 'Listede güçlü küme ölçütünü karşılayan küme yok.'
        : `Güçlü küme ölçütünü karşılayan küme sayısı: ${count}.`,
    source: (dataset, definition, year) =>
      `Kaynak: ${dataset}; küme tanımı: ${definition}; ${year}.`,
    lqNotes: (region, year) =>
      `Bu grafik ${region} bölgesindeki kümeleri ${year} yılı yerelleşme katsayısına göre sıralıyor. LQ 1’in üzerindeyse küme burada ülke ortalamasından daha yoğun demektir.`,
    clusterLine: (name, lq, employment) => `${name}: LQ ${lq}, ${employment} çalışan.`,
    strongTitle: (region) => `${region}: en güçlü kümeler`,
    clusterColumn: 'Küme',
    employmentColumn: (year) => `İstihdam (${year})`,
    growthColumn: (first, last) => `Yıllık büyüme (${first}–${last})`,
    growthNone: 'Yıllık büyüme',
    focusColumn: 'Odak',
    strongRule:
      'Güçlü küme: ABD Küme Haritalama Projesi’nin ölçütü (yüksek yoğunlaşma ve bölgede kayda değer istihdam) ya da projenin kendi ölçütü.',
    noStrong:
      'Hiçbir küme güçlü küme ölçütünü karşılamıyor; tablo LQ’su en yüksek kümeleri gösteriyor.',
    strongNotes: (count) =>
      `${count} küme güçlü küme ölçütünü karşılıyor: hem yoğunlaşmaları yüksek hem de bölgede kayda değer istihdam sağlıyorlar.`,
    employmentTitle: 'Odak kümelerde istihdamın seyri',
    noFocus: 'Projenin henüz odak kümesi yok.',
    oneYear: 'Veri setinde yalnızca bir yıl var; seyri göstermek için en az iki yıl gerekir.',
    employmentExplanation:
      'Odak kümeler seçildiğinde ve veri seti birden çok yılı kapsadığında bu slayt odak kümelerin istihdamını yıllara göre bir çizgi grafikte gösterir.',
    change: (name, from, to, first, last) =>
      `${name}: ${first} yılında ${from}, ${last} yılında ${to} çalışan.`,
    employmentNotes: (region, first, last) =>
      `Odak kümelerimizin ${region} bölgesindeki istihdamı ${first}–${last} döneminde böyle değişti.`,
    regionsFallbackTitle: 'Odak küme: bölgeler arasında karşılaştırma',
    regionsTitle: (cluster) => `${cluster}: bölgelere göre LQ`,
    regionsExplanation:
      'Bir odak küme seçildiğinde bu slayt, kümenin her bölgedeki yerelleşme katsayısını karşılaştırır ve bölgemizin sırasını gösterir.',
    rank: (region, rank, lq) => `${region} bu listede ${rank}. sırada (LQ ${lq}).`,
    notListed: (region) => `${region} en yüksek LQ’lu bölgeler arasında değil.`,
    regionsMeaning:
      'Grafik, odak kümenin en yoğun olduğu bölgeleri gösterir: rakiplerimizi ve iş birliği yapabileceğimiz bölgeleri.',
    regionsNotes: (cluster) =>
      `${cluster} kümesinin ülke genelinde nerelerde yoğunlaştığına bakalım; bunlar hem rakip hem de olası ortak bölgelerdir.`,
  },
  en: {
    sectionTitle: 'Secondary research: the region’s clusters',
    missing: 'Regional statistics have not been imported yet.',
    explanation:
      'Once statistics (employment by region × industry × year) are imported, this part ranks the region’s clusters by location quotient and shows the strongest clusters, employment over time and how the focus cluster compares across regions.',
    lqTitle: (region) => `${region}: clusters by location quotient (LQ)`,
    lq: 'LQ',
    howToRead: 'How to read it',
    lqMeaning:
      'LQ is the cluster’s share of employment in the region divided by its share in the country. Above 1, the cluster is more concentrated here than in the country as a whole.',
    focusBars: 'Orange bars are the project’s focus clusters.',
    highest: (name, lq) => `Highest LQ: ${name} (${lq})`,
    strongCount: (count) =>
      count === 0
        ? 'No cluster in the list meets the strong-cluster rule.'
        : `${count} cluster${count === 1 ? ' meets' : 's meet'} the strong-cluster rule.`,
    source: (dataset, definition, year) =>
      `Source: ${dataset}; cluster definition: ${definition}; ${year}.`,
    lqNotes: (region, year) =>
      `This chart ranks the clusters of ${region} by their location quotient in ${year}. An LQ above 1 means the cluster is more concentrated here than in the country as a whole.`,
    clusterLine: (name, lq, employment) => `${name}: LQ ${lq}, ${employment} employees.`,
    strongTitle: (region) => `${region}: the strongest clusters`,
    clusterColumn: 'Cluster',
    employmentColumn: (year) => `Employment (${year})`,
    growthColumn: (first, last) => `Annual growth (${first}–${last})`,
    growthNone: 'Annual growth',
    focusColumn: 'Focus',
    strongRule:
      'Strong cluster: the US Cluster Mapping rule (high concentration and a substantial share of employment) or the project’s own rule.',
    noStrong:
      'No cluster meets the strong-cluster rule; the table lists the clusters with the highest LQ.',
    strongNotes: (count) =>
      `${count} cluster${count === 1 ? ' meets' : 's meet'} the strong-cluster rule: highly concentrated and with substantial employment in the region.`,
    employmentTitle: 'Employment in the focus clusters over time',
    noFocus: 'The project has no focus clusters yet.',
    oneYear: 'The dataset has one year only; a trend needs at least two.',
    employmentExplanation:
      'Once focus clusters are chosen and the dataset covers more than one year, this slide shows the focus clusters’ employment year by year as a line chart.',
    change: (name, from, to, first, last) =>
      `${name}: ${from} employees in ${first}, ${to} in ${last}.`,
    employmentNotes: (region, first, last) =>
      `This is how employment in our focus clusters in ${region} changed from ${first} to ${last}.`,
    regionsFallbackTitle: 'The focus cluster across regions',
    regionsTitle: (cluster) => `${cluster}: LQ by region`,
    regionsExplanation:
      'Once a focus cluster is chosen, this slide compares its location quotient in every region and shows where ours ranks.',
    rank: (region, rank, lq) => `${region} ranks ${rank} in this list (LQ ${lq}).`,
    notListed: (region) => `${region} is not among the regions with the highest LQ.`,
    regionsMeaning:
      'The chart shows where the focus cluster is most concentrated: our competitors, and the regions we could cooperate with.',
    regionsNotes: (cluster) =>
      `Let us see where ${cluster} is concentrated across the country: these regions are both competitors and possible partners.`,
  },
};
