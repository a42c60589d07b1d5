// validateAnswers: what a draft or a submission may hold, with messages that name the question.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleQuestionnaire, QUOTED_VALUE, SCRIPT_TEXT } from '../../test/exampleQuestionnaire';
import type { Answers } from './answers';
import { validateAnswers } from './validateAnswers';

const draft = (answers: unknown) =>
  validateAnswers(exampleQuestionnaire, answers, { submit: false });
const submit = (answers: unknown) =>
  validateAnswers(exampleQuestionnaire, answers, { submit: true });
const paths = (result: { errors: { path: string }[] }) => result.errors.map((error) => error.path);

const complete: Answers = {
  firm_name: SCRIPT_TEXT,
  stage: 'casting',
  employees: 40,
  innovation: 3,
  needs: { training: 'low', finance: 'high' },
  suppliers: [
    { organisationId: 'o-cam', sharePercent: 20, frequency: 'weekly', location: 'same_city' },
  ],
};

describe('validateAnswers', () => {
  it('accepts a complete submission as it is, a script in a text included (it is only text)', () => {
    expect(submit(complete)).toEqual({ answers: complete, errors: [] });
  });

  it('rejects answers that are not an object of question ids', () => {
    expect(draft([1, 2]).errors).toEqual([
      { path: 'answers', message: 'The answers must be an object of question ids and answers.' },
    ]);
  });

  it('rejects unknown question ids, also ones that Object.prototype has', () => {
    const result = draft({ ...complete, nope: 'x', constructor: 'y' });
    expect(result.errors).toEqual([
      { path: 'answers.nope', message: 'There is no question "nope" in this questionnaire.' },
      {
        path: 'answers.constructor',
        message: 'There is no question "constructor" in this questionnaire.',
      },
    ]);
  });

  it('checks the type of each answer, naming the question by its English title', () => {
    const result = draft({
      firm_name: 7,
      stage: ['casting'],
      employees: '40',
      innovation: 2.5,
      needs: 'high',
      suppliers: 'x',
    });
    expect(result.errors).toEqual([
      { path: 'answers.firm_name', message: '"Name of your firm" needs a text.' },
      { path: 'answers.stage', message: '"Value-chain stage" needs one choice.' },
      { path: 'answers.employees', message: '"Employees" needs a number.' },
      {
        path: 'answers.innovation',
        message: '"How innovative is your firm?" needs a whole number from 1 to 5.',
      },
      { path: 'answers.needs', message: '"How much do you need" needs an answer per row.' },
      { path: 'answers.suppliers', message: '"Main suppliers" needs a list of organisations.' },
    ]);
    expect(result.answers).toEqual({});
  });

  it('accepts only listed choices, and "other:" texts where Other is allowed, up to 500 characters', () => {
    expect(draft({ stage: QUOTED_VALUE }).errors).toEqual([]);
    expect(draft({ stage: 'welding' }).errors).toEqual([
      { path: 'answers.stage', message: '"Value-chain stage" has no choice "welding".' },
    ]);
    expect(draft({ stage: `other:${'x'.repeat(500)}` }).errors).toEqual([]);
    expect(paths(draft({ stage: `other:${'x'.repeat(501)}` }))).toEqual(['answers.stage']);
    expect(paths(draft({ markets: ['eu', 'eu', 'other:a', 'other:b', 'mars'] }))).toEqual([
      'answers.markets.1',
      'answers.markets.3',
      'answers.markets.4',
    ]);
  });

  it('keeps limits: likert 1 to points, numbers within min and max, texts up to 5,000 characters', () => {
    expect(paths(draft({ innovation: 0 }))).toEqual(['answers.innovation']);
    expect(paths(draft({ innovation: 6 }))).toEqual(['answers.innovation']);
    expect(draft({ employees: -1 }).errors[0]?.message).toBe('"Employees" must be at least 0.');
    expect(paths(draft({ employees: Number.POSITIVE_INFINITY }))).toEqual(['answers.employees']);
    expect(draft({ firm_name: 'x'.repeat(5000) }).errors).toEqual([]);
    expect(draft({ firm_name: 'x'.repeat(5001) }).errors[0]?.message).toBe(
      '"Name of your firm" takes at most 5,000 characters; this answer has 5,001.',
    );
  });

  it('accepts matrix rows and columns of the question only', () => {
    expect(draft({ needs: { training: 'low', marketing: 'low', finance: 'huge' } }).errors).toEqual(
      [
        {
          path: 'answers.needs.marketing',
          message: '"How much do you need" has no row "marketing".',
        },
        { path: 'answers.needs.finance', message: '"How much do you need" has no column "huge".' },
      ],
    );
  });

  it('checks relations: at most maxItems, valid fields, names up to 200 characters', () => {
    const four = Array.from({ length: 4 }, () => ({ organisationId: 'o-cam' }));
    expect(draft({ suppliers: four }).errors).toEqual([
      {
        path: 'answers.suppliers',
        message: '"Main suppliers" accepts at most 3 organisations; 4 were given.',
      },
    ]);
    const result = draft({
      suppliers: [
        { organisationName: 'x'.repeat(201) },
        { organisationId: 'o-cam', sharePercent: 101 },
        { organisationId: 'o-cam', relationType: 'boss', location: 'moon' },
      ],
      customers: [
        { organisationId: 'o-cam', frequency: 'hourly' },
        { organisationId: 'o-cam', colour: 'red' },
      ],
    });
    expect(paths(result)).toEqual([
      'answers.suppliers.0.organisationName',
      'answers.suppliers.1.sharePercent',
      'answers.suppliers.2.relationType',
      'answers.customers.0.frequency',
      'answers.customers.1.colour',
    ]);
    expect(result.errors[1]?.message).toBe(
      '"Main suppliers": the share is a percentage from 0 to 100.',
    );
  });

  it("accepts only the project's organisations when it is given them", () => {
    const options = { submit: false, organisationIds: new Set(['o-cam']) };
    const result = validateAnswers(
      exampleQuestionnaire,
      { suppliers: [{ organisationId: 'o-elsewhere' }] },
      options,
    );
    expect(paths(result)).toEqual(['answers.suppliers.0.organisationId']);
  });

  it('normalises relations: drops untouched panels, trims typed names', () => {
    expect(
      draft({ suppliers: [{ relationType: 'supplier' }, { organisationName: '  Yeni A.Ş. ' }] })
        .answers,
    ).toEqual({
      suppliers: [{ organisationName: 'Yeni A.Ş.' }],
    });
  });

  it('saves a half-filled draft but refuses to submit it', () => {
    const unfinished = {
      ...complete,
      stage: 'other:  ',
      suppliers: [{ organisationName: '', sharePercent: 10 }],
    };
    expect(draft(unfinished).errors).toEqual([]);
    expect(submit(unfinished).errors).toEqual([
      { path: 'answers.stage', message: '"Value-chain stage": please say what "Other" is.' },
      {
        path: 'answers.suppliers.0.organisationName',
        message: '"Main suppliers": pick an organisation or type its name.',
      },
    ]);
  });

  it('checks required answers on submission only, every row of a required matrix', () => {
    expect(draft({}).errors).toEqual([]);
    expect(submit({ ...complete, needs: { training: 'low' }, firm_name: '   ' }).errors).toEqual([
      { path: 'answers.firm_name', message: '"Name of your firm" needs an answer.' },
      {
        path: 'answers.needs.finance',
        message: '"How much do you need" needs an answer in every row; "Finance" has none.',
      },
    ]);
  });

  it('requires a conditional question only when it is shown, following chains of conditions', () => {
    expect(paths(submit({ ...complete, stage: QUOTED_VALUE }))).toEqual(['answers.stage_note']);
    expect(paths(submit({ ...complete, markets: ['eu'] }))).toEqual(['answers.eu_countries']);
    expect(paths(submit({ ...complete, markets: ['eu'], eu_countries: 'Almanya' }))).toEqual([
      'answers.eu_share',
    ]);
    // eu_countries is hidden, so its stale answer neither counts nor shows eu_share.
    const stale = { ...complete, markets: ['domestic'], eu_countries: 'Almanya' };
    expect(submit(stale)).toEqual({ answers: { ...complete, markets: ['domestic'] }, errors: [] });
    expect(draft(stale).answers).toEqual(stale);
  });

  it('refuses answers over 256 KB, saying their size', () => {
    const big = { firm_name: 'x', stage_note: 'ş'.repeat(140_000) };
    expect(draft(big).errors).toEqual([
      { path: 'answers', message: 'The answers take 274 KB; at most 256 KB are accepted.' },
    ]);
    expect(draft({ firm_name: 'x'.repeat(5000) }).errors).toEqual([]);
  });

  it('drops a relation answer that holds only untouched panels', () => {
    expect(draft({ suppliers: [{}] })).toEqual({ answers: {}, errors: [] });
  });

  it('never throws, and what it returns passes again unchanged', () => {
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom('casting', 'other:', 'other:x', 3, ['eu', 'other:y'], { training: 'low' }, [
        { organisationId: 'o-cam' },
      ]),
    );
    const keys = fc.constantFrom(
      ...exampleQuestionnaire.pages.flatMap((page) => page.questions.map((q) => q.id)),
      'x',
    );
    fc.assert(
      fc.property(fc.dictionary(keys, value), fc.boolean(), (answers, isSubmit) => {
        const first = validateAnswers(exampleQuestionnaire, answers, { submit: isSubmit });
        const again = validateAnswers(exampleQuestionnaire, first.answers, { submit: false });
        expect(again).toEqual({ answers: first.answers, errors: [] });
      }),
      { numRuns: 300 },
    );
  });
});
