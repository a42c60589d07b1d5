// Tests of the working group's reasons as sentences, through the real locale files.

import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkingGroupReason } from '@kume/core';
import en from '../../../locales/en/workingGroup.json';
import tr from '../../../locales/tr/workingGroup.json';
import { reasonMessage } from './reasonMessage';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { workingGroup: en }, tr: { workingGroup: tr } },
    ns: ['workingGroup'],
    defaultNS: 'workingGroup',
    interpolation: { escapeValue: false },
  });
});

function sentence(
  reason: WorkingGroupReason,
  language: 'en' | 'tr',
  willingness: number | null = 5,
) {
  const t = i18n.getFixedT(language, 'workingGroup');
  const message = reasonMessage(reason, {
    stageName: (id) => (id === 'casting' ? (language === 'tr' ? 'Döküm' : 'Casting') : id),
    typeName: (type) =>
      type === 'university' ? (language === 'tr' ? 'Üniversite' : 'University') : type,
    willingness,
    influence: 4,
  });
  return t(message.key, message.values);
}

describe('reasonMessage', () => {
  it('names the stage a member covers', () => {
    expect(sentence({ code: 'covers_stage', stageId: 'casting' }, 'en')).toBe(
      'covers stage Casting',
    );
    expect(sentence({ code: 'covers_stage', stageId: 'casting' }, 'tr')).toBe(
      'Döküm aşamasını temsil ediyor',
    );
  });

  it('gives the willingness score of a committed member, and does without it when unknown', () => {
    expect(sentence({ code: 'committed' }, 'en')).toBe('committed (willingness 5)');
    expect(sentence({ code: 'committed' }, 'tr')).toBe('istekli (istek 5)');
    expect(sentence({ code: 'committed' }, 'en', null)).toBe('committed');
  });

  it('words brokers, types, influence and the programme minimums', () => {
    expect(sentence({ code: 'broker' }, 'en')).toBe('broker between communities');
    expect(sentence({ code: 'covers_type', type: 'university' }, 'en')).toBe(
      'covers type University',
    );
    expect(sentence({ code: 'influential' }, 'en')).toBe('influential (influence 4)');
    expect(sentence({ code: 'minimum_university' }, 'en')).toBe('programme minimum: university');
    expect(sentence({ code: 'minimum_firm' }, 'tr')).toBe('program alt sınırı: firma');
  });
});
