// Tests of the quota's gap sentences, through the real English and Turkish locale files.

import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuotaGap } from '@kume/core';
import en from '../../../locales/en/fieldwork.json';
import tr from '../../../locales/tr/fieldwork.json';
import { gapMessage } from './gapMessage';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    resources: { en: { fieldwork: en }, tr: { fieldwork: tr } },
    ns: ['fieldwork'],
    defaultNS: 'fieldwork',
    interpolation: { escapeValue: false },
  });
});

function sentence(gap: QuotaGap, language: 'en' | 'tr') {
  const t = i18n.getFixedT(language, 'fieldwork');
  const message = gapMessage(gap, (value) => t(`quota.sizeName.${value}`));
  return t(message.key, message.values);
}

describe('gapMessage', () => {
  it('says a district nobody was reached in, with the Turkish ablative', () => {
    const gap: QuotaGap = { segment: 'district', value: 'Torbalı', missing: 3, kind: 'none' };
    expect(sentence(gap, 'en')).toBe('No firm from Torbalı yet');
    expect(sentence(gap, 'tr')).toBe("Torbalı'dan henüz firma yok");
  });

  it('hardens the suffix after a voiceless consonant', () => {
    const gap: QuotaGap = { segment: 'district', value: 'Konak', missing: 2, kind: 'more' };
    expect(sentence(gap, 'en')).toBe('2 more firms from Konak');
    expect(sentence(gap, 'tr')).toBe("Konak'tan 2 firma daha");
  });

  it('says how many more firms a value-chain stage needs, singular and plural', () => {
    const one: QuotaGap = {
      segment: 'value_chain_stage',
      value: 'Döküm',
      missing: 1,
      kind: 'more',
    };
    const two: QuotaGap = { ...one, missing: 2 };
    expect(sentence(one, 'en')).toBe('1 more firm in Döküm');
    expect(sentence(two, 'en')).toBe('2 more firms in Döküm');
    expect(sentence(two, 'tr')).toBe('Döküm aşamasından 2 firma daha');
  });

  it('names size classes in the UI language', () => {
    const gap: QuotaGap = { segment: 'size', value: 'micro', missing: 4, kind: 'more' };
    expect(sentence(gap, 'en')).toBe('4 more micro firms');
    expect(sentence(gap, 'tr')).toBe('4 mikro ölçekli firma daha');
    const none: QuotaGap = { segment: 'size', value: 'medium', missing: 1, kind: 'none' };
    expect(sentence(none, 'en')).toBe('No medium-sized firm yet');
    expect(sentence(none, 'tr')).toBe('Henüz orta ölçekli firma yok');
  });
});
