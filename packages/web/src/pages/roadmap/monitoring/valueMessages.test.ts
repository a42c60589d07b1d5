// The wrong-unit message of core reaches the person in their language, with both units.

import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { checkIndicatorValue } from '@kume/core';
import { localiseValueMessage } from './valueMessages';

const t = ((key: string, values: Record<string, string>) =>
  `${key}|${values.expected}|${values.given}`) as unknown as TFunction;

describe('localiseValueMessage', () => {
  it('turns core’s wrong-unit message into the translated one with both units', () => {
    const [issue] = checkIndicatorValue({ unit: 'firms' }, { unit: '%' });
    expect(localiseValueMessage(issue?.message, t)).toBe('monitoring:value.wrongUnit|firms|%');
  });

  it('keeps units that contain commas or spaces whole', () => {
    const message = 'this indicator is measured in full-time equivalents, not kişi, ay';
    expect(localiseValueMessage(message, t)).toBe(
      'monitoring:value.wrongUnit|full-time equivalents|kişi, ay',
    );
  });

  it('leaves other messages and no message as they are', () => {
    expect(localiseValueMessage('Required', t)).toBe('Required');
    expect(localiseValueMessage(undefined, t)).toBeUndefined();
  });
});
