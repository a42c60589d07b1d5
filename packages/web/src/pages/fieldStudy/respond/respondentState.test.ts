// Page states from API errors, and server messages placed on the questions they name.

import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { placeIssues, respondentProblem } from './respondentState';

describe('respondentProblem', () => {
  it('maps the API statuses to what the respondent is told', () => {
    expect(respondentProblem(new ApiError(404, 'not_found', 'x'))).toBe('invalid');
    expect(respondentProblem(new ApiError(410, 'gone', 'x'))).toBe('closed');
    expect(respondentProblem(new ApiError(409, 'already_submitted', 'x'))).toBe('submitted');
    expect(respondentProblem(new ApiError(0, 'network', 'x'))).toBe('offline');
    expect(respondentProblem(new ApiError(500, 'internal', 'x'))).toBe('error');
    expect(respondentProblem(new Error('x'))).toBe('error');
  });
});

describe('placeIssues', () => {
  const names = new Set(['q_exports', 'suppliers']);

  it('places a message on the question its path names', () => {
    expect(
      placeIssues(
        [
          { path: 'answers.q_exports', message: 'required' },
          { path: 'answers.suppliers.2.sharePercent', message: 'at most 100' },
          { path: 'body.data.q_exports', message: 'bad' },
          { path: 'suppliers', message: 'too many' },
        ],
        names,
      ).map((issue) => issue.question),
    ).toEqual(['q_exports', 'suppliers', 'q_exports', 'suppliers']);
  });

  it('keeps a message on the form when the path names no question', () => {
    expect(
      placeIssues([{ path: 'answers', message: 'The answers are 300 KB; at most 256 KB' }], names),
    ).toEqual([{ question: null, message: 'The answers are 300 KB; at most 256 KB' }]);
    expect(placeIssues([{ path: 'answers.unknown_q', message: 'unknown' }], names)[0]).toEqual({
      question: null,
      message: 'unknown',
    });
  });
});
