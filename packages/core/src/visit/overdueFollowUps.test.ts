// Late follow-ups of stakeholder visits: which are overdue, in what order, and by how many days.

import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../brand';
import { daysOverdue, overdueFollowUps } from './overdueFollowUps';

const today = '2026-03-10' as IsoDate;
const followUp = (id: string, dueOn: string, doneOn: string | null = null) => ({
  id,
  dueOn: dueOn as IsoDate,
  doneOn: doneOn as IsoDate | null,
});

describe('overdueFollowUps', () => {
  it('does not count a follow-up due today as overdue, but one due yesterday', () => {
    const dueToday = followUp('today', '2026-03-10');
    const dueYesterday = followUp('yesterday', '2026-03-09');
    expect(overdueFollowUps([dueToday, dueYesterday], today)).toEqual([dueYesterday]);
  });

  it('never counts a done follow-up, however late it was', () => {
    expect(overdueFollowUps([followUp('done', '2025-01-01', '2025-06-01')], today)).toEqual([]);
  });

  it('does not count follow-ups due in the future', () => {
    expect(overdueFollowUps([followUp('later', '2026-04-01')], today)).toEqual([]);
  });

  it('lists the oldest first', () => {
    const list = [
      followUp('b', '2026-03-01'),
      followUp('c', '2026-03-09'),
      followUp('a', '2025-12-31'),
      followUp('future', '2026-03-11'),
    ];
    expect(overdueFollowUps(list, today).map((f) => f.id)).toEqual(['a', 'b', 'c']);
  });

  it('does not reorder the list it is given', () => {
    const list = [followUp('b', '2026-03-01'), followUp('a', '2026-02-01')];
    overdueFollowUps(list, today);
    expect(list.map((f) => f.id)).toEqual(['b', 'a']);
  });
});

describe('daysOverdue', () => {
  it('counts whole days late', () => {
    expect(daysOverdue(followUp('x', '2026-03-09'), today)).toBe(1);
    expect(daysOverdue(followUp('x', '2026-03-03'), today)).toBe(7);
  });

  it('counts across month and year ends, and leap days', () => {
    expect(daysOverdue(followUp('x', '2026-02-27'), '2026-03-02' as IsoDate)).toBe(3);
    expect(daysOverdue(followUp('x', '2024-02-27'), '2024-03-02' as IsoDate)).toBe(4);
    expect(daysOverdue(followUp('x', '2025-12-31'), '2026-01-01' as IsoDate)).toBe(1);
    // Across the end of daylight saving time in Europe (days are UTC).
    expect(daysOverdue(followUp('x', '2026-10-20'), '2026-10-30' as IsoDate)).toBe(10);
  });

  it('is 0 for a follow-up due today, due later or done', () => {
    expect(daysOverdue(followUp('x', '2026-03-10'), today)).toBe(0);
    expect(daysOverdue(followUp('x', '2026-03-20'), today)).toBe(0);
    expect(daysOverdue(followUp('x', '2026-01-01', '2026-02-01'), today)).toBe(0);
  });
});
