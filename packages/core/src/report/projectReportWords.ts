// The whole project report's words in Turkish and English: the summary, each stage's headings,
// sentences and table columns, and the screens of Kume a missing part sends the reader to.

import type { GateOutcome, ReadinessCheckId } from '../readiness/assessReadiness';
import type { Stage } from '../project/stages';
import type { VisitLevel } from '../visit/visitInput';
import type { WorkshopTemplateId } from '../workshop/workshopModel';
import type { ReportLanguage } from './reportDocument';
import { FIELD_STUDY_REPORT_WORDS, type FieldStudyReportWords } from './projectReportFieldWords';

/** Screens of Kume a "not available yet" note names, as the navigation names them. */
export type ReportPlace =
  | 'organisations'
  | 'visits'
  | 'readiness'
  | 'statisticsData'
  | 'questionnaires'
  | 'relations'
  | 'valueChain'
  | 'workingGroup'
  | 'events'
  | 'workshops'
  | 'roadmap';

export type StageStatus = 'not_started' | 'under_way' | 'done';

export interface ProjectReportWords extends FieldStudyReportWords {
  title: string;
  subtitle: string;
  notAvailable: string;
  whereInKume: string;
  places: Record<ReportPlace, string>;
  total: string;
  organisations: string;
  // Summary
  summaryTitle: string;
  sampleTitle: string;
  sampleText: string;
  aboutHeading: string;
  sector: string;
  region: string;
  noDescription: string;
  process: string;
  stagesHeading: string;
  stageColumns: [string, string, string];
  stages: Record<Stage, string>;
  status: Record<StageStatus, string>;
  // Stakeholder visits and the readiness gate
  stakeholderIntro: string;
  registryHeading: string;
  registry: (registered: string, visited: string, assessed: string, committed: string) => string;
  registryColumns: [string, string, string, string, string];
  byTypeCaption: string;
  seriesRegistered: string;
  seriesVisited: string;
  seriesCommitted: string;
  byStageCaption: string;
  notPlaced: string;
  noOrganisations: string;
  visitsHeading: string;
  visits: (count: string, from: string, to: string, organisations: string) => string;
  visitLevels: Record<VisitLevel, string>;
  byLevel: (levels: string) => string;
  followUps: (count: string, done: string, overdue: string) => string;
  noFollowUps: string;
  noVisits: string;
  commitmentHeading: string;
  commitment: (assessed: string, committed: string, threshold: number, pledged: string) => string;
  willingnessCaption: string;
  willingnessLabels: [string, string, string, string, string];
  noAssessments: string;
  gateHeading: string;
  gateExplanation: string;
  outcomes: Record<GateOutcome, string>;
  decided: (outcome: string, date: string, by: string | null) => string;
  decisionNote: (note: string) => string;
  criteriaSay: (outcome: string) => string;
  noDecision: string;
  disagreeTitle: string;
  disagree: (decision: string, criteria: string) => string;
  checkColumns: [string, string, string, string];
  met: string;
  notMet: string;
  checks: Record<ReadinessCheckId, string>;
  firmTypesAre: (types: string) => string;
  // Information Day
  dayIntro: string;
  eventKeys: { event: string; date: string; time: string; venue: string; address: string };
  agendaHeading: string;
  agendaColumns: [string, string, string];
  noAgenda: string;
  attendanceHeading: string;
  attendance: (
    capacity: string,
    registered: string,
    waitlisted: string,
    checkedIn: string,
  ) => string;
  upcoming: (date: string) => string;
  guestsCaption: string;
  guests: string;
  noRegistrations: string;
  noEvent: string;
  // Workshops
  workshopIntro: string;
  heldHeading: string;
  heldColumns: [string, string, string, string, string];
  templates: Record<WorkshopTemplateId, string>;
  workshopStatus: Record<'draft' | 'live' | 'closed', string>;
  noWorkshops: string;
  resultsMissing: (parts: string) => string;
  resultParts: { vision: string; factors: string; skills: string };
  // Roadmap
  roadmapIntro: string;
  noRoadmap: string;
  // Summary figures
  stakeholderFigures: (organisations: string, visits: string, committed: string) => string;
  gateFigure: (outcome: string, basis: string) => string;
  byDecision: (date: string) => string;
  byCriteria: string;
  fieldFigures: (reached: string, target: string, relations: string) => string;
  statisticsFigure: (region: string, strong: string) => string;
  noFieldFigures: string;
  dayFigures: (title: string, date: string, registered: string, checkedIn: string) => string;
  dayAheadFigures: (title: string, date: string, registered: string) => string;
  workshopFigures: (closed: string, results: string) => string;
  roadmapFigures: (items: string, actions: string, indicators: string) => string;
  notYet: string;
}

const en: ProjectReportWords = {
  ...FIELD_STUDY_REPORT_WORDS.en,
  title: 'Cluster roadmap process: project report',
  subtitle: 'Every stage, from the stakeholder visits to the roadmap',
  notAvailable: 'Not yet available',
  whereInKume: 'Where to do it in Kume',
  places: {
    organisations: 'Stakeholder visits > Organisations',
    visits: 'Stakeholder visits > Visits',
    readiness: 'Stakeholder visits > Readiness gate',
    statisticsData: 'Field study > Secondary research > Data',
    questionnaires: 'Field study > Primary research > Questionnaires',
    relations: 'Field study > Primary research > Relations',
    valueChain: 'Field study > Cluster map > Value chain',
    workingGroup: 'Field study > Cluster map > Working group',
    events: 'Information Day > Events and the deck',
    workshops: 'Working group workshops > Workshops',
    roadmap: 'Roadmap > Roadmap',
  },
  total: 'Total',
  organisations: 'Organisations',
  summaryTitle: 'Summary',
  sampleTitle: 'Sample data',
  sampleText:
    'This report was generated from Kume’s fictional sample project. Organisations, people and figures are not real.',
  aboutHeading: 'The project',
  sector: 'Sector',
  region: 'Region',
  noDescription: 'The project has no description yet.',
  process:
    'The cluster roadmap process has five stages: stakeholder visits ending in a readiness gate, a field study, an Information Day, three working group workshops and the roadmap. This report gives what each stage has produced so far, and says plainly what is not available yet and where in Kume to do it.',
  stagesHeading: 'Where each stage stands',
  stageColumns: ['Stage', 'Status', 'In figures'],
  stages: {
    stakeholder_visits: 'Stakeholder visits and the readiness gate',
    field_study: 'Field study',
    information_day: 'Information Day',
    workshops: 'Working group workshops',
    roadmap: 'Roadmap',
  },
  status: { not_started: 'Not started', under_way: 'Under way', done: 'Done' },
  stakeholderIntro:
    'The first stage is the official contact with local, regional and national stakeholders: each visit is logged, each stakeholder’s willingness and influence are assessed, and a readiness gate asks whether there is enough commitment to develop a roadmap.',
  registryHeading: 'The registry',
  registry: (registered, visited, assessed, committed) =>
    `${registered} organisations are registered: ${visited} of them were visited, ${assessed} were assessed and ${committed} are committed.`,
  registryColumns: ['Type', 'Registered', 'Visited', 'Assessed', 'Committed'],
  byTypeCaption: 'Organisations by type: registered, visited and committed',
  seriesRegistered: 'Registered',
  seriesVisited: 'Visited',
  seriesCommitted: 'Committed',
  byStageCaption: 'Registered organisations by value-chain stage',
  notPlaced: 'Not placed on the chain',
  noOrganisations: 'No organisation is registered yet.',
  visitsHeading: 'Visits',
  visits: (count, from, to, organisations) =>
    `${count} visits were logged between ${from} and ${to}, reaching ${organisations} organisations.`,
  visitLevels: { local: 'local', regional: 'regional', national: 'national' },
  byLevel: (levels) => `By level: ${levels}.`,
  followUps: (count, done, overdue) =>
    `${count} follow-ups were agreed: ${done} are done and ${overdue} are overdue.`,
  noFollowUps: 'No follow-up was recorded.',
  noVisits: 'No visit is logged yet.',
  commitmentHeading: 'Commitment',
  commitment: (assessed, committed, threshold, pledged) =>
    `${assessed} organisations were assessed; ${committed} are committed (a latest willingness of ${threshold} or more on the 1-5 scale) and ${pledged} pledged resources.`,
  willingnessCaption: 'Assessed organisations by their latest willingness',
  willingnessLabels: ['1 very low', '2 low', '3 moderate', '4 high', '5 very high'],
  noAssessments: 'No commitment assessment is recorded yet (on an organisation’s page).',
  gateHeading: 'The readiness gate',
  gateExplanation:
    'The gate at the end of stage 1 asks whether there is enough local commitment and willingness to develop a roadmap. The criteria are computed from the registry; the facilitator records the decision.',
  outcomes: { go: 'Go', no_go: 'No-go' },
  decided: (outcome, date, by) =>
    `Decision: ${outcome}, recorded on ${date}${by ? ` by ${by}` : ''}.`,
  decisionNote: (note) => `Reasons given: ${note}`,
  criteriaSay: (outcome) => `The criteria alone say: ${outcome}.`,
  noDecision: 'No go / no-go decision is recorded yet.',
  disagreeTitle: 'The decision and the criteria disagree',
  disagree: (decision, criteria) =>
    `The recorded decision is ${decision}, but the criteria now say ${criteria}.`,
  checkColumns: ['Criterion', 'Required', 'Now', 'Result'],
  met: 'Met',
  notMet: 'Not met',
  checks: {
    committed_chambers: 'Committed chambers or associations',
    committed_universities: 'Committed universities',
    committed_firms: 'Committed firms',
    committed_share_of_visited: 'Share of visited stakeholders committed',
  },
  firmTypesAre: (types) => `Counted as firms: ${types}.`,
  dayIntro:
    'The Information Day presents the field study to the cluster’s stakeholders, explains the process and invites them to the working group.',
  eventKeys: { event: 'Event', date: 'Date', time: 'Time', venue: 'Venue', address: 'Address' },
  agendaHeading: 'Agenda',
  agendaColumns: ['Time', 'Item', 'Speaker'],
  noAgenda: 'The event’s agenda has not been entered yet.',
  attendanceHeading: 'Attendance',
  attendance: (capacity, registered, waitlisted, checkedIn) =>
    `${registered} guests registered for ${capacity} seats; ${waitlisted} are on the waiting list and ${checkedIn} checked in.`,
  upcoming: (date) => `The event is on ${date}: check-ins are counted on the day.`,
  guestsCaption: 'Registered guests by type of organisation',
  guests: 'Guests',
  noRegistrations: 'Nobody has registered for the event yet.',
  noEvent: 'No Information Day event has been created for this project yet.',
  workshopIntro:
    'In three workshops the working group sets the cluster’s vision, weighs the key success factors and rates the skills the cluster needs; each part comes from the latest closed workshop that produced it.',
  heldHeading: 'Workshops',
  heldColumns: ['Workshop', 'Kind', 'Status', 'Closed on', 'Participants'],
  templates: {
    vision: 'Vision',
    key_success_factors: 'Key success factors',
    requisite_skills: 'Requisite skills and capabilities',
    delphi: 'Between meetings (Delphi)',
    custom: 'Custom',
  },
  workshopStatus: { draft: 'Draft', live: 'Live', closed: 'Closed' },
  noWorkshops: 'No workshop has been created for this project yet.',
  resultsMissing: (parts) => `No closed workshop has produced these results yet: ${parts}.`,
  resultParts: {
    vision: 'the vision',
    factors: 'the key success factors',
    skills: 'the requisite skills',
  },
  roadmapIntro:
    'The roadmap gathers the vision, the weighted success factors, the skills gaps, the value chain’s gaps and the strong and emerging clusters, each traced to its source, into a plan of actions with owners, budgets and indicators that are then monitored. It is also issued as a document of its own.',
  noRoadmap:
    'The roadmap has not been assembled yet. Once the workshops are closed, assemble it from their results, the cluster map’s gaps and the statistics, then plan actions with owners, budgets and indicators.',
  stakeholderFigures: (organisations, visits, committed) =>
    `${organisations} organisations, ${visits} visits, ${committed} committed.`,
  gateFigure: (outcome, basis) => `Gate: ${outcome} (${basis}).`,
  byDecision: (date) => `decision of ${date}`,
  byCriteria: 'by the criteria, no decision yet',
  fieldFigures: (reached, target, relations) =>
    `${reached} of ${target} SMEs reached; ${relations} relations.`,
  statisticsFigure: (region, strong) => `${region}: ${strong} strong clusters.`,
  noFieldFigures: 'No statistics, responses or relations yet.',
  dayFigures: (title, date, registered, checkedIn) =>
    `${title}, ${date}: ${registered} registered, ${checkedIn} checked in.`,
  dayAheadFigures: (title, date, registered) =>
    `${title}, ahead on ${date}: ${registered} registered so far.`,
  workshopFigures: (closed, results) => `${closed} closed; ${results} of 3 results available.`,
  roadmapFigures: (items, actions, indicators) =>
    `${items} items, ${actions} actions, ${indicators} indicators.`,
  notYet: '–',
};

const tr: ProjectReportWords = {
  ...FIELD_STUDY_REPORT_WORDS.tr,
  title: 'Küme yol haritası süreci: proje raporu',
  subtitle: 'Paydaş ziyaretlerinden yol haritasına tüm aşamalar',
  notAvailable: 'Henüz hazır değil',
  whereInKume: 'Kume’de nereden yapılır',
  places: {
    organisations: 'Paydaş ziyaretleri > Kuruluşlar',
    visits: 'Paydaş ziyaretleri > Ziyaretler',
    readiness: 'Paydaş ziyaretleri > Hazırlık kapısı',
    statisticsData: 'Saha çalışması > İkincil araştırma > Veriler',
    questionnaires: 'Saha çalışması > Birincil araştırma > Anketler',
    relations: 'Saha çalışması > Birincil araştırma > İlişkiler',
    valueChain: 'Saha çalışması > Küme haritası > Değer zinciri',
    workingGroup: 'Saha çalışması > Küme haritası > Çalışma grubu',
    events: 'Bilgi Günü > Etkinlik ve sunum',
    workshops: 'Çalışma grubu toplantıları > Çalıştaylar',
    roadmap: 'Yol haritası > Yol haritası',
  },
  total: 'Toplam',
  organisations: 'Kuruluş',
  summaryTitle: 'Özet',
  sampleTitle: 'Örnek veri',
  sampleText:
    'Bu rapor, Kume’nin kurgusal örnek projesinden üretildi. Kuruluşlar, kişiler ve rakamlar gerçek değildir.',
  aboutHeading: 'Proje',
  sector: 'Sektör',
  region: 'Bölge',
  noDescription: 'Projenin henüz bir açıklaması yok.',
  process:
    'Küme yol haritası süreci beş aşamadan oluşur: hazırlık kapısıyla biten paydaş ziyaretleri, saha çalışması, Bilgi Günü, üç çalışma grubu çalıştayı ve yol haritası. Bu rapor her aşamanın bugüne kadar ortaya koyduklarını sunar; henüz hazır olmayanı ve Kume’de nereden yapılacağını açıkça belirtir.',
  stagesHeading: 'Aşamaların durumu',
  stageColumns: ['Aşama', 'Durum', 'Rakamlarla'],
  stages: {
    stakeholder_visits: 'Paydaş ziyaretleri ve hazırlık kapısı',
    field_study: 'Saha çalışması',
    information_day: 'Bilgi Günü',
    workshops: 'Çalışma grubu çalıştayları',
    roadmap: 'Yol haritası',
  },
  status: { not_started: 'Başlamadı', under_way: 'Sürüyor', done: 'Tamamlandı' },
  stakeholderIntro:
    'İlk aşama yerel, bölgesel ve ulusal paydaşlarla resmî temastır: her ziyaret kaydedilir, her paydaşın istekliliği ve etkisi değerlendirilir ve hazırlık kapısı yol haritası geliştirmek için yeterli bağlılık olup olmadığını sorar.',
  registryHeading: 'Kuruluş kaydı',
  registry: (registered, visited, assessed, committed) =>
    `${registered} kuruluş kayıtlı: bunların ${visited} tanesi ziyaret edildi, ${assessed} tanesi değerlendirildi ve ${committed} tanesi bağlı.`,
  registryColumns: ['Tür', 'Kayıtlı', 'Ziyaret edilen', 'Değerlendirilen', 'Bağlı'],
  byTypeCaption: 'Türe göre kuruluşlar: kayıtlı, ziyaret edilen ve bağlı',
  seriesRegistered: 'Kayıtlı',
  seriesVisited: 'Ziyaret edilen',
  seriesCommitted: 'Bağlı',
  byStageCaption: 'Değer zinciri aşamasına göre kayıtlı kuruluşlar',
  notPlaced: 'Zincire yerleşmeyen',
  noOrganisations: 'Henüz kayıtlı kuruluş yok.',
  visitsHeading: 'Ziyaretler',
  visits: (count, from, to, organisations) =>
    `${from} ile ${to} arasında ${count} ziyaret kaydedildi; ${organisations} kuruluşa ulaşıldı.`,
  visitLevels: { local: 'yerel', regional: 'bölgesel', national: 'ulusal' },
  byLevel: (levels) => `Düzeye göre: ${levels}.`,
  followUps: (count, done, overdue) =>
    `${count} takip işi kararlaştırıldı: ${done} tanesi tamamlandı, ${overdue} tanesi gecikmede.`,
  noFollowUps: 'Takip işi kaydedilmedi.',
  noVisits: 'Henüz ziyaret kaydı yok.',
  commitmentHeading: 'Bağlılık',
  commitment: (assessed, committed, threshold, pledged) =>
    `${assessed} kuruluş değerlendirildi; ${committed} tanesi bağlı (1-5 ölçeğinde son istekliliği ${threshold} veya üzeri) ve ${pledged} tanesi kaynak taahhüt etti.`,
  willingnessCaption: 'Değerlendirilen kuruluşlar, son istekliliklerine göre',
  willingnessLabels: ['1 çok düşük', '2 düşük', '3 orta', '4 yüksek', '5 çok yüksek'],
  noAssessments: 'Henüz bağlılık değerlendirmesi kaydedilmedi (kuruluşun sayfasından).',
  gateHeading: 'Hazırlık kapısı',
  gateExplanation:
    '1. aşamanın sonundaki kapı, yol haritası geliştirmek için yeterli yerel bağlılık ve isteklilik olup olmadığını sorar. Ölçütler kayıttan hesaplanır; kararı kolaylaştırıcı kaydeder.',
  outcomes: { go: 'Devam', no_go: 'Devam etme' },
  decided: (outcome, date, by) =>
    `Karar: ${outcome}; ${date} tarihinde${by ? ` ${by} tarafından` : ''} kaydedildi.`,
  decisionNote: (note) => `Gerekçe: ${note}`,
  criteriaSay: (outcome) => `Yalnızca ölçütlere göre: ${outcome}.`,
  noDecision: 'Henüz devam / devam etme kararı kaydedilmedi.',
  disagreeTitle: 'Karar ile ölçütler uyuşmuyor',
  disagree: (decision, criteria) =>
    `Kaydedilen karar “${decision}”, ancak ölçütler şu anda “${criteria}” diyor.`,
  checkColumns: ['Ölçüt', 'Gereken', 'Mevcut', 'Sonuç'],
  met: 'Karşılandı',
  notMet: 'Karşılanmadı',
  checks: {
    committed_chambers: 'Bağlı odalar veya dernekler',
    committed_universities: 'Bağlı üniversiteler',
    committed_firms: 'Bağlı firmalar',
    committed_share_of_visited: 'Ziyaret edilen paydaşlarda bağlı olanların payı',
  },
  firmTypesAre: (types) => `Firma sayılanlar: ${types}.`,
  dayIntro:
    'Bilgi Günü, saha çalışmasını kümenin paydaşlarına sunar, süreci anlatır ve onları çalışma grubuna davet eder.',
  eventKeys: { event: 'Etkinlik', date: 'Tarih', time: 'Saat', venue: 'Yer', address: 'Adres' },
  agendaHeading: 'Program',
  agendaColumns: ['Saat', 'Konu', 'Konuşmacı'],
  noAgenda: 'Etkinliğin programı henüz girilmedi.',
  attendanceHeading: 'Katılım',
  attendance: (capacity, registered, waitlisted, checkedIn) =>
    `${capacity} kişilik kapasiteye ${registered} kişi kayıt oldu; bekleme listesinde ${waitlisted} kişi var, ${checkedIn} kişi giriş yaptı.`,
  upcoming: (date) => `Etkinlik ${date} tarihinde: girişler o gün sayılır.`,
  guestsCaption: 'Kayıtlı katılımcılar, kuruluş türüne göre',
  guests: 'Katılımcı',
  noRegistrations: 'Etkinliğe henüz kimse kayıt olmadı.',
  noEvent: 'Bu proje için henüz bir Bilgi Günü etkinliği oluşturulmadı.',
  workshopIntro:
    'Çalışma grubu üç çalıştayda kümenin vizyonunu belirler, kilit başarı faktörlerini ağırlıklandırır ve kümenin ihtiyaç duyduğu becerileri puanlar; her bölüm, onu üreten en son kapanmış çalıştaydan gelir.',
  heldHeading: 'Çalıştaylar',
  heldColumns: ['Çalıştay', 'Tür', 'Durum', 'Kapanış', 'Katılımcı'],
  templates: {
    vision: 'Vizyon',
    key_success_factors: 'Kilit başarı faktörleri',
    requisite_skills: 'Gerekli beceri ve yetkinlikler',
    delphi: 'Toplantılar arası (Delphi)',
    custom: 'Serbest',
  },
  workshopStatus: { draft: 'Taslak', live: 'Canlı', closed: 'Kapandı' },
  noWorkshops: 'Bu proje için henüz çalıştay oluşturulmadı.',
  resultsMissing: (parts) => `Şu sonuçları üreten kapanmış bir çalıştay henüz yok: ${parts}.`,
  resultParts: {
    vision: 'vizyon',
    factors: 'kilit başarı faktörleri',
    skills: 'gerekli beceriler',
  },
  roadmapIntro:
    'Yol haritası vizyonu, ağırlıklandırılmış başarı faktörlerini, beceri açıklarını, değer zincirindeki boşlukları ve güçlü ve yükselen kümeleri, her birini kaynağına bağlayarak, sorumlusu, bütçesi ve göstergeleri olan ve ardından izlenen bir eylem planında bir araya getirir. Ayrıca kendi başına bir belge olarak da yayımlanır.',
  noRoadmap:
    'Yol haritası henüz oluşturulmadı. Çalıştaylar kapandığında yol haritasını onların sonuçlarından, küme haritasının boşluklarından ve istatistiklerden oluşturun; ardından sorumlusu, bütçesi ve göstergeleriyle eylemleri planlayın.',
  stakeholderFigures: (organisations, visits, committed) =>
    `${organisations} kuruluş, ${visits} ziyaret, ${committed} bağlı.`,
  gateFigure: (outcome, basis) => `Kapı: ${outcome} (${basis}).`,
  byDecision: (date) => `${date} tarihli karar`,
  byCriteria: 'ölçütlere göre, henüz karar yok',
  fieldFigures: (reached, target, relations) =>
    `${target} KOBİ’den ${reached} tanesine ulaşıldı; ${relations} ilişki.`,
  statisticsFigure: (region, strong) => `${region}: ${strong} güçlü küme.`,
  noFieldFigures: 'Henüz istatistik, yanıt veya ilişki yok.',
  dayFigures: (title, date, registered, checkedIn) =>
    `${title}, ${date}: ${registered} kayıt, ${checkedIn} giriş.`,
  dayAheadFigures: (title, date, registered) =>
    `${title}, ${date} tarihinde yapılacak: şimdiye dek ${registered} kayıt.`,
  workshopFigures: (closed, results) => `${closed} kapandı; 3 sonuçtan ${results} tanesi hazır.`,
  roadmapFigures: (items, actions, indicators) =>
    `${items} öğe, ${actions} eylem, ${indicators} gösterge.`,
  notYet: '–',
};

export const PROJECT_REPORT_WORDS: Record<ReportLanguage, ProjectReportWords> = { en, tr };
