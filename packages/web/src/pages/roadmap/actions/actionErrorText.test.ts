// The action routes' refusals: English messages translated on their fields, and the indicator row
// a 409 indicator_has_values is about.

import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { indicatorRow } from './actionFormValues';
import { actionMessage, localisedActionError, refusedIndicator } from './actionErrorText';

/** A stand-in for i18next that shows the key it was asked for. */
const t = ((key: string) => key) as unknown as TFunction;

describe('actionMessage', () => {
  it('translates the messages of the schema and the routes, keeping unknown ones', () => {
    expect(actionMessage('the end date 2026-01-01 is before the start date 2026-02-01', t)).toBe(
      'roadmap:editor.endBeforeStart',
    );
    expect(actionMessage('no roadmap item has the key factor:w:9', t)).toBe(
      'roadmap:editor.unknownItem',
    );
    expect(
      actionMessage(
        'the indicator "Firms" has 3 recorded values in firms; its unit cannot change',
        t,
      ),
    ).toBe('roadmap:editor.unitLocked');
    expect(actionMessage('something new', t)).toBe('something new');
  });

  it('translates the issues of an answer and leaves other errors alone', () => {
    const error = new ApiError(400, 'validation', 'x', [
      { path: 'body.budget', message: 'the budget cannot be negative' },
    ]);
    const localised = localisedActionError(error, t) as ApiError;
    expect(localised.issues).toEqual([
      { path: 'body.budget', message: 'roadmap:editor.budgetNegative' },
    ]);
    const other = new Error('offline');
    expect(localisedActionError(other, t)).toBe(other);
  });
});

describe('refusedIndicator', () => {
  const row = (key: string, id: string, name: string, removed: boolean) => ({
    ...indicatorRow('2027-01-01', '2028-01-01'),
    key,
    id,
    name,
    removed,
  });
  const rows = [row('r1', 'i1', 'Firms', false), row('r2', 'i2', 'Exports', true)];

  it('finds the row by the indicator id in the details, with the number of values', () => {
    const error = new ApiError(
      409,
      'indicator_has_values',
      'the indicator "Exports" has 3 recorded values; delete them first',
      [],
      { indicator: { id: 'i2', name: 'Exports' }, values: 3 },
    );
    expect(refusedIndicator(error, rows)).toEqual({ key: 'r2', count: 3 });
  });

  it('falls back to the quoted name of a removed row, and is null for other errors', () => {
    const error = new ApiError(
      409,
      'indicator_has_values',
      'the indicator "Exports" has 1 recorded value; delete them first',
    );
    expect(refusedIndicator(error, rows)).toEqual({ key: 'r2', count: 1 });
    expect(refusedIndicator(new ApiError(409, 'item_linked', 'x'), rows)).toBeNull();
  });
});
