// surveyJsCondition: conditions as SurveyJS expressions; any value, however hostile, compares
// equal to itself in survey-core and never breaks the expression.

import fc from 'fast-check';
import { ExpressionRunner, Model } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { surveyJsCondition, surveyJsString } from './surveyJsCondition';

/** Whether survey-core shows a question under `{a} = <literal>` when `a` is `answer`. */
function shownWhenEqual(literal: string, answer: string): boolean {
  const model = new Model({
    elements: [
      { type: 'text', name: 'a' },
      { type: 'text', name: 'b', visibleIf: `{a} = ${literal}` },
    ],
  });
  model.setValue('a', answer);
  return model.getQuestionByName('b').isVisible;
}

describe('surveyJsString', () => {
  it('escapes single and double quotes with a backslash', () => {
    expect(surveyJsString(`it's "x"`)).toBe(`'it\\'s \\"x\\"'`);
    expect(surveyJsString('plain')).toBe("'plain'");
  });

  it('follows a trailing backslash with a space so that it cannot escape the closing quote', () => {
    expect(surveyJsString('a\\')).toBe("'a\\ '");
    expect(shownWhenEqual(surveyJsString('a\\'), 'a\\')).toBe(true);
  });

  const hostile = fc.constantFrom(
    "'",
    '"',
    '\\',
    '{',
    '}',
    '<script>',
    ' ',
    'İ',
    '\n',
    '=',
    '<',
    '>',
    'equals',
  );
  const value = fc
    .array(fc.oneof(hostile, fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join(''))
    .filter((text) => text.trim() !== '');
  // survey-core turns constants that look like numbers or booleans into numbers and booleans.
  const isPlainText = (text: string) =>
    !Number.isFinite(Number(text)) && !/^(true|false)$/i.test(text);

  it('gives an expression that survey-core evaluates to the very same text, whatever the characters', () => {
    fc.assert(
      fc.property(value.filter(isPlainText), (text) => {
        const result: unknown = new ExpressionRunner(surveyJsString(text)).runValues({});
        expect(result).toBe(text.endsWith('\\') ? `${text} ` : text);
      }),
      { numRuns: 300 },
    );
  });

  it('splits a value around what survey-core would rewrite: =<, =>, <> and "equals"', () => {
    expect(surveyJsString('a=<b')).toBe("('a=' + '<b')");
    expect(surveyJsString('notequals')).toBe("('notequal' + 's')");
    expect(surveyJsString('<>')).toBe("('<' + '>')");
    expect(shownWhenEqual(surveyJsString('=<script>'), '=<script>')).toBe(true);
  });

  it('makes survey-core show the question exactly when the answer is that text', () => {
    // survey-core also strips the quotes around an answer that starts and ends with one (its
    // own quirk, not the literal's): such values are left out here.
    const quoteWrapped = (text: string) => /^["'].*["']$/s.test(text);
    fc.assert(
      fc.property(
        value.filter((text) => isPlainText(text) && !quoteWrapped(text)),
        (text) => {
          expect(shownWhenEqual(surveyJsString(text), text)).toBe(true);
          expect(shownWhenEqual(surveyJsString(text), `${text}x`)).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('surveyJsCondition', () => {
  it('writes each operator', () => {
    expect(surveyJsCondition({ questionId: 'q', operator: 'equals', value: 'v' })).toBe(
      "{q} = 'v'",
    );
    expect(surveyJsCondition({ questionId: 'q', operator: 'notEquals', value: 'v' })).toBe(
      "{q} <> 'v'",
    );
    expect(surveyJsCondition({ questionId: 'q', operator: 'contains', value: 'v' })).toBe(
      "{q} contains 'v'",
    );
    expect(surveyJsCondition({ questionId: 'q', operator: 'answered' })).toBe('{q} notempty');
  });

  it('cannot be broken out of by a value that closes the quote and adds its own clause', () => {
    const expression = surveyJsCondition({
      questionId: 'q',
      operator: 'equals',
      value: "x' or 1 = 1 or 'y",
    });
    const model = new Model({
      elements: [
        { type: 'text', name: 'q' },
        { type: 'text', name: 'b', visibleIf: expression },
      ],
    });
    model.setValue('q', 'anything');
    expect(model.getQuestionByName('b').isVisible).toBe(false);
    model.setValue('q', "x' or 1 = 1 or 'y");
    expect(model.getQuestionByName('b').isVisible).toBe(true);
  });
});
