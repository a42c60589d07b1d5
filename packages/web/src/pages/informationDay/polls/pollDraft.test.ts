// The poll editor's checks follow the API's limits, and blank choice rows are not sent.

import { describe, expect, it } from 'vitest';
import { draftFromPolls, emptyPoll, pollInput, pollProblems, type PollDraft } from './pollDraft';

const poll = (question: string, ...choices: string[]): PollDraft => ({
  ...emptyPoll(),
  question,
  choices,
});

describe('pollProblems', () => {
  it('finds nothing wrong with a question and two to ten choices', () => {
    expect(pollProblems([poll('Katılır mısınız?', 'Evet', 'Hayır')])).toEqual({});
    expect(pollProblems([poll('Q', ...Array.from({ length: 10 }, (_, i) => `C${i}`))])).toEqual({});
  });

  it('wants a question and at least two filled choices; blank rows do not count', () => {
    expect(pollProblems([poll('  ', 'Evet', '', ' ')])).toEqual({
      '0.question': 'required',
      '0.choices': 'tooFewChoices',
    });
  });

  it('marks the later of two choices voters could not tell apart (case, Turkish letters)', () => {
    expect(pollProblems([poll('Q', 'İzmir', 'Ankara', 'izmir')])).toEqual({
      '0.choices.2': 'duplicateChoice',
    });
  });

  it('refuses more than ten choices, texts past 280 characters and more than twenty polls', () => {
    const long = 'x'.repeat(281);
    expect(pollProblems([poll('Q', ...Array.from({ length: 11 }, (_, i) => `C${i}`))])).toEqual({
      '0.choices': 'tooManyChoices',
    });
    expect(pollProblems([poll(long, 'a', long)])).toEqual({
      '0.question': 'tooLong',
      '0.choices.1': 'tooLong',
    });
    expect(pollProblems(Array.from({ length: 21 }, () => poll('Q', 'a', 'b')))).toEqual({
      polls: 'tooManyPolls',
    });
  });
});

describe('pollInput and draftFromPolls', () => {
  it('sends trimmed text without the blank choice rows', () => {
    expect(pollInput([poll(' Q? ', ' Evet ', '', 'Hayır', '  ')])).toEqual([
      { question: 'Q?', choices: ['Evet', 'Hayır'] },
    ]);
  });

  it('starts with one empty poll of two choices when none is stored, else with the stored ones', () => {
    const [first, ...rest] = draftFromPolls([]);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ question: '', choices: ['', ''] });
    const stored = draftFromPolls([
      {
        roundId: 'r',
        question: 'Q',
        choices: [
          { text: 'A', votes: 3 },
          { text: 'B', votes: 0 },
        ],
        voters: 3,
      },
    ]);
    expect(stored).toMatchObject([{ question: 'Q', choices: ['A', 'B'] }]);
  });
});
