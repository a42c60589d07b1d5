// The institution interview template: for chambers, universities, public agencies, NGOs and
// finance institutions that support the cluster (mandate, services, cooperation, commitment).

import { choices, likert5, t, type QuestionnaireDraft } from './templateText';

export const institutionInterview: QuestionnaireDraft = {
  kind: 'institution_interview',
  title: t(
    'Küme Saha Çalışması: Kurum ve STK Görüşme Formu',
    'Cluster Field Study: Institution and NGO Interview',
  ),
  description: t(
    'Bu form, kümeyi destekleyen kamu kurumları, odalar, üniversiteler, sivil toplum ve finans kuruluşlarıyla yapılan görüşmelerde kullanılır. Görüşme yaklaşık 30 dakika sürer.',
    'This form is used in interviews with the public agencies, chambers, universities, civil society and finance institutions that support the cluster. The interview takes about 30 minutes.',
  ),
  pages: [
    {
      title: t('Kurum profili', 'Institution profile'),
      questions: [
        {
          id: 'institution_name',
          type: 'text',
          title: t('Kurumun adı', 'Name of the institution'),
          required: true,
        },
        {
          id: 'respondent_role',
          type: 'text',
          title: t('Görüşülen kişinin kurumdaki görevi', "Interviewee's position"),
        },
        {
          id: 'institution_type',
          type: 'single',
          title: t('Kurumun türü', 'Type of institution'),
          required: true,
          choices: choices(
            ['chamber', 'Oda, borsa veya sektör derneği', 'Chamber, exchange or trade association'],
            ['university', 'Üniversite veya meslek yüksekokulu', 'University or vocational school'],
            [
              'public_agency',
              'Kamu kurumu veya organize sanayi bölgesi',
              'Public agency or organised industrial zone',
            ],
            ['ngo', 'Vakıf veya dernek', 'Foundation or association'],
            ['finance', 'Banka veya yatırım kuruluşu', 'Bank or investor'],
          ),
          allowOther: true,
        },
        {
          id: 'mandate',
          type: 'longText',
          title: t(
            'Kurumunuzun görev alanı ve sanayiye yönelik temel hedefleri nelerdir?',
            "What is your institution's mandate and what are its main aims towards industry?",
          ),
          required: true,
        },
        {
          id: 'cluster_staff',
          type: 'number',
          title: t(
            'Kümenin sektörüyle ilgilenen personel sayınız',
            "Number of your staff who work with the cluster's sector",
          ),
          number: { min: 0, max: 10_000, unit: t('kişi', 'people') },
        },
      ],
    },
    {
      title: t('Kümeye yönelik hizmetler', 'Services to the cluster'),
      questions: [
        {
          id: 'services',
          type: 'multiple',
          title: t(
            'Kümedeki firmalara hangi hizmetleri sunuyorsunuz?',
            "Which services do you offer to the cluster's firms?",
          ),
          choices: choices(
            ['training', 'Eğitim ve sertifika programları', 'Training and certificate programmes'],
            ['testing', 'Test, analiz ve kalibrasyon', 'Testing, analysis and calibration'],
            ['rd_support', 'Ar-Ge ve teknoloji transferi', 'R&D and technology transfer'],
            ['finance', 'Kredi, hibe veya yatırım', 'Loans, grants or investment'],
            ['export_support', 'İhracat ve fuar desteği', 'Export and trade fair support'],
            [
              'consultancy',
              'Danışmanlık ve mevzuat bilgilendirmesi',
              'Advice and regulatory information',
            ],
            [
              'networking',
              'Buluşma ve eşleştirme etkinlikleri',
              'Networking and matchmaking events',
            ],
            ['infrastructure', 'Altyapı ve sanayi alanı', 'Infrastructure and industrial land'],
          ),
          allowOther: true,
        },
        {
          id: 'firms_served',
          type: 'number',
          title: t(
            'Geçen yıl hizmet verdiğiniz sektör firması sayısı',
            'Firms of the sector you served last year',
          ),
          number: { min: 0, max: 100_000 },
        },
        {
          id: 'service_examples',
          type: 'longText',
          title: t(
            'Kümeye yönelik öne çıkan bir hizmet veya projenizi anlatır mısınız?',
            'Could you describe a notable service or project of yours for the cluster?',
          ),
        },
      ],
    },
    {
      title: t('Firmalarla işbirliği', 'Cooperation with firms'),
      questions: [
        {
          id: 'cooperation_frequency',
          type: 'single',
          title: t(
            'Kümedeki firmalarla ne sıklıkla ortak çalışma yürütüyorsunuz?',
            "How often do you work together with the cluster's firms?",
          ),
          choices: choices(
            ['rarely', 'Nadiren', 'Rarely'],
            ['occasionally', 'Zaman zaman', 'Occasionally'],
            ['regularly', 'Düzenli olarak', 'Regularly'],
            ['continuously', 'Sürekli', 'Continuously'],
          ),
        },
        {
          id: 'cooperation_quality',
          type: 'likert',
          title: t(
            'Firmalarla işbirliğinizin kalitesini nasıl değerlendirirsiniz?',
            'How would you rate the quality of your cooperation with firms?',
          ),
          likert: likert5('Çok zayıf', 'Very poor', 'Çok iyi', 'Very good'),
        },
        {
          id: 'cooperation_obstacles',
          type: 'longText',
          title: t(
            'Firmalarla işbirliğinin önündeki başlıca engeller nelerdir?',
            'What are the main obstacles to cooperation with firms?',
          ),
        },
      ],
    },
    {
      title: t('Kümenin değerlendirmesi', 'Assessment of the cluster'),
      questions: [
        {
          id: 'strengths',
          type: 'longText',
          title: t('Kümenin güçlü yönleri nelerdir?', 'What are the strengths of the cluster?'),
          required: true,
        },
        {
          id: 'weaknesses',
          type: 'longText',
          title: t('Kümenin zayıf yönleri nelerdir?', 'What are the weaknesses of the cluster?'),
          required: true,
        },
        {
          id: 'competitiveness',
          type: 'likert',
          title: t(
            'Kümenin uluslararası rekabet gücünü nasıl değerlendirirsiniz?',
            "How would you rate the cluster's international competitiveness?",
          ),
          likert: likert5('Çok düşük', 'Very low', 'Çok yüksek', 'Very high'),
        },
      ],
    },
    {
      title: t('Katkı ve taahhüt', 'Contribution and commitment'),
      questions: [
        {
          id: 'commit_resources',
          type: 'likert',
          title: t(
            'Kurumunuz küme girişimine kaynak (personel, mekân, bütçe) ayırmaya ne kadar istekli?',
            'How willing is your institution to commit resources (staff, venue, budget) to the cluster initiative?',
          ),
          required: true,
          likert: likert5('Hiç istekli değil', 'Not at all willing', 'Çok istekli', 'Very willing'),
        },
        {
          id: 'resource_types',
          type: 'multiple',
          title: t('Hangi kaynakları ayırabilirsiniz?', 'Which resources could you commit?'),
          visibleIf: { questionId: 'commit_resources', operator: 'notEquals', value: '1' },
          choices: choices(
            ['staff', 'Personel zamanı', 'Staff time'],
            ['venue', 'Toplantı ve eğitim mekânı', 'Meeting and training venue'],
            ['budget', 'Bütçe veya eş finansman', 'Budget or co-funding'],
            ['equipment', 'Laboratuvar ve ekipman', 'Laboratories and equipment'],
            ['data', 'Veri ve raporlar', 'Data and reports'],
            ['expertise', 'Uzmanlık ve danışmanlık', 'Expertise and advice'],
          ),
          allowOther: true,
        },
        {
          id: 'contact_person',
          type: 'text',
          title: t(
            'Küme çalışma grubu için kurumunuzun irtibat kişisi',
            "Your institution's contact person for the cluster working group",
          ),
        },
      ],
    },
    {
      title: t('İş ilişkileri', 'Relations'),
      questions: [
        {
          id: 'rd_partners',
          type: 'relation',
          title: t('Ar-Ge ve teknoloji ortaklarınız', 'Your R&D and technology partners'),
          description: t(
            'Kümenin sektöründe ortak proje yürüttüğünüz firma ve kurumlar.',
            "Firms and institutions of the cluster's sector you run joint projects with.",
          ),
          relation: { relationType: 'rd_partner', maxItems: 10 },
        },
        {
          id: 'training_partners',
          type: 'relation',
          title: t('Eğitim ortaklarınız', 'Your training partners'),
          description: t(
            'Birlikte eğitim, staj veya sertifika programı yürüttüğünüz firma ve kurumlar.',
            'Firms and institutions you run training, internships or certificate programmes with.',
          ),
          relation: { relationType: 'training_partner', maxItems: 10 },
        },
      ],
    },
    {
      title: t('Kapanış', 'Closing'),
      questions: [
        {
          id: 'closing_comments',
          type: 'longText',
          title: t(
            'Yol haritası için önerileriniz veya eklemek istedikleriniz',
            'Your suggestions for the roadmap, or anything you would add',
          ),
        },
      ],
    },
  ],
};
