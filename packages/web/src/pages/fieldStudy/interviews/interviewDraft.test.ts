// Tests of the interview form's API body.

import { describe, expect, it } from 'vitest';
import { cleanTags, emptyDraft, interviewInput } from './interviewDraft';

describe('cleanTags', () => {
  it('trims, drops # and blanks, and keeps each tag once whatever its case', () => {
    expect(cleanTags([' #finansman', 'Finansman', '', 'İhracat', 'ihracat', '##  '])).toEqual([
      'finansman',
      'İhracat',
    ]);
  });
});

describe('interviewInput', () => {
  it('drops quotes without text and trims the rest', () => {
    const draft = {
      ...emptyDraft('focus_group', '2026-11-20', 'u1'),
      title: '  Odak grup 1 ',
      quotes: [
        {
          key: 'a',
          text: '  Kalifiye eleman bulamıyoruz. ',
          tags: ['#nitelikli işgücü'],
          organisationId: 'o1',
        },
        { key: 'b', text: '   ', tags: ['boş'], organisationId: null },
      ],
    };
    expect(interviewInput(draft, () => undefined)).toEqual({
      kind: 'focus_group',
      heldOn: '2026-11-20',
      title: 'Odak grup 1',
      notes: '',
      facilitatorId: 'u1',
      participants: [],
      quotes: [
        { text: 'Kalifiye eleman bulamıyoruz.', tags: ['nitelikli işgücü'], organisationId: 'o1' },
      ],
    });
  });

  it('leaves the facilitator out when none is chosen', () => {
    const input = interviewInput(emptyDraft('interview', '2026-11-20', null), () => undefined);
    expect('facilitatorId' in input).toBe(false);
  });
});
