// The sample's two cluster-management self-assessments on Kume's default indicators, a year apart:
// the first when the initiative began, the second now, better in most areas.

import type { IsoDate } from '../brand';
import type { BundleRoadmapInput } from '../bundle/projectBundleRoadmap';
import { DEFAULT_SELF_ASSESSMENT_INDICATORS } from '../roadmap/defaultSelfAssessmentIndicators';
import { addMonths } from './sampleIndicatorHistory';

type SampleSelfAssessment = NonNullable<BundleRoadmapInput['selfAssessments']>[number];

/** [value a year ago, value now, the evidence given now]; a year ago the evidence was thinner. */
const ANSWERS: Record<string, [number, number, string]> = {
  members: [18, 34, 'İmzalı katılım beyanları ve aidat kayıtlarıyla üye listesi.'],
  sme_share: [72, 76, 'Üye firmaların çalışan sayılarıyla listesi.'],
  research_members: [1, 3, 'İki üniversite ve meslek yüksekokuluyla imzalı protokoller.'],
  new_members: [3, 16, 'Başlangıçtaki ve bugünkü üye listeleri.'],
  management_staff: [0, 2, 'Küme koordinatörü ve uzmanın iş sözleşmeleri.'],
  manager_experience: [2, 3, 'Koordinatörün özgeçmişi: önceki OSB ağı yöneticiliği.'],
  strategy: [0, 2, 'Yol haritası ve genel kurulda kabul edildiği toplantının tutanağı.'],
  steering_board: [1, 2, 'Yönlendirme kurulu üyeleri ve iki toplantının tutanakları.'],
  private_share: [5, 18, 'Son yılın gelir tablosu: aidatlar ve hizmet gelirleri.'],
  largest_source_share: [100, 74, 'Son yılın gelir tablosu, kaynaklara göre.'],
  budget_secured: [0, 2, 'Kümelenme Destek Programı sözleşmesi ve aidat taahhütleri.'],
  funding_sources: [1, 3, 'Aidat, program desteği ve laboratuvar hizmet geliri kayıtları.'],
  service_lines: [1, 4, 'Hizmet kataloğu: eşleştirme, eğitim, uluslararasılaşma, bilgi.'],
  member_events: [2, 9, 'Etkinlik takvimi ve katılım listeleri.'],
  international_activities: [0, 1, 'Ortak ihracat heyetinin hazırlık raporu.'],
  joint_projects: [0, 3, 'Eşleştirme toplantılarından doğan proje sözleşmeleri.'],
  member_visits: [40, 65, 'Ziyaret kayıtları.'],
  member_survey: [0, 1, 'Üye memnuniyet anketinin sonuçları.'],
  member_updates: [1, 6, 'Bülten arşivi.'],
  partner_networks: [0, 1, 'Bir Avrupa makine kümesiyle imzalı iş birliği anlaşması.'],
  media_mentions: [3, 8, 'Basın kupürleri ve bağlantılar.'],
  success_stories: [0, 2, 'Web sitesinde yayımlanan iki vaka yazısı.'],
  recognitions: [0, 0, ''],
  policy_mentions: [1, 2, 'Bölge planı ve il sanayi stratejisi.'],
};

/**
 * Two assessments, on the first day of this month and twelve months before, on Kume's default
 * list (copied in, as the server stores it). The first gives evidence only where it had a value.
 */
export function sampleSelfAssessments(today: IsoDate): SampleSelfAssessment[] {
  const second = `${today.slice(0, 7)}-01` as IsoDate;
  const indicators = DEFAULT_SELF_ASSESSMENT_INDICATORS.map((indicator) => ({ ...indicator }));
  const answers = (which: 0 | 1) =>
    indicators.map(({ id }) => {
      const [before, after, evidence] = ANSWERS[id] ?? [null, null, ''];
      const value = which === 0 ? before : after;
      return {
        indicatorId: id,
        value,
        evidence: which === 1 || (before ?? 0) > 0 ? evidence : '',
      };
    });
  return [
    {
      assessedOn: addMonths(second, -12),
      title: 'Başlangıç öz değerlendirmesi',
      indicators,
      answers: answers(0),
    },
    {
      assessedOn: second,
      title: 'Yıllık öz değerlendirme',
      indicators,
      answers: answers(1),
    },
  ];
}
