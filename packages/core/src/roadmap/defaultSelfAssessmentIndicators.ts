// Kume's default list for the cluster-management self-assessment: written in the manner of the
// European Cluster Excellence benchmarking, NOT ESCA's official questionnaire, with Kume's own
// starting thresholds. A project copies it and edits indicators, thresholds and evidence.

import type { LocalText } from '../survey/localText';
import type { SelfAssessmentArea, SelfAssessmentIndicator } from './selfAssessment';

const units = {
  organisations: { tr: 'kuruluş', en: 'organisations' },
  percent: { tr: '%', en: '%' },
  count: { tr: 'adet', en: 'number' },
  fte: { tr: 'tam zamanlı eşdeğer', en: 'full-time equivalents' },
  years: { tr: 'yıl', en: 'years' },
  level: { tr: 'düzey (0-3)', en: 'level (0-3)' },
} satisfies Record<string, LocalText>;

const t = (tr: string, en: string): LocalText => ({ tr, en });

function indicator(
  id: string,
  area: SelfAssessmentArea,
  name: LocalText,
  unit: LocalText,
  [bronze, silver, gold]: [number, number, number],
  evidence: LocalText,
  extra: Partial<Pick<SelfAssessmentIndicator, 'direction' | 'scale'>> = {},
): SelfAssessmentIndicator {
  return {
    id,
    area,
    name,
    unit,
    direction: extra.direction ?? 'higher',
    thresholds: { bronze, silver, gold },
    scale: extra.scale ?? [],
    evidence,
  };
}

/** A 0-3 maturity scale: none, then three steps. */
const scale = (...steps: [LocalText, LocalText, LocalText]) => ({
  scale: [t('Yok', 'None'), ...steps],
});

/**
 * 24 indicators, four in each area. Thresholds are a reasonable start for a young cluster
 * initiative in Turkey (Kume's choice, to be edited), not the values of any label.
 */
export const DEFAULT_SELF_ASSESSMENT_INDICATORS: readonly SelfAssessmentIndicator[] = [
  indicator(
    'members',
    'structure',
    t('Üye kuruluş sayısı', 'Member organisations'),
    units.organisations,
    [20, 50, 80],
    t(
      'İmzalı katılım beyanları veya aidat kayıtlarıyla üye listesi.',
      'The member list with signed commitments or fee records.',
    ),
  ),
  indicator(
    'sme_share',
    'structure',
    t('Firma üyeler içinde KOBİ payı', 'Share of SMEs among the member firms'),
    units.percent,
    [30, 50, 60],
    t(
      'Üye firmaların çalışan sayılarıyla listesi.',
      'The member firms with their employee counts.',
    ),
  ),
  indicator(
    'research_members',
    'structure',
    t(
      'Üye üniversite ve araştırma kuruluşu sayısı',
      'Universities and research organisations among the members',
    ),
    units.organisations,
    [1, 2, 4],
    t(
      'Üniversitelerle imzalı protokoller veya üyelik kayıtları.',
      'Signed agreements or membership records of the universities.',
    ),
  ),
  indicator(
    'new_members',
    'structure',
    t('Son iki yılda net yeni üye sayısı', 'Net new members in the last two years'),
    units.organisations,
    [2, 5, 10],
    t('İki tarih arasındaki üye listeleri.', 'The member lists at both dates.'),
  ),
  indicator(
    'management_staff',
    'governance',
    t('Küme yönetimi personeli', 'Cluster management staff'),
    units.fte,
    [1, 2, 3],
    t('Görev tanımları ve iş sözleşmeleri.', 'Job descriptions and contracts.'),
  ),
  indicator(
    'manager_experience',
    'governance',
    t(
      'Küme yöneticisinin küme veya ağ yönetimi deneyimi',
      "The cluster manager's experience in cluster or network management",
    ),
    units.years,
    [1, 3, 5],
    t('Özgeçmiş ve önceki görevler.', 'CV and previous roles.'),
  ),
  indicator(
    'strategy',
    'governance',
    t('Yazılı küme stratejisi', 'Written cluster strategy'),
    units.level,
    [1, 2, 3],
    t(
      'Strateji belgesi ve kabul edildiği toplantının tutanağı.',
      'The strategy document and the minutes of the meeting that adopted it.',
    ),
    scale(
      t('Taslak', 'Drafted'),
      t('Üyelerce kabul edildi', 'Adopted by the members'),
      t(
        'Kabul edildi ve son iki yılda gözden geçirildi',
        'Adopted and reviewed in the last two years',
      ),
    ),
  ),
  indicator(
    'steering_board',
    'governance',
    t(
      'Yönlendirme kurulu ve üyelerin karara katılımı',
      "Steering board and the members' part in decisions",
    ),
    units.level,
    [1, 2, 3],
    t(
      'Kurul üyelerinin listesi ve toplantı tutanakları.',
      'The board members and the minutes of its meetings.',
    ),
    scale(
      t('Kurul var', 'A board exists'),
      t('Yılda en az iki kez toplanır, tutanak tutar', 'Meets at least twice a year, with minutes'),
      t(
        'Üyelerce seçilir, eylem planına karar verir',
        'Elected by the members, decides the action plan',
      ),
    ),
  ),
  indicator(
    'private_share',
    'financing',
    t(
      'Küme yönetimi bütçesinde üye ve özel kaynak payı',
      "Share of members' and private money in the management's budget",
    ),
    units.percent,
    [10, 30, 50],
    t('Son yılın gelir tablosu.', "Last year's income statement."),
  ),
  indicator(
    'largest_source_share',
    'financing',
    t('En büyük tek finansman kaynağının payı', 'Share of the largest single funding source'),
    units.percent,
    [90, 70, 50],
    t('Son yılın gelir tablosu, kaynaklara göre.', "Last year's income by source."),
    { direction: 'lower' },
  ),
  indicator(
    'budget_secured',
    'financing',
    t('Güvence altındaki bütçe süresi', "Years of the management's budget secured"),
    units.years,
    [1, 2, 3],
    t('Hibe sözleşmeleri, aidat taahhütleri.', 'Grant agreements, fee commitments.'),
  ),
  indicator(
    'funding_sources',
    'financing',
    t('Farklı finansman kaynağı sayısı', 'Distinct funding sources'),
    units.count,
    [1, 2, 4],
    t(
      'Aidat, hizmet geliri, kamu programı, sponsor kayıtları.',
      'Records of fees, service income, public programmes and sponsors.',
    ),
  ),
  indicator(
    'service_lines',
    'services',
    t('Üyelere sunulan hizmet alanı sayısı', 'Service lines offered to members'),
    units.count,
    [2, 4, 6],
    t(
      'Hizmet kataloğu (eşleştirme, eğitim, uluslararasılaşma, ortak Ar-Ge, ortak satın alma, bilgi).',
      'The service catalogue (matchmaking, training, internationalisation, joint R&D, joint purchasing, information).',
    ),
  ),
  indicator(
    'member_events',
    'services',
    t('Yılda üyelere yönelik etkinlik sayısı', 'Events for members a year'),
    units.count,
    [4, 8, 12],
    t('Etkinlik takvimi ve katılım listeleri.', 'The events calendar and attendance lists.'),
  ),
  indicator(
    'international_activities',
    'services',
    t('Yılda uluslararası etkinlik sayısı', 'International activities a year'),
    units.count,
    [1, 3, 5],
    t(
      'Fuar, heyet ve ortak küme ziyaretlerinin raporları.',
      'Reports of trade fairs, delegations and partner-cluster visits.',
    ),
  ),
  indicator(
    'joint_projects',
    'services',
    t(
      'Son iki yılda küme aracılığıyla başlayan ortak proje sayısı',
      'Joint projects started through the cluster in the last two years',
    ),
    units.count,
    [1, 3, 5],
    t('Proje sözleşmeleri ve ortak listeleri.', 'Project agreements and partner lists.'),
  ),
  indicator(
    'member_visits',
    'interaction',
    t(
      'Son yılda birebir görüşülen üyelerin payı',
      'Share of members met one to one in the last year',
    ),
    units.percent,
    [25, 50, 75],
    t('Ziyaret kayıtları.', 'The visit log.'),
  ),
  indicator(
    'member_survey',
    'interaction',
    t('Üye memnuniyet anketi', 'Member satisfaction survey'),
    units.level,
    [1, 2, 3],
    t('Anket sonuçları ve alınan önlemler.', 'Survey results and the actions taken on them.'),
    scale(
      t('Bir kez yapıldı', 'Done once'),
      t('İki yılda bir yapılır', 'Every two years'),
      t(
        'Her yıl yapılır, sonuçlarına göre önlem alınır',
        'Yearly, with actions taken on its results',
      ),
    ),
  ),
  indicator(
    'member_updates',
    'interaction',
    t('Yılda üyelere giden bülten veya duyuru sayısı', 'Newsletters or member updates a year'),
    units.count,
    [2, 6, 12],
    t('Bülten arşivi, üye platformu.', 'The newsletter archive, the member platform.'),
  ),
  indicator(
    'partner_networks',
    'interaction',
    t(
      'Diğer kümeler veya ağlarla işbirliği anlaşması',
      'Cooperation agreements with other clusters or networks',
    ),
    units.count,
    [1, 2, 4],
    t('İmzalı anlaşmalar.', 'Signed agreements.'),
  ),
  indicator(
    'media_mentions',
    'achievements',
    t('Son yılda basında yer alma sayısı', 'Press and media mentions in the last year'),
    units.count,
    [2, 6, 12],
    t('Basın kupürleri ve bağlantılar.', 'Press cuttings and links.'),
  ),
  indicator(
    'success_stories',
    'achievements',
    t('Belgelenmiş üye başarı hikâyesi', 'Documented success stories of members'),
    units.count,
    [1, 3, 5],
    t('Yayımlanmış vaka yazıları.', 'Published case stories.'),
  ),
  indicator(
    'recognitions',
    'achievements',
    t('Ödül, etiket veya resmî tanınma', 'Awards, labels or formal recognition'),
    units.count,
    [1, 2, 3],
    t('Belgeler.', 'Certificates.'),
  ),
  indicator(
    'policy_mentions',
    'achievements',
    t(
      'Kümeyi stratejisinde anan kamu kuruluşu sayısı',
      'Public bodies naming the cluster in their strategies',
    ),
    units.count,
    [1, 2, 3],
    t(
      'Bölge planı, akıllı uzmanlaşma stratejisi gibi belgeler.',
      'Documents such as the regional plan or the smart specialisation strategy.',
    ),
  ),
];
