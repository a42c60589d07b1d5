// The firm interview template: the field study's main questionnaire for the cluster's SMEs
// (profile, value-chain stage, size, exports, innovation, cooperation, barriers, needs, relations).

import { FIRM_RELATION_PAGE } from './firmRelationPage';
import { choices, IMPORTANCE_COLUMNS, likert5, t, type QuestionnaireDraft } from './templateText';
import { VALUE_CHAIN_STAGE_CHOICES } from './valueChainStageChoices';

export const firmInterview: QuestionnaireDraft = {
  kind: 'firm_interview',
  title: t('Küme Saha Çalışması: Firma Görüşme Formu', 'Cluster Field Study: Firm Interview'),
  description: t(
    'Bu form, kümelenme yol haritasının hazırlanması amacıyla firmalarla yapılan görüşmelerde kullanılır. Yanıtlar yalnızca toplu olarak analiz edilir; firma bazında bilgi üçüncü kişilerle paylaşılmaz. Görüşme yaklaşık 40 dakika sürer.',
    'This form is used in interviews with firms to prepare the cluster roadmap. Answers are analysed only in aggregate; no firm-level information is shared with third parties. The interview takes about 40 minutes.',
  ),
  pages: [
    {
      title: t('Firma profili', 'Firm profile'),
      questions: [
        { id: 'firm_name', type: 'text', title: t('Firma adı', 'Firm name'), required: true },
        {
          id: 'respondent_role',
          type: 'text',
          title: t('Görüşülen kişinin firmadaki görevi', "Interviewee's position in the firm"),
        },
        {
          id: 'founding_year',
          type: 'number',
          title: t('Firmanın kuruluş yılı', 'Year the firm was founded'),
          number: { min: 1900, max: 2100 },
        },
        {
          id: 'legal_form',
          type: 'single',
          title: t('Firmanın hukuki yapısı', 'Legal form of the firm'),
          choices: choices(
            ['sole_proprietorship', 'Şahıs işletmesi', 'Sole proprietorship'],
            ['limited', 'Limited şirket', 'Limited liability company'],
            ['joint_stock', 'Anonim şirket', 'Joint-stock company'],
            ['cooperative', 'Kooperatif', 'Cooperative'],
          ),
          allowOther: true,
        },
        {
          id: 'main_products',
          type: 'text',
          title: t('Başlıca ürünleriniz veya hizmetleriniz', 'Your main products or services'),
          description: t(
            'En çok satış getiren üç ürün veya hizmeti yazınız.',
            'Name the three products or services that bring the most sales.',
          ),
        },
      ],
    },
    {
      title: t('Değer zinciri ve ölçek', 'Value chain and size'),
      questions: [
        {
          id: 'value_chain_stage',
          type: 'single',
          title: t(
            'Firmanız değer zincirinin hangi aşamasında faaliyet gösteriyor?',
            'In which stage of the value chain does your firm work?',
          ),
          description: t(
            'Birden fazla aşamada faaliyet gösteriyorsanız ciroya en çok katkı sağlayanı seçiniz.',
            'If you work in several stages, choose the one that contributes most to turnover.',
          ),
          required: true,
          choices: VALUE_CHAIN_STAGE_CHOICES,
          segment: 'value_chain_stage',
        },
        {
          id: 'employees',
          type: 'number',
          title: t('Toplam çalışan sayısı', 'Total number of employees'),
          description: t(
            'Sigortalı tam zamanlı çalışanlar; yarı zamanlı çalışanları yarım sayınız.',
            'Insured full-time employees; count part-time employees as half.',
          ),
          required: true,
          number: { min: 0, max: 100_000, unit: t('kişi', 'people') },
          segment: 'size',
        },
        {
          id: 'district',
          type: 'text',
          title: t('Üretim tesisinizin bulunduğu ilçe', 'District of your production site'),
          required: true,
          segment: 'district',
        },
        {
          id: 'turnover_band',
          type: 'single',
          title: t(
            'Son mali yıldaki net satış hasılatınız',
            'Net sales in the last financial year',
          ),
          choices: choices(
            ['under_10m', '10 milyon TL altı', 'Under TRY 10 million'],
            ['10m_50m', '10-50 milyon TL', 'TRY 10-50 million'],
            ['50m_250m', '50-250 milyon TL', 'TRY 50-250 million'],
            ['250m_1b', '250 milyon-1 milyar TL', 'TRY 250 million-1 billion'],
            ['over_1b', '1 milyar TL üzeri', 'Over TRY 1 billion'],
            ['no_answer', 'Belirtmek istemiyorum', 'Prefer not to say'],
          ),
        },
        {
          id: 'capacity_utilisation',
          type: 'number',
          title: t('Ortalama kapasite kullanım oranınız', 'Your average capacity utilisation'),
          number: { min: 0, max: 100, unit: t('%', '%') },
        },
      ],
    },
    {
      title: t('Dış pazarlar', 'Export markets'),
      questions: [
        {
          id: 'exports',
          type: 'single',
          title: t('Firmanız ihracat yapıyor mu?', 'Does your firm export?'),
          required: true,
          choices: choices(
            ['direct', 'Evet, doğrudan', 'Yes, directly'],
            [
              'indirect',
              'Evet, dış ticaret firmaları veya müşterilerimiz aracılığıyla',
              'Yes, through traders or our customers',
            ],
            ['none', 'Hayır', 'No'],
          ),
        },
        {
          id: 'export_share',
          type: 'number',
          title: t(
            'Satışlarınızın yüzde kaçı ihracattır?',
            'What share of your sales is exported?',
          ),
          visibleIf: { questionId: 'exports', operator: 'equals', value: 'direct' },
          number: { min: 0, max: 100, unit: t('%', '%') },
        },
        {
          id: 'export_markets',
          type: 'multiple',
          title: t('Başlıca ihracat pazarlarınız', 'Your main export markets'),
          visibleIf: { questionId: 'exports', operator: 'equals', value: 'direct' },
          choices: choices(
            ['eu', 'Avrupa Birliği', 'European Union'],
            ['other_europe', 'Diğer Avrupa ülkeleri', 'Other European countries'],
            ['middle_east', 'Orta Doğu', 'Middle East'],
            ['north_africa', 'Kuzey Afrika', 'North Africa'],
            ['sub_saharan_africa', 'Sahra altı Afrika', 'Sub-Saharan Africa'],
            [
              'turkic_central_asia',
              'Türk Cumhuriyetleri ve Orta Asya',
              'Turkic republics and Central Asia',
            ],
            ['russia_caucasus', 'Rusya ve Kafkasya', 'Russia and the Caucasus'],
            ['americas', 'Amerika kıtası', 'The Americas'],
          ),
          allowOther: true,
        },
        {
          id: 'export_intent',
          type: 'single',
          title: t(
            'Önümüzdeki iki yıl içinde ihracata başlamayı planlıyor musunuz?',
            'Do you plan to start exporting within the next two years?',
          ),
          visibleIf: { questionId: 'exports', operator: 'notEquals', value: 'direct' },
          choices: choices(
            ['yes', 'Evet, somut bir planımız var', 'Yes, we have a concrete plan'],
            ['maybe', 'Düşünüyoruz, ancak plan yok', 'We are considering it, but have no plan'],
            ['no', 'Hayır', 'No'],
          ),
        },
      ],
    },
    {
      title: t('Yenilik ve teknoloji', 'Innovation and technology'),
      questions: [
        {
          id: 'rd_spend_share',
          type: 'number',
          title: t(
            'Ar-Ge ve tasarım harcamalarınızın cironuza oranı',
            'R&D and design spending as a share of turnover',
          ),
          number: { min: 0, max: 100, unit: t('%', '%') },
        },
        {
          id: 'rd_unit',
          type: 'single',
          title: t(
            'Firmanızda Ar-Ge veya tasarım birimi var mı?',
            'Does your firm have an R&D or design unit?',
          ),
          choices: choices(
            [
              'registered_centre',
              'Evet, tescilli Ar-Ge/tasarım merkezi',
              'Yes, a registered R&D/design centre',
            ],
            [
              'informal_team',
              'Evet, ayrı bir ekip (tescilsiz)',
              'Yes, a separate team (not registered)',
            ],
            ['none', 'Hayır', 'No'],
          ),
        },
        {
          id: 'new_products',
          type: 'single',
          title: t(
            'Son üç yılda yeni veya önemli ölçüde iyileştirilmiş ürün geliştirdiniz mi?',
            'Have you introduced new or significantly improved products in the last three years?',
          ),
          choices: choices(
            ['new_to_market', 'Evet, pazar için yeni', 'Yes, new to the market'],
            ['new_to_firm', 'Evet, firmamız için yeni', 'Yes, new to our firm'],
            ['none', 'Hayır', 'No'],
          ),
        },
        {
          id: 'patents',
          type: 'number',
          title: t(
            'Son beş yılda aldığınız patent ve faydalı model sayısı',
            'Patents and utility models granted in the last five years',
          ),
          number: { min: 0, max: 1_000 },
        },
        {
          id: 'certifications',
          type: 'multiple',
          title: t('Sahip olduğunuz belgeler', 'Certificates you hold'),
          choices: choices(
            ['iso_9001', 'ISO 9001 Kalite Yönetimi', 'ISO 9001 Quality management'],
            ['iso_14001', 'ISO 14001 Çevre Yönetimi', 'ISO 14001 Environmental management'],
            [
              'iso_45001',
              'ISO 45001 İş Sağlığı ve Güvenliği',
              'ISO 45001 Occupational health and safety',
            ],
            ['iso_50001', 'ISO 50001 Enerji Yönetimi', 'ISO 50001 Energy management'],
            ['iatf_16949', 'IATF 16949 Otomotiv Kalite', 'IATF 16949 Automotive quality'],
            ['ce', 'CE İşareti', 'CE marking'],
            ['none', 'Hiçbiri', 'None'],
          ),
          allowOther: true,
        },
        {
          id: 'digital_use',
          type: 'likert',
          title: t(
            'Üretim ve yönetimde dijital teknolojileri (ERP, CNC ağları, sensörler, veri analizi) ne ölçüde kullanıyorsunuz?',
            'To what extent do you use digital technologies (ERP, networked CNC, sensors, data analysis) in production and management?',
          ),
          likert: likert5(
            'Hiç kullanmıyoruz',
            'Not at all',
            'Çok yoğun kullanıyoruz',
            'Extensively',
          ),
        },
      ],
    },
    {
      title: t('İşbirliği', 'Cooperation'),
      questions: [
        {
          id: 'trust',
          type: 'likert',
          title: t(
            'Bölgedeki diğer firmalara genel olarak ne ölçüde güveniyorsunuz?',
            'In general, how far do you trust the other firms in the region?',
          ),
          required: true,
          likert: likert5('Hiç güvenmiyorum', 'Not at all', 'Tamamen güveniyorum', 'Completely'),
        },
        {
          id: 'cooperation_level',
          type: 'likert',
          title: t(
            'Son üç yılda diğer firma ve kurumlarla işbirliğinizi nasıl değerlendirirsiniz?',
            'How would you rate your cooperation with other firms and institutions in the last three years?',
          ),
          likert: likert5(
            'Hiç işbirliği yok',
            'No cooperation',
            'Çok yoğun işbirliği',
            'Very intensive',
          ),
        },
        {
          id: 'cooperation_with',
          type: 'multiple',
          title: t('Kimlerle işbirliği yapıyorsunuz?', 'Whom do you cooperate with?'),
          choices: choices(
            ['competitors', 'Aynı alandaki diğer firmalar', 'Other firms in the same field'],
            ['suppliers', 'Tedarikçiler', 'Suppliers'],
            ['customers', 'Müşteriler', 'Customers'],
            [
              'universities',
              'Üniversiteler ve meslek yüksekokulları',
              'Universities and vocational schools',
            ],
            ['chambers', 'Odalar ve sektör dernekleri', 'Chambers and trade associations'],
            [
              'public_agencies',
              'Kamu kurumları ve kalkınma ajansı',
              'Public agencies and the development agency',
            ],
            ['finance', 'Bankalar ve finans kuruluşları', 'Banks and financial institutions'],
            ['none', 'Kimseyle', 'Nobody'],
          ),
          allowOther: true,
        },
        {
          id: 'cooperation_areas',
          type: 'multiple',
          title: t('Hangi konularda işbirliği yaptınız?', 'In which areas have you cooperated?'),
          visibleIf: { questionId: 'cooperation_with', operator: 'answered' },
          choices: choices(
            ['joint_purchasing', 'Ortak satın alma', 'Joint purchasing'],
            [
              'joint_marketing',
              'Ortak pazarlama ve fuar katılımı',
              'Joint marketing and trade fairs',
            ],
            [
              'shared_equipment',
              'Makine ve test ekipmanı paylaşımı',
              'Sharing machinery and test equipment',
            ],
            ['joint_training', 'Ortak eğitim', 'Joint training'],
            ['joint_rd', 'Ortak Ar-Ge projesi', 'Joint R&D projects'],
            [
              'capacity_sharing',
              'Kapasite paylaşımı ve fason üretim',
              'Capacity sharing and subcontracting',
            ],
          ),
          allowOther: true,
        },
        {
          id: 'cooperation_experience',
          type: 'longText',
          title: t(
            'İyi veya kötü sonuçlanan bir işbirliği deneyiminizi kısaca anlatır mısınız?',
            'Could you briefly describe a cooperation that went well or badly?',
          ),
        },
      ],
    },
    {
      title: t('Engeller', 'Barriers'),
      questions: [
        {
          id: 'barriers',
          type: 'matrix',
          title: t(
            'Aşağıdaki konular firmanızın büyümesinin önünde ne kadar önemli bir engel oluşturuyor?',
            'How important are the following as barriers to the growth of your firm?',
          ),
          required: true,
          matrix: {
            rows: choices(
              ['finance', 'Finansmana erişim', 'Access to finance'],
              ['skilled_labour', 'Nitelikli işgücü bulma', 'Finding skilled labour'],
              ['energy_cost', 'Enerji maliyetleri', 'Energy costs'],
              ['raw_material_cost', 'Hammadde fiyat ve tedariki', 'Raw material prices and supply'],
              ['regulation', 'Mevzuat ve bürokrasi', 'Regulation and red tape'],
              ['market_access', 'Yeni pazarlara erişim', 'Access to new markets'],
              ['technology', 'Teknoloji ve makine parkı', 'Technology and machinery'],
              ['infrastructure', 'Altyapı ve yer sorunu', 'Infrastructure and premises'],
              [
                'environment',
                'Çevre ve karbon düzenlemelerine uyum',
                'Meeting environmental and carbon rules',
              ],
            ),
            columns: IMPORTANCE_COLUMNS,
          },
        },
        {
          id: 'barrier_comment',
          type: 'longText',
          title: t(
            'En önemli engel konusunda eklemek istedikleriniz',
            'Anything you would add about the most important barrier',
          ),
        },
      ],
    },
    {
      title: t('İhtiyaçlar ve küme girişimi', 'Needs and the cluster initiative'),
      questions: [
        {
          id: 'needs',
          type: 'multiple',
          title: t(
            'Bir küme girişiminden hangi ortak hizmetleri beklersiniz?',
            'Which joint services would you expect from a cluster initiative?',
          ),
          description: t('En fazla beş seçenek işaretleyiniz.', 'Tick at most five.'),
          required: true,
          choices: choices(
            ['training', 'Teknik ve mesleki eğitim', 'Technical and vocational training'],
            [
              'joint_purchasing',
              'Ortak hammadde ve enerji alımı',
              'Joint purchasing of materials and energy',
            ],
            ['export_promotion', 'İhracat ve fuar desteği', 'Export promotion and trade fairs'],
            [
              'testing_lab',
              'Ortak test ve analiz laboratuvarı',
              'Shared testing and analysis laboratory',
            ],
            ['rd_projects', 'Ortak Ar-Ge ve hibe projeleri', 'Joint R&D and grant projects'],
            ['design_support', 'Tasarım ve mühendislik desteği', 'Design and engineering support'],
            ['certification', 'Belgelendirme desteği', 'Support for certification'],
            ['finance_access', 'Finansmana erişim danışmanlığı', 'Advice on access to finance'],
            ['digitalisation', 'Dijital dönüşüm', 'Digital transformation'],
            [
              'energy_efficiency',
              'Enerji verimliliği ve yeşil dönüşüm',
              'Energy efficiency and green transition',
            ],
          ),
          allowOther: true,
        },
        {
          id: 'cluster_interest',
          type: 'likert',
          title: t(
            'Bölgede kurulacak bir küme girişimine aktif olarak katılmaya ne kadar ilgi duyarsınız?',
            'How interested would you be in taking an active part in a cluster initiative in the region?',
          ),
          required: true,
          likert: likert5(
            'Hiç ilgilenmem',
            'Not at all interested',
            'Çok ilgilenirim',
            'Very interested',
          ),
        },
        {
          id: 'contribution',
          type: 'multiple',
          title: t(
            'Küme girişimine hangi katkıları sunabilirsiniz?',
            'What could you contribute to the cluster initiative?',
          ),
          visibleIf: { questionId: 'cluster_interest', operator: 'notEquals', value: '1' },
          choices: choices(
            ['staff_time', 'Çalışma gruplarına personel zamanı', 'Staff time for working groups'],
            ['venue', 'Toplantı ve eğitim mekânı', 'A venue for meetings and training'],
            ['membership_fee', 'Üyelik aidatı', 'A membership fee'],
            ['co_funding', 'Ortak projelere eş finansman', 'Co-funding of joint projects'],
            ['data', 'Sektörel veri ve bilgi paylaşımı', 'Sharing sector data and knowledge'],
            ['none', 'Şu an için katkı sunamayız', 'We cannot contribute for now'],
          ),
        },
      ],
    },
    FIRM_RELATION_PAGE,
    {
      title: t('Kapanış', 'Closing'),
      questions: [
        {
          id: 'closing_comments',
          type: 'longText',
          title: t(
            'Kümenin geleceği ve yol haritası için eklemek istediğiniz başka bir konu var mı?',
            'Is there anything else you would like to add about the future of the cluster and its roadmap?',
          ),
        },
      ],
    },
  ],
};
