// Tests of showing a response's answers in words.

import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '@kume/core';
import { readableAnswers } from './readableAnswers';

const t = (tr: string, en: string) => ({ tr, en });
const questionnaire: Questionnaire = {
  title: t('Anket', 'Survey'),
  kind: 'custom',
  pages: [
    {
      questions: [
        {
          id: 'stage',
          type: 'single',
          title: t('Aşama', 'Stage'),
          required: true,
          allowOther: true,
          choices: [{ value: 'casting', text: t('Döküm', 'Casting') }],
        },
        {
          id: 'employees',
          type: 'number',
          title: t('Çalışan', 'Employees'),
          required: false,
          number: { unit: t('kişi', 'people') },
        },
        {
          id: 'needs',
          type: 'matrix',
          title: t('İhtiyaçlar', 'Needs'),
          required: false,
          matrix: {
            rows: [{ value: 'finance', text: t('Finansman', 'Finance') }],
            columns: [
              { value: 'low', text: t('Düşük', 'Low') },
              { value: 'high', text: t('Yüksek', 'High') },
            ],
          },
        },
        {
          id: 'suppliers',
          type: 'relation',
          title: t('Tedarikçiler', 'Suppliers'),
          required: false,
          relation: { relationType: 'supplier', maxItems: 5 },
        },
        { id: 'notes', type: 'longText', title: t('Notlar', 'Notes'), required: false },
      ],
    },
  ],
};

const options = (language: string) => ({
  language,
  organisationNames: new Map([['org-1', 'Usta Döküm']]),
  otherLabel: language === 'tr' ? 'Diğer' : 'Other',
});

describe('readableAnswers', () => {
  it('names choices, units, matrix cells and relation partners in the UI language', () => {
    const shown = readableAnswers(
      questionnaire,
      {
        stage: 'casting',
        employees: 1200,
        needs: { finance: 'high' },
        suppliers: [
          { organisationId: 'org-1', sharePercent: 40, frequency: 'weekly', location: 'same_city' },
          { organisationName: 'Yeni Kalıp Ltd.', relationType: 'customer' },
        ],
      },
      options('tr'),
    );
    expect(shown[0]).toMatchObject({ kind: 'text', text: 'Döküm', title: 'Aşama' });
    expect(shown[1]).toMatchObject({ kind: 'text', text: '1.200 kişi' });
    expect(shown[2]).toMatchObject({ kind: 'list', items: ['Finansman: Yüksek'] });
    expect(shown[3]).toMatchObject({
      kind: 'relations',
      relations: [
        {
          name: 'Usta Döküm',
          typedIn: false,
          type: 'Tedarikçi',
          share: '40 %',
          frequency: 'Her hafta',
          location: 'Aynı ilde',
        },
        { name: 'Yeni Kalıp Ltd.', typedIn: true, type: 'Müşteri', share: '', frequency: '' },
      ],
    });
    expect(shown[4]).toMatchObject({ kind: 'none' });
  });

  it('shows an "other" answer with its text and keeps a script as plain text', () => {
    const shown = readableAnswers(
      questionnaire,
      { stage: 'other:<script>alert(1)</script>' },
      options('en'),
    );
    expect(shown[0]).toMatchObject({ text: 'Other: <script>alert(1)</script>' });
  });

  it('lists answers to ids the questionnaire no longer has at the end, under their ids', () => {
    const shown = readableAnswers(questionnaire, { old_question: 'yes', empty: '' }, options('en'));
    expect(shown.at(-1)).toEqual({
      id: 'old_question',
      title: 'old_question',
      kind: 'text',
      text: 'yes',
    });
    expect(shown).toHaveLength(6);
  });
});
