// A small questionnaire with every question type, "Other" answers, chained conditions and
// hostile strings (quotes, a script tag): the shared case of the survey conversion tests.

import { questionnaireSchema, type Questionnaire } from '../src/survey/questionnaire';

const t = (en: string, tr: string) => ({ en, tr });

/** A choice value with both kinds of quote, used in a condition. */
export const QUOTED_VALUE = `it's "odd"`;
export const SCRIPT_TEXT = '<script>alert(1)</script>';

export const exampleQuestionnaire: Questionnaire = questionnaireSchema.parse({
  title: t('Firm interview', 'Firma görüşmesi'),
  description: t('About your firm', 'Firmanız hakkında'),
  kind: 'custom',
  pages: [
    {
      title: t('Profile', 'Profil'),
      questions: [
        {
          id: 'firm_name',
          type: 'text',
          title: t('Name of your firm', 'Firmanızın adı'),
          required: true,
        },
        {
          id: 'stage',
          type: 'single',
          title: t('Value-chain stage', 'Değer zincirindeki yeriniz'),
          required: true,
          allowOther: true,
          segment: 'value_chain_stage',
          choices: [
            { value: 'casting', text: t('Casting', 'Döküm') },
            { value: 'machining', text: t('Machining', 'Talaşlı imalat') },
            { value: QUOTED_VALUE, text: t(SCRIPT_TEXT, SCRIPT_TEXT) },
          ],
        },
        {
          id: 'stage_note',
          type: 'longText',
          title: t('Tell us more', 'Biraz daha anlatır mısınız?'),
          required: true,
          visibleIf: { questionId: 'stage', operator: 'equals', value: QUOTED_VALUE },
        },
        {
          id: 'employees',
          type: 'number',
          title: t('Employees', 'Çalışan sayısı'),
          segment: 'size',
          number: { min: 0, max: 100_000, unit: t('people', 'kişi') },
        },
        {
          id: 'markets',
          type: 'multiple',
          title: t('Where do you sell?', 'Nereye satıyorsunuz?'),
          allowOther: true,
          choices: [
            { value: 'domestic', text: t('Türkiye', 'Türkiye') },
            { value: 'eu', text: t('European Union', 'Avrupa Birliği') },
            { value: 'eu_east', text: t('Eastern Europe', 'Doğu Avrupa') },
          ],
        },
        {
          id: 'eu_countries',
          type: 'text',
          title: t('Which EU countries?', 'Hangi AB ülkeleri?'),
          required: true,
          visibleIf: { questionId: 'markets', operator: 'contains', value: 'eu' },
        },
        {
          id: 'eu_share',
          type: 'number',
          title: t('Share of EU sales', 'AB satışlarının payı'),
          required: true,
          visibleIf: { questionId: 'eu_countries', operator: 'answered' },
        },
      ],
    },
    {
      title: t('Needs and relations', 'İhtiyaçlar ve ilişkiler'),
      questions: [
        {
          id: 'innovation',
          type: 'likert',
          title: t('How innovative is your firm?', 'Firmanız ne kadar yenilikçi?'),
          required: true,
          likert: { points: 5, minLabel: t('Not at all', 'Hiç'), maxLabel: t('Very', 'Çok') },
        },
        {
          id: 'needs',
          type: 'matrix',
          title: t('How much do you need', 'Ne kadar ihtiyacınız var'),
          required: true,
          matrix: {
            rows: [
              { value: 'training', text: t('Training', 'Eğitim') },
              { value: 'finance', text: t('Finance', 'Finansman') },
            ],
            columns: [
              { value: 'low', text: t('Little', 'Az') },
              { value: 'high', text: t('Much', 'Çok') },
            ],
          },
        },
        {
          id: 'suppliers',
          type: 'relation',
          title: t('Main suppliers', 'Başlıca tedarikçileriniz'),
          relation: { relationType: 'supplier', maxItems: 3 },
        },
        {
          id: 'customers',
          type: 'relation',
          title: t('Main customers', 'Başlıca müşterileriniz'),
          relation: { relationType: 'customer', maxItems: 5 },
        },
      ],
    },
  ],
});

/** The registry offered in relation questions, deliberately out of Turkish order. */
export const exampleOrganisations = [
  { id: 'o-izmir', name: 'İzmir Döküm' },
  { id: 'o-celik', name: 'Çelik Makina' },
  { id: 'o-isik', name: 'Işık Metal' },
  { id: 'o-cam', name: 'Cam Sanayi' },
  { id: 'o-zeta', name: 'Zeta Kalıp' },
];
