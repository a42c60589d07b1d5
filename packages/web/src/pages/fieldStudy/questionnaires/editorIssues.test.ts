// Tests of placing the server's questionnaire complaints on the editor's questions and fields.

import { describe, expect, it } from 'vitest';
import { fieldDomId, issuesByQuestion, issueTarget } from './editorIssues';

describe('issueTarget', () => {
  it('names the question and the field of a question path, with or without body.', () => {
    expect(issueTarget('definition.pages.0.questions.3.title.tr')).toEqual({
      path: 'pages.0.questions.3.title.tr',
      at: { page: 0, index: 3 },
      field: 'title.tr',
    });
    expect(issueTarget('body.definition.pages.2.questions.10').field).toBe('');
    expect(issueTarget('body.definition.pages.2.questions.10').at).toEqual({ page: 2, index: 10 });
  });

  it('keeps paths outside questions apart', () => {
    expect(issueTarget('definition.title.en')).toEqual({ path: 'title.en', at: null, field: '' });
    expect(issueTarget('closesOn')).toEqual({ path: 'closesOn', at: null, field: '' });
  });
});

describe('issuesByQuestion', () => {
  it('groups messages by question and field, keeping the first message of a field', () => {
    const grouped = issuesByQuestion([
      { path: 'definition.pages.0.questions.1.title.tr', message: 'missing' },
      { path: 'definition.pages.0.questions.1.title.tr', message: 'second' },
      { path: 'definition.pages.0.questions.1.choices.0.value', message: 'empty' },
      { path: 'definition.title.en', message: 'title' },
    ]);
    expect(grouped.get('0.1')).toEqual({ 'title.tr': 'missing', 'choices.0.value': 'empty' });
    expect(grouped.get('')).toEqual({ 'title.en': 'title' });
    expect(grouped.has('0.0')).toBe(false);
  });
});

describe('fieldDomId', () => {
  it('gives a valid, distinct id per path', () => {
    expect(fieldDomId('pages.0.questions.3.title.tr')).toBe(
      'questionnaire-field-pages-0-questions-3-title-tr',
    );
    expect(fieldDomId('title.tr')).not.toBe(fieldDomId('title.en'));
  });
});
