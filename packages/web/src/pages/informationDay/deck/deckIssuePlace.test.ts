// Tests of the words for where a deck settings problem is.

import { describe, expect, it } from 'vitest';
import { deckIssuePlace } from './deckIssuePlace';

describe('deckIssuePlace', () => {
  it('names the row of the calendar or the step, counting from 1', () => {
    expect(deckIssuePlace('workshopCalendar.1.title')).toEqual({
      key: 'place.calendarRow',
      values: { number: 2 },
    });
    expect(deckIssuePlace('body.nextSteps.0')).toEqual({
      key: 'place.stepRow',
      values: { number: 1 },
    });
  });

  it('names the list or the field itself when no row is given', () => {
    expect(deckIssuePlace('nextSteps').key).toBe('steps.title');
    expect(deckIssuePlace('workshopCalendar').key).toBe('calendar.title');
    expect(deckIssuePlace('sections').key).toBe('sections.title');
    expect(deckIssuePlace('body.benchmarkCaseId').key).toBe('case.title');
    expect(deckIssuePlace('').key).toBe('place.settings');
  });
});
