// The field study slides' words in Turkish and English.

export interface FieldWords {
  sectionTitle: string;
  missing: string;
  explanation: string;
  reachTitle: string;
  smesReached: (reached: string, target: string) => string;
  responses: (questionnaires: number) => string;
  interviews: string;
  focusGroups: string;
  relations: (confirmed: string) => string;
  quotaMet: (target: number) => string;
  quotaMissing: (missing: number) => string;
  method: string;
  reachNotes: (reached: string, target: string) => string;
  profileTitle: string;
  byStage: string;
  bySize: string;
  organisations: string;
  profileNotes: string;
  questionTitle: (number: number) => string;
  answers: string;
  questionNotes: (question: string, total: string) => string;
}

export const FIELD_WORDS: Record<'tr' | 'en', FieldWords> = {
  tr: {
    sectionTitle: 'Saha çalışması',
    missing:
      'Saha çalışmasının sonuçları henüz yok: anket yanıtı, görüşme veya odak grup kaydı bulunmuyor.',
    explanation:
      'Anketler yayımlanıp yanıtlar, görüşmeler ve odak gruplar kaydedildiğinde bu bölüm ulaşılan KOBİ sayısını 30 KOBİ kotasıyla karşılaştırır, ulaşılan kuruluşları değer zinciri aşamasına ve büyüklüğe göre gösterir ve kilit soruların yanıtlarını grafiklerle sunar.',
    reachTitle: 'Saha çalışması: kimlere ulaştık?',
    smesReached: (reached, target) => `Ulaşılan KOBİ: ${reached} / ${target} (kota)`,
    responses: (questionnaires) => `anket yanıtı (${questionnaires} anket)`,
    interviews: 'firma görüşmesi',
    focusGroups: 'odak grup',
    relations: (confirmed) => `kaydedilen ilişki (${confirmed} teyitli)`,
    quotaMet: (target) => `${target} KOBİ kotası karşılandı.`,
    quotaMissing: (missing) =>
      `Kotayı karşılamak için ${missing} KOBİ’ye daha ulaşmamız gerekiyor.`,
    method:
      'Anketler, yüz yüze firma görüşmeleri ve odak gruplarla firmaların kimden aldığını, kime sattığını ve kimlerle iş birliği yaptığını öğrendik.',
    reachNotes: (reached, target) =>
      `Saha çalışmasında bugüne kadar ${reached} KOBİ’ye ulaştık; hedefimiz en az ${target} KOBİ.`,
    profileTitle: 'Ulaştığımız kuruluşlar',
    byStage: 'Değer zinciri aşamasına göre',
    bySize: 'Büyüklüğe göre',
    organisations: 'Kuruluş',
    profileNotes:
      'Ulaştığımız kuruluşların değer zincirinin hangi halkasında olduğu ve büyüklükleri, hangi bölümleri iyi tanıdığımızı ve nerelerde daha çok görüşme gerektiğini gösteriyor.',
    questionTitle: (number) => `Firmalar ne dedi? (${number})`,
    answers: 'Yanıt',
    questionNotes: (question, total) => `“${question}” sorusuna ${total} yanıt geldi.`,
  },
  en: {
    sectionTitle: 'Field study',
    missing:
      'The field study has no results yet: no questionnaire responses, interviews or focus groups are recorded.',
    explanation:
      'Once questionnaires are published and responses, interviews and focus groups are recorded, this part compares the SMEs reached with the 30-SME quota, shows the organisations reached by value-chain stage and size, and charts the answers to key questions.',
    reachTitle: 'Field study: who we reached',
    smesReached: (reached, target) => `SMEs reached: ${reached} of ${target} (quota)`,
    responses: (questionnaires) =>
      `questionnaire responses (${questionnaires} questionnaire${questionnaires === 1 ? '' : 's'})`,
    interviews: 'firm interviews',
    focusGroups: 'focus groups',
    relations: (confirmed) => `relations recorded (${confirmed} confirmed)`,
    quotaMet: (target) => `The ${target}-SME quota is met.`,
    quotaMissing: (missing) => `${missing} more SME${missing === 1 ? '' : 's'} to reach the quota.`,
    method:
      'Through questionnaires, face-to-face interviews and focus groups we learnt who firms buy from, sell to and work with.',
    reachNotes: (reached, target) =>
      `So far the field study has reached ${reached} SMEs; our target is at least ${target}.`,
    profileTitle: 'The organisations we reached',
    byStage: 'By value-chain stage',
    bySize: 'By size',
    organisations: 'Organisations',
    profileNotes:
      'Where the organisations we reached sit on the value chain, and how large they are, shows which parts we know well and where we need more interviews.',
    questionTitle: (number) => `What firms told us (${number})`,
    answers: 'Answers',
    questionNotes: (question, total) => `“${question}” received ${total} answers.`,
  },
};
