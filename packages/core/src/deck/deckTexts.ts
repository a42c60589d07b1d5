// Words the deck's sections share, in Turkish and English: the "not yet available" notice, where
// in Kume each missing part is made, organisation types, list cuts. Sections keep their own prose.

import type { OrganisationType } from '../organisation/organisationTypes';
import type { DeckLanguage } from './deckInput';

/** Screens of Kume a notice sends the facilitator to, as its navigation names them. */
export type KumePlace =
  | 'statisticsData'
  | 'statisticsMaps'
  | 'regionProfile'
  | 'questionnaires'
  | 'relations'
  | 'valueChain'
  | 'clusterMap'
  | 'workingGroup'
  | 'eventsAndDeck'
  | 'benchmarkCases';

export interface DeckTexts {
  informationDay: string;
  notAvailable: string;
  whereInKume: string;
  /** "and 12 more" after a cut list. */
  andMore: (count: number) => string;
  sampleBanner: string;
  sampleFooter: string;
  generatedOn: (date: string) => string;
  places: Record<KumePlace, string>;
  organisationTypes: Record<OrganisationType | 'unknown', string>;
  /** Notes paragraph on a notice slide: what the presenter says instead. */
  noticeNotes: string;
}

export const DECK_TEXTS: Record<DeckLanguage, DeckTexts> = {
  tr: {
    informationDay: 'Bilgi Günü',
    notAvailable: 'Henüz hazır değil',
    whereInKume: 'Kume’de nereden yapılır',
    andMore: (count) => `ve ${count} tane daha`,
    sampleBanner:
      'ÖRNEK VERİ: Bu sunum, Kume’nin kurgusal örnek projesinden üretildi. Kuruluşlar, kişiler ve rakamlar gerçek değildir.',
    sampleFooter: 'Örnek veri',
    generatedOn: (date) => `Kume ile ${date} tarihinde hazırlandı`,
    places: {
      statisticsData: 'Saha çalışması > İkincil araştırma > Veriler',
      statisticsMaps: 'Saha çalışması > İkincil araştırma > Veriler > Haritalar',
      regionProfile: 'Saha çalışması > İkincil araştırma > Bölge profili',
      questionnaires: 'Saha çalışması > Birincil araştırma > Anketler',
      relations: 'Saha çalışması > Birincil araştırma > İlişkiler',
      valueChain: 'Saha çalışması > Küme haritası > Değer zinciri',
      clusterMap: 'Saha çalışması > Küme haritası > Harita',
      workingGroup: 'Saha çalışması > Küme haritası > Çalışma grubu',
      eventsAndDeck: 'Bilgi Günü > Etkinlik ve sunum',
      benchmarkCases: 'Bilgi Günü > Örnek küme girişimleri',
    },
    organisationTypes: {
      firm: 'Firma',
      supplier: 'Tedarikçi',
      service_provider: 'Hizmet sağlayıcı',
      university: 'Üniversite',
      chamber: 'Oda veya dernek',
      ngo: 'STK',
      public_agency: 'Kamu kurumu',
      finance: 'Finans',
      other: 'Diğer',
      unknown: 'Kayıtta yok',
    },
    noticeNotes:
      'Bu bölümün verisi henüz hazır değil. Dinleyicilere bu çalışmanın sürdüğünü ve sonuçlarını çalışma grubuyla paylaşacağımızı söyleyin.',
  },
  en: {
    informationDay: 'Information Day',
    notAvailable: 'Not yet available',
    whereInKume: 'Where to do it in Kume',
    andMore: (count) => `and ${count} more`,
    sampleBanner:
      'SAMPLE DATA: this deck was generated from Kume’s fictional sample project. Organisations, people and figures are not real.',
    sampleFooter: 'Sample data',
    generatedOn: (date) => `Prepared with Kume on ${date}`,
    places: {
      statisticsData: 'Field study > Secondary research > Data',
      statisticsMaps: 'Field study > Secondary research > Data > Maps',
      regionProfile: 'Field study > Secondary research > Region profile',
      questionnaires: 'Field study > Primary research > Questionnaires',
      relations: 'Field study > Primary research > Relations',
      valueChain: 'Field study > Cluster map > Value chain',
      clusterMap: 'Field study > Cluster map > Map',
      workingGroup: 'Field study > Cluster map > Working group',
      eventsAndDeck: 'Information Day > Events and the deck',
      benchmarkCases: 'Information Day > Benchmark cases',
    },
    organisationTypes: {
      firm: 'Firm',
      supplier: 'Supplier',
      service_provider: 'Service provider',
      university: 'University',
      chamber: 'Chamber or association',
      ngo: 'NGO',
      public_agency: 'Public agency',
      finance: 'Finance',
      other: 'Other',
      unknown: 'Not in the registry',
    },
    noticeNotes:
      'The data for this part is not ready yet. Tell the audience that this work is under way and that the results will be shared with the working group.',
  },
};
