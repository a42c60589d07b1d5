// Tests of the Turkish ablative suffix used in the quota's gap sentences.

import { describe, expect, it } from 'vitest';
import { turkishAblative, withAblative } from './turkishAblative';

describe('turkishAblative', () => {
  it('takes -dan after a back vowel and -den after a front vowel', () => {
    expect(withAblative('Torbalı')).toBe("Torbalı'dan");
    expect(withAblative('Bornova')).toBe("Bornova'dan");
    expect(withAblative('Kemalpaşa')).toBe("Kemalpaşa'dan");
    expect(withAblative('Çiğli')).toBe("Çiğli'den");
    expect(withAblative('Menemen')).toBe("Menemen'den");
    expect(withAblative('Ödemiş')).toBe("Ödemiş'ten");
  });

  it('hardens d to t after a voiceless consonant', () => {
    expect(withAblative('Konak')).toBe("Konak'tan");
    expect(withAblative('Gebze')).toBe("Gebze'den");
    expect(withAblative('Seferihisar')).toBe("Seferihisar'dan");
    expect(withAblative('Tire')).toBe("Tire'den");
    expect(withAblative('Kınık')).toBe("Kınık'tan");
    expect(withAblative('Urla')).toBe("Urla'dan");
    expect(withAblative('Aliağa')).toBe("Aliağa'dan");
    expect(withAblative('Beydağ')).toBe("Beydağ'dan");
    expect(withAblative('Selçuk')).toBe("Selçuk'tan");
  });

  it('reads capitals the Turkish way (I is ı, İ is i)', () => {
    expect(turkishAblative('TORBALI')).toBe("'dan");
    expect(turkishAblative('İZMİR')).toBe("'den");
    expect(turkishAblative('KARABAĞLAR')).toBe("'dan");
  });

  it('ignores trailing spaces and punctuation', () => {
    expect(withAblative('  Buca. ')).toBe("Buca.'dan");
    expect(turkishAblative('Gaziemir ')).toBe("'den");
  });

  it('treats circumflexed vowels by the vowel beneath', () => {
    expect(turkishAblative('Kâhta')).toBe("'dan");
    expect(turkishAblative('Hakkâri')).toBe("'den");
  });

  it('falls back to -den for a name without a vowel', () => {
    expect(turkishAblative('BRT')).toBe("'den");
    expect(turkishAblative('MHP')).toBe("'den");
    expect(turkishAblative('ZBD')).toBe("'den");
    expect(turkishAblative('')).toBe("'den");
  });
});
