// The focus group guide: discussion questions for a meeting of 6-10 SMEs, with the facilitator's
// prompts in the descriptions and a few quick polls; the facilitator records the discussion.

import { choices, likert5, t, type QuestionnaireDraft } from './templateText';

/** A discussion question: the facilitator writes a summary of what was said. */
const discussion = (id: string, title: [string, string], prompts: [string, string]) => ({
  id,
  type: 'longText' as const,
  title: t(...title),
  description: t(...prompts),
});

export const focusGroupGuide: QuestionnaireDraft = {
  kind: 'focus_group',
  title: t('Küme Saha Çalışması: Odak Grup Rehberi', 'Cluster Field Study: Focus Group Guide'),
  description: t(
    'Odak grup toplantısı 6-10 KOBİ temsilcisiyle yaklaşık 90 dakika sürer. Moderatör her başlıkta tartışmanın özetini ve öne çıkan alıntıları kaydeder; hızlı oylamalarda katılımcıların ortalama görüşü girilir.',
    "The focus group meets 6-10 SME representatives for about 90 minutes. The facilitator records a summary of the discussion and notable quotes under each heading; for the quick polls, enter the participants' average view.",
  ),
  pages: [
    {
      title: t('Açılış', 'Opening'),
      questions: [
        discussion(
          'introductions',
          [
            'Tanışma ve firmaların kısa tanıtımı',
            'Introductions and short presentation of the firms',
          ],
          [
            'Her katılımcıdan adını, firmasını, ürünlerini ve firmanın değer zincirindeki yerini bir dakikada anlatmasını isteyin.',
            "Ask each participant to give their name, firm, products and the firm's place in the value chain in one minute.",
          ],
        ),
        {
          id: 'participant_count',
          type: 'number',
          title: t('Katılımcı sayısı', 'Number of participants'),
          required: true,
          number: { min: 1, max: 50, unit: t('kişi', 'people') },
        },
      ],
    },
    {
      title: t('Kümenin bugünü', 'The cluster today'),
      questions: [
        discussion(
          'strengths',
          ['Bölgedeki sektörün güçlü yönleri', 'Strengths of the sector in the region'],
          [
            'Müşteriler bu bölgeyi neden tercih ediyor? Diğer bölgelere göre üstünlüklerimiz neler? Örnek isteyin.',
            'Why do customers choose this region? What are our advantages over other regions? Ask for examples.',
          ],
        ),
        discussion(
          'weaknesses',
          ['Zayıf yönler ve darboğazlar', 'Weaknesses and bottlenecks'],
          [
            'Hangi iş için bölge dışına gitmek zorunda kalıyorsunuz? Nitelikli işgücü, enerji, finansman ve test altyapısını ayrıca sorun.',
            'Which work do you have to take outside the region? Ask separately about skilled labour, energy, finance and testing facilities.',
          ],
        ),
        {
          id: 'poll_competitiveness',
          type: 'likert',
          title: t(
            'Hızlı oylama: Bölgedeki sektör beş yıl öncesine göre daha rekabetçi mi?',
            'Quick poll: Is the sector in the region more competitive than five years ago?',
          ),
          likert: likert5('Çok daha az', 'Much less', 'Çok daha fazla', 'Much more'),
        },
      ],
    },
    {
      title: t('İşbirliği ve güven', 'Cooperation and trust'),
      questions: [
        discussion(
          'cooperation',
          ['Firmalar arası işbirliği deneyimleri', 'Experience of cooperation between firms'],
          [
            'Ortak satın alma, fason üretim, ortak fuar gibi deneyimleri sorun. İşbirliğini ne kolaylaştırdı, ne zorlaştırdı?',
            'Ask about joint purchasing, subcontracting, joint trade fairs. What made cooperation easier or harder?',
          ],
        ),
        {
          id: 'poll_trust',
          type: 'likert',
          title: t(
            'Hızlı oylama: Bölgedeki firmalar birbirine güveniyor mu?',
            'Quick poll: Do the firms in the region trust each other?',
          ),
          likert: likert5('Hiç güvenmiyor', 'Not at all', 'Tamamen güveniyor', 'Completely'),
        },
        discussion(
          'institutions',
          ['Destek kurumlarının rolü', 'The role of support institutions'],
          [
            'Oda, üniversite, OSB ve kalkınma ajansından ne bekliyorsunuz? Hangi hizmet işe yaradı, hangisi eksik?',
            'What do you expect from the chamber, universities, the industrial zone and the development agency? Which service helped, which is missing?',
          ],
        ),
      ],
    },
    {
      title: t('Gelecek ve öncelikler', 'Future and priorities'),
      questions: [
        discussion(
          'vision',
          ['2030 için ortak vizyon', 'A shared vision for 2030'],
          [
            'Beş yıl sonra bu kümenin nerede olmasını istersiniz? Hangi pazarlarda, hangi ürünlerle? Her katılımcıdan bir cümle alın.',
            'Where would you like this cluster to be in five years? In which markets, with which products? Get one sentence from each participant.',
          ],
        ),
        {
          id: 'priority_actions',
          type: 'multiple',
          title: t(
            'Grubun öncelik verdiği ortak eylemler',
            'Joint actions the group gave priority to',
          ),
          description: t(
            'Tartışma sonunda katılımcılardan üç öncelik seçmelerini isteyin; çoğunluğun seçtiklerini işaretleyin.',
            'At the end of the discussion ask participants to choose three priorities; tick those the majority chose.',
          ),
          choices: choices(
            ['training', 'Nitelikli işgücü ve eğitim', 'Skilled labour and training'],
            ['testing_lab', 'Ortak test laboratuvarı', 'Shared testing laboratory'],
            ['joint_purchasing', 'Ortak satın alma', 'Joint purchasing'],
            ['export_promotion', 'Ortak ihracat ve fuar', 'Joint exports and trade fairs'],
            ['rd_projects', 'Ortak Ar-Ge projeleri', 'Joint R&D projects'],
            [
              'green_transition',
              'Enerji verimliliği ve yeşil dönüşüm',
              'Energy efficiency and green transition',
            ],
          ),
          allowOther: true,
        },
        {
          id: 'poll_commitment',
          type: 'likert',
          title: t(
            'Hızlı oylama: Bir küme girişimine zaman ve kaynak ayırmaya hazır mısınız?',
            'Quick poll: Are you ready to commit time and resources to a cluster initiative?',
          ),
          likert: likert5(
            'Hiç hazır değilim',
            'Not at all ready',
            'Tamamen hazırım',
            'Fully ready',
          ),
        },
        discussion(
          'closing',
          ['Kapanış ve sonraki adımlar', 'Closing and next steps'],
          [
            'Katılımcılara Bilgi Günü ve çalıştay takvimini anlatın; eklemek istedikleri son bir şey olup olmadığını sorun.',
            'Tell participants about the Information Day and the workshop timetable; ask whether they would like to add a last point.',
          ],
        ),
      ],
    },
  ],
};
