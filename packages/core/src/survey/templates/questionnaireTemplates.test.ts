// The shipped templates: complete, varied enough to exercise every question type, and in step
// with the sample registry's value-chain stages.

import { describe, expect, it } from 'vitest';
import { FIRM_ACTIVITIES, SERVICE_ACTIVITIES, SUPPLIER_ACTIVITIES } from '../../sample/sampleNames';
import { allQuestions, QUESTION_TYPES, questionnaireSchema } from '../questionnaire';
import { QUESTIONNAIRE_TEMPLATES, questionnaireTemplate } from './questionnaireTemplates';

const firm = QUESTIONNAIRE_TEMPLATES.firm_interview;
const questionOf = (id: string) => allQuestions(firm).find((q) => q.id === id);

describe('QUESTIONNAIRE_TEMPLATES', () => {
  it.each([
    ['firm_interview', 30, 45],
    ['institution_interview', 15, 25],
    ['focus_group', 10, 15],
  ] as const)('has a valid %s template of %i to %i questions', (kind, low, high) => {
    const template = QUESTIONNAIRE_TEMPLATES[kind];
    expect(questionnaireSchema.safeParse(template).error?.issues ?? []).toEqual([]);
    expect(template.kind).toBe(kind);
    const count = allQuestions(template).length;
    expect(count).toBeGreaterThanOrEqual(low);
    expect(count).toBeLessThanOrEqual(high);
  });

  it('uses every question type, required answers, "other" and conditions in the firm interview', () => {
    const questions = allQuestions(firm);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
    expect(questions.some((q) => q.required)).toBe(true);
    expect(questions.some((q) => q.allowOther)).toBe(true);
    expect(questions.some((q) => q.visibleIf)).toBe(true);
    expect(firm.pages.length).toBeGreaterThanOrEqual(8);
  });

  it('asks one relation question per relation type in the firm interview', () => {
    const relations = allQuestions(firm).filter((q) => q.type === 'relation');
    expect(relations.map((q) => [q.id, q.relation?.relationType])).toEqual([
      ['suppliers', 'supplier'],
      ['customers', 'customer'],
      ['subcontractors', 'subcontractor'],
      ['rd_partners', 'rd_partner'],
      ['training_partners', 'training_partner'],
      ['export_partners', 'export_partner'],
    ]);
  });

  it('marks the stage, employees and district questions as the quota segments', () => {
    expect(questionOf('value_chain_stage')).toMatchObject({
      type: 'single',
      segment: 'value_chain_stage',
    });
    expect(questionOf('employees')).toMatchObject({ type: 'number', segment: 'size' });
    expect(questionOf('district')).toMatchObject({ type: 'text', segment: 'district' });
    expect(questionOf('firm_name')).toMatchObject({ type: 'text', required: true });
  });

  it('names the value-chain stages in English exactly as the sample registry does', () => {
    const stages = questionOf('value_chain_stage')?.choices?.map((c) => c.text.en) ?? [];
    const registry = [...FIRM_ACTIVITIES, ...SUPPLIER_ACTIVITIES, ...SERVICE_ACTIVITIES].map(
      (a) => a.stage,
    );
    for (const stage of registry) expect(stages).toContain(stage);
    expect(questionOf('value_chain_stage')?.choices?.map((c) => c.value)).toEqual([
      'raw_materials',
      'design_engineering',
      'pattern_mould',
      'casting',
      'machining',
      'finishing',
      'assembly',
      'testing_certification',
      'distribution',
      'after_sales',
      'other',
    ]);
  });

  it('lets the institution interview ask for R&D and training partners', () => {
    const types = allQuestions(QUESTIONNAIRE_TEMPLATES.institution_interview)
      .filter((q) => q.type === 'relation')
      .map((q) => q.relation?.relationType);
    expect(types).toEqual(['rd_partner', 'training_partner']);
  });

  it('gives the focus group discussion questions with facilitator prompts and quick polls', () => {
    const questions = allQuestions(QUESTIONNAIRE_TEMPLATES.focus_group);
    const discussions = questions.filter((q) => q.type === 'longText');
    expect(discussions.length).toBeGreaterThanOrEqual(6);
    for (const q of discussions) expect(q.description?.tr).toBeTruthy();
    expect(questions.filter((q) => q.type === 'likert').length).toBeGreaterThanOrEqual(2);
  });

  it('has a real translation for every title: the Turkish text is not the English one', () => {
    for (const template of Object.values(QUESTIONNAIRE_TEMPLATES)) {
      expect(template.title.tr).not.toBe(template.title.en);
      for (const question of allQuestions(template)) {
        expect(question.title.tr, question.id).not.toBe(question.title.en);
      }
    }
  });

  it('writes Turkish with its own letters', () => {
    const turkish = JSON.stringify(QUESTIONNAIRE_TEMPLATES);
    for (const letter of ['ç', 'ğ', 'ı', 'İ', 'ö', 'ş', 'ü']) expect(turkish).toContain(letter);
  });
});

describe('questionnaireTemplate', () => {
  it('gives a deep copy: changing it leaves the template as it was', () => {
    const copy = questionnaireTemplate('firm_interview');
    expect(copy).toEqual(firm);
    copy.pages[0]!.questions[0]!.title.tr = 'Değişti';
    copy.pages[1]!.questions[0]!.choices!.pop();
    expect(questionOf('firm_name')?.title.tr).toBe('Firma adı');
    expect(questionOf('value_chain_stage')?.choices).toHaveLength(11);
  });
});
