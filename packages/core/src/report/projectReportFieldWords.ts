// The project report's field study words in Turkish and English: secondary research, primary
// research, the cluster map, the value chain's gaps and the working group.

import type { ReportLanguage } from './reportDocument';

export interface FieldStudyReportWords {
  fieldTitle: string;
  fieldIntro: string;
  secondaryHeading: string;
  statisticsSource: (dataset: string, definition: string, years: string) => string;
  lqMeaning: string;
  lqCaption: (region: string, year: number) => string;
  clusterColumns: (year: number) => [string, string, string, string, string];
  strongCount: (count: string, shown: string) => string;
  strongAndFocus: string;
  strongMark: string;
  focusMark: string;
  employmentCaption: (region: string) => string;
  lqByRegionCaption: (cluster: string) => string;
  noStatistics: string;
  primaryHeading: string;
  studyKeys: {
    questionnaires: string;
    responses: string;
    smes: string;
    interviews: string;
    focusGroups: string;
    relations: string;
  };
  ofTarget: (reached: string, target: string) => string;
  confirmed: (relations: string, confirmed: string) => string;
  quotaMet: (target: string) => string;
  quotaMissing: (missing: string, target: string) => string;
  reachedByStageCaption: string;
  reachedBySizeCaption: string;
  keyQuestionsHeading: string;
  questionCaption: (question: string, answers: string) => string;
  answers: string;
  noFieldStudy: string;
  mapHeading: string;
  map: (organisations: string, relations: string, density: string, parts: string) => string;
  mapInKume: string;
  mapStageColumns: [string, string, string];
  mostConnectedHeading: string;
  mostConnectedColumns: [string, string, string, string];
  brokers: (names: string) => string;
  noBrokers: string;
  noMap: string;
  gapsHeading: string;
  gapColumns: [string, string, string];
  noGapsFound: string;
  gapsNotComputed: string;
  workingGroupHeading: string;
  groupConfirmed: (members: string, date: string) => string;
  groupProposed: (members: string) => string;
  groupColumns: [string, string, string];
  noWorkingGroup: string;
}

const en: FieldStudyReportWords = {
  fieldTitle: 'Field study',
  fieldIntro:
    'The field study combines secondary research (regional employment statistics and the clusters they show) with primary research (questionnaires, firm interviews and focus groups), draws the cluster map of who works with whom, finds the gaps in the value chain and proposes the working group.',
  secondaryHeading: 'Secondary research: the region’s clusters',
  statisticsSource: (dataset, definition, years) =>
    `Source: ${dataset}; cluster definition: ${definition}; ${years}.`,
  lqMeaning:
    'The location quotient (LQ) is the cluster’s share of employment in the region divided by its share in the country: above 1, the cluster is more concentrated here than in the country as a whole.',
  lqCaption: (region, year) => `${region}: clusters by location quotient (LQ), ${year}`,
  clusterColumns: (year) => [
    'Cluster',
    'LQ',
    `Employment ${year}`,
    'Growth a year (%)',
    'Strong / focus',
  ],
  strongCount: (count, shown) =>
    `${count} of the ${shown} clusters shown meet the strong-cluster rule.`,
  strongAndFocus:
    'Strong: the US Cluster Mapping rule (or the project’s own) flags the cluster. Focus: one of the project’s focus clusters.',
  strongMark: 'strong',
  focusMark: 'focus',
  employmentCaption: (region) => `${region}: employment in the focus clusters by year`,
  lqByRegionCaption: (cluster) => `${cluster}: location quotient by region`,
  noStatistics:
    'Regional statistics have not been imported, or no dataset, cluster definition and focus region have been chosen yet.',
  primaryHeading: 'Primary research: questionnaires and interviews',
  studyKeys: {
    questionnaires: 'Questionnaires',
    responses: 'Responses submitted',
    smes: 'SMEs reached',
    interviews: 'Firm interviews',
    focusGroups: 'Focus groups',
    relations: 'Relations recorded',
  },
  ofTarget: (reached, target) => `${reached} of ${target} (the quota)`,
  confirmed: (relations, confirmed) => `${relations} (${confirmed} confirmed)`,
  quotaMet: (target) => `The quota of ${target} SMEs is met.`,
  quotaMissing: (missing, target) =>
    `${missing} more SMEs must be reached to meet the quota of ${target}.`,
  reachedByStageCaption: 'Businesses reached by value-chain stage',
  reachedBySizeCaption: 'Businesses reached by size',
  keyQuestionsHeading: 'What firms told us',
  questionCaption: (question, answers) => `${question} (${answers} answers)`,
  answers: 'Answers',
  noFieldStudy:
    'The field study has no results yet: no questionnaire responses, interviews or focus groups are recorded.',
  mapHeading: 'The cluster map',
  map: (organisations, relations, density, parts) =>
    `The map places ${organisations} organisations on the stages of the value chain, linked by ${relations} relations. Its density is ${density} (the share of possible links that exist) and it falls into ${parts} separate parts.`,
  mapInKume:
    'The map itself is drawn in Kume (Field study > Cluster map > Map), where it can be explored and exported as a picture.',
  mapStageColumns: ['Value-chain stage', 'Organisations', 'With relations'],
  mostConnectedHeading: 'The most connected organisations',
  mostConnectedColumns: ['Organisation', 'Type', 'Value-chain stage', 'Relations'],
  brokers: (names) => `Brokers tying the communities together: ${names}.`,
  noBrokers: 'No organisation clearly bridges the communities.',
  noMap: 'The cluster map cannot be drawn yet: no relations are recorded.',
  gapsHeading: 'Gaps in the value chain',
  gapColumns: ['#', 'Gap', 'What it suggests'],
  noGapsFound: 'The analysis found no clear gap in the value chain.',
  gapsNotComputed:
    'The value-chain gaps have not been computed yet: they need the cluster map, and so recorded relations.',
  workingGroupHeading: 'The working group',
  groupConfirmed: (members, date) =>
    `The working group of ${members} organisations was confirmed on ${date}.`,
  groupProposed: (members) =>
    `Kume proposes a working group of ${members} organisations; the facilitator has not confirmed it yet.`,
  groupColumns: ['Organisation', 'Type', 'Value-chain stage'],
  noWorkingGroup: 'The working group has not been formed yet: it is proposed from the cluster map.',
};

const tr: FieldStudyReportWords = {
  fieldTitle: 'Saha çalışması',
  fieldIntro:
    'Saha çalışması, ikincil araştırmayı (bölgesel istihdam istatistikleri ve gösterdikleri kümeler) birincil araştırmayla (anketler, firma görüşmeleri ve odak gruplar) birleştirir; kimin kiminle çalıştığını gösteren küme haritasını çizer, değer zincirindeki boşlukları bulur ve çalışma grubunu önerir.',
  secondaryHeading: 'İkincil araştırma: bölgenin kümeleri',
  statisticsSource: (dataset, definition, years) =>
    `Kaynak: ${dataset}; küme tanımı: ${definition}; ${years}.`,
  lqMeaning:
    'Yerelleşme katsayısı (LQ), kümenin bölgedeki istihdam payının ülkedeki payına oranıdır: 1’in üzerindeki değer, kümenin bu bölgede ülke ortalamasından daha yoğun olduğunu gösterir.',
  lqCaption: (region, year) => `${region}: yerelleşme katsayısına (LQ) göre kümeler, ${year}`,
  clusterColumns: (year) => ['Küme', 'LQ', `İstihdam ${year}`, 'Yıllık büyüme (%)', 'Güçlü / odak'],
  strongCount: (count, shown) =>
    `Gösterilen ${shown} kümeden ${count} tanesi güçlü küme ölçütünü karşılıyor.`,
  strongAndFocus:
    'Güçlü: ABD Küme Haritalama ölçütü (ya da projenin kendi ölçütü) kümeyi güçlü sayıyor. Odak: projenin odak kümelerinden biri.',
  strongMark: 'güçlü',
  focusMark: 'odak',
  employmentCaption: (region) => `${region}: odak kümelerde yıllara göre istihdam`,
  lqByRegionCaption: (cluster) => `${cluster}: bölgelere göre yerelleşme katsayısı`,
  noStatistics:
    'Bölgesel istatistikler henüz içe aktarılmadı ya da veri seti, küme tanımı ve odak bölge seçilmedi.',
  primaryHeading: 'Birincil araştırma: anketler ve görüşmeler',
  studyKeys: {
    questionnaires: 'Anketler',
    responses: 'Gönderilen yanıtlar',
    smes: 'Ulaşılan KOBİ',
    interviews: 'Firma görüşmeleri',
    focusGroups: 'Odak gruplar',
    relations: 'Kaydedilen ilişkiler',
  },
  ofTarget: (reached, target) => `${reached} / ${target} (kota)`,
  confirmed: (relations, confirmed) => `${relations} (${confirmed} teyitli)`,
  quotaMet: (target) => `${target} KOBİ kotası karşılandı.`,
  quotaMissing: (missing, target) =>
    `${target} KOBİ kotasını karşılamak için ${missing} KOBİ’ye daha ulaşılmalı.`,
  reachedByStageCaption: 'Ulaşılan işletmeler, değer zinciri aşamasına göre',
  reachedBySizeCaption: 'Ulaşılan işletmeler, büyüklüğe göre',
  keyQuestionsHeading: 'Firmalar ne dedi?',
  questionCaption: (question, answers) => `${question} (${answers} yanıt)`,
  answers: 'Yanıt',
  noFieldStudy:
    'Saha çalışmasının sonuçları henüz yok: anket yanıtı, görüşme veya odak grup kaydı bulunmuyor.',
  mapHeading: 'Küme haritası',
  map: (organisations, relations, density, parts) =>
    `Harita ${organisations} kuruluşu değer zincirinin aşamalarına yerleştiriyor; aralarında ${relations} ilişki var. Yoğunluğu ${density} (olası bağlantılardan var olanların payı); birbirinden kopuk ${parts} parçadan oluşuyor.`,
  mapInKume:
    'Haritanın kendisi Kume’de çizilir (Saha çalışması > Küme haritası > Harita); orada incelenip resim olarak dışa aktarılabilir.',
  mapStageColumns: ['Değer zinciri aşaması', 'Kuruluş', 'İlişkisi olan'],
  mostConnectedHeading: 'En çok bağlantısı olan kuruluşlar',
  mostConnectedColumns: ['Kuruluş', 'Tür', 'Değer zinciri aşaması', 'İlişki'],
  brokers: (names) => `Toplulukları birbirine bağlayan köprü kuruluşlar: ${names}.`,
  noBrokers: 'Topluluklar arasında belirgin bir köprü kuruluş yok.',
  noMap: 'Küme haritası henüz çizilemiyor: kayıtlı ilişki yok.',
  gapsHeading: 'Değer zincirindeki boşluklar',
  gapColumns: ['#', 'Boşluk', 'Ne öneriyor'],
  noGapsFound: 'Analiz, değer zincirinde belirgin bir boşluk bulmadı.',
  gapsNotComputed:
    'Değer zinciri boşlukları henüz hesaplanmadı: küme haritasına, dolayısıyla kayıtlı ilişkilere ihtiyaç var.',
  workingGroupHeading: 'Çalışma grubu',
  groupConfirmed: (members, date) =>
    `${members} kuruluştan oluşan çalışma grubu ${date} tarihinde onaylandı.`,
  groupProposed: (members) =>
    `Kume ${members} kuruluştan oluşan bir çalışma grubu öneriyor; kolaylaştırıcı henüz onaylamadı.`,
  groupColumns: ['Kuruluş', 'Tür', 'Değer zinciri aşaması'],
  noWorkingGroup: 'Çalışma grubu henüz oluşturulmadı: küme haritasından önerilir.',
};

export const FIELD_STUDY_REPORT_WORDS: Record<ReportLanguage, FieldStudyReportWords> = { en, tr };
