// Tests of how a dataset's years are written.

import { describe, expect, it } from 'vitest';
import { yearSpan } from './yearSpan';

describe('yearSpan', () => {
  it('writes consecutive years as a range, in any order given', () => {
    expect(yearSpan([2011, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010])).toBe(
      '2000–2011',
    );
  });

  it('lists years with gaps one by one', () => {
    expect(yearSpan([2016, 2010, 2012])).toBe('2010, 2012, 2016');
  });

  it('writes one year alone and nothing for none', () => {
    expect(yearSpan([2016, 2016])).toBe('2016');
    expect(yearSpan([])).toBe('');
  });
});
