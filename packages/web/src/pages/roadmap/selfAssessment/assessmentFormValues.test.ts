// The assessment form starts from the answers given, and sends numbers or names what is wrong.

import { describe, expect, it } from 'vitest';
import { DEFAULT_SELF_ASSESSMENT_INDICATORS } from '@kume/core';
import { assessmentFormValues, assessmentInput } from './assessmentFormValues';
import type { SelfAssessmentRecord } from './selfAssessmentTypes';

const [members, second] = DEFAULT_SELF_ASSESSMENT_INDICATORS;
const indicators = [members!, second!];

describe('assessmentFormValues and assessmentInput', () => {
  it('starts a new assessment today with nothing answered', () => {
    const values = assessmentFormValues(indicators, null, '2025-06-01');
    expect(values.assessedOn).toBe('2025-06-01');
    expect(values.answers[members!.id]).toEqual({ value: '', evidence: '' });
  });

  it('fills an existing assessment’s values and evidence, and sends them back unchanged', () => {
    const record = {
      assessedOn: '2024-06-01',
      title: 'First',
      answers: [{ indicatorId: members!.id, value: 42, evidence: 'member list' }],
    } as SelfAssessmentRecord;
    const values = assessmentFormValues(indicators, record, '2025-06-01');
    expect(values.answers[members!.id]).toEqual({ value: '42', evidence: 'member list' });
    expect(assessmentInput(values, indicators).input).toEqual({
      assessedOn: '2024-06-01',
      title: 'First',
      answers: [
        { indicatorId: members!.id, value: 42, evidence: 'member list' },
        { indicatorId: second!.id, value: null, evidence: '' },
      ],
    });
  });

  it('reads a decimal comma and names a value that is not a number by its indicator', () => {
    const values = assessmentFormValues(indicators, null, '2025-06-01');
    values.answers[members!.id] = { value: '12,5', evidence: '' };
    values.answers[second!.id] = { value: 'many', evidence: '' };
    const { input, problems } = assessmentInput(values, indicators);
    expect(input).toBeNull();
    expect(problems).toEqual({ [second!.id]: 'number' });
    values.answers[second!.id] = { value: '', evidence: '' };
    expect(assessmentInput(values, indicators).input?.answers[0]?.value).toBe(12.5);
  });

  it('requires the day of the assessment', () => {
    const values = { ...assessmentFormValues(indicators, null, '2025-06-01'), assessedOn: '' };
    expect(assessmentInput(values, indicators).problems).toEqual({ assessedOn: 'required' });
  });
});
