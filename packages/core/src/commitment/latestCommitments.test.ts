// The current commitment of each organisation is its latest assessment; the rest is history.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../brand';
import { latestCommitments, type CommitmentRecord } from './latestCommitments';

const record = (
  organisationId: string,
  assessedOn: string,
  recordedAt: string,
  willingness: number,
): CommitmentRecord => ({
  organisationId,
  willingness,
  influence: 3,
  assessedOn: assessedOn as IsoDate,
  recordedAt,
});

describe('latestCommitments', () => {
  it('takes the assessment of the later day, whatever order they come in', () => {
    const older = record('a', '2026-01-10', '2026-02-01T09:00:00.000Z', 2);
    // Recorded earlier, but about a later day: the day decides.
    const newer = record('a', '2026-01-20', '2026-01-21T09:00:00.000Z', 5);
    expect(latestCommitments([older, newer]).get('a')).toBe(newer);
    expect(latestCommitments([newer, older]).get('a')).toBe(newer);
  });

  it('takes the later recorded of two assessments on the same day', () => {
    const first = record('a', '2026-01-10', '2026-01-10T09:00:00.000Z', 2);
    const second = record('a', '2026-01-10', '2026-01-10T15:30:00.000Z', 4);
    expect(latestCommitments([first, second]).get('a')).toBe(second);
    expect(latestCommitments([second, first]).get('a')).toBe(second);
  });

  it('keeps one assessment per organisation', () => {
    const result = latestCommitments([
      record('a', '2026-01-10', '2026-01-10T09:00:00.000Z', 2),
      record('b', '2026-01-05', '2026-01-05T09:00:00.000Z', 5),
      record('a', '2026-01-12', '2026-01-12T09:00:00.000Z', 3),
    ]);
    expect([...result.keys()].sort()).toEqual(['a', 'b']);
    expect(result.get('a')?.willingness).toBe(3);
    expect(result.get('b')?.willingness).toBe(5);
  });

  it('gives an empty map for no assessments', () => {
    expect(latestCommitments([]).size).toBe(0);
  });

  it('gives, in any order, the assessment with the greatest day and then record time (property)', () => {
    const assessment = fc
      .record({
        organisationId: fc.constantFrom('a', 'b', 'c'),
        day: fc.integer({ min: 10, max: 28 }),
        recorded: fc.integer({ min: 0, max: 1_000_000 }),
      })
      .map((a) =>
        record(
          a.organisationId,
          `2026-02-${a.day}`,
          new Date(Date.UTC(2026, 2, 1) + a.recorded * 1000).toISOString(),
          3,
        ),
      );
    const shuffled = fc
      .uniqueArray(assessment, {
        selector: (r) => `${r.organisationId}/${r.assessedOn}/${r.recordedAt}`,
        maxLength: 20,
      })
      .chain((records) =>
        fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }),
      );
    fc.assert(
      fc.property(shuffled, (records) => {
        const result = latestCommitments(records);
        const ids = new Set(records.map((r) => r.organisationId));
        return (
          result.size === ids.size &&
          [...ids].every((id) => {
            const newestFirst = records
              .filter((r) => r.organisationId === id)
              .sort((x, y) =>
                `${y.assessedOn} ${y.recordedAt}`.localeCompare(`${x.assessedOn} ${x.recordedAt}`),
              );
            return result.get(id) === newestFirst[0];
          })
        );
      }),
    );
  });
});
