// The shipped NACE Rev.2 classification is complete and well formed: the published counts, every
// parent present, codes unique, titles in both languages; and broken title tables are refused.

import { describe, expect, it } from 'vitest';
import { normaliseIndustryCode } from '../industryCodes';
import { naceRev2Classes, parseNaceTitles } from './naceRev2Classes';

describe('naceRev2Classes', () => {
  const nace = naceRev2Classes();

  it('has the published counts of NACE Rev.2: 21 sections, 88 divisions, 272 groups, 615 classes', () => {
    expect(nace.sections).toHaveLength(21);
    expect(nace.divisions).toHaveLength(88);
    expect(nace.groups).toHaveLength(272);
    expect(nace.classes).toHaveLength(615);
  });

  it('has sections A to U in order and unique codes at every level', () => {
    expect(nace.sections.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    for (const level of [nace.divisions, nace.groups, nace.classes]) {
      const codes = level.map((item) => item.code);
      expect(new Set(codes).size).toBe(codes.length);
      expect([...codes].sort()).toEqual(codes);
    }
  });

  it("gives every class an existing group, division and section, the group being the class's prefix", () => {
    const groups = new Map(nace.groups.map((g) => [g.code, g]));
    const divisions = new Map(nace.divisions.map((d) => [d.code, d]));
    const sections = new Set(nace.sections.map((s) => s.code));
    for (const item of nace.classes) {
      expect(item.code).toMatch(/^\d{4}$/);
      expect(item.group).toBe(item.code.slice(0, 3));
      expect(groups.get(item.group)?.division).toBe(item.division);
      expect(divisions.get(item.division)?.section).toBe(item.section);
      expect(sections.has(item.section)).toBe(true);
      expect(normaliseIndustryCode(`${item.section}${item.dotted}`)).toBe(item.code);
    }
    for (const group of nace.groups)
      expect(nace.classes.some((c) => c.group === group.code)).toBe(true);
    for (const division of nace.divisions)
      expect(nace.groups.some((g) => g.division === division.code)).toBe(true);
  });

  it('has English and Turkish titles everywhere, as Eurostat and TÜİK write them', () => {
    const all = [...nace.sections, ...nace.divisions, ...nace.groups, ...nace.classes];
    for (const item of all) {
      expect(item.title.en.length).toBeGreaterThan(2);
      expect(item.title.tr.length).toBeGreaterThan(2);
    }
    const casting = nace.classes.find((c) => c.code === '2451');
    expect(casting).toMatchObject({
      dotted: '24.51',
      group: '245',
      division: '24',
      section: 'C',
      title: { en: 'Casting of iron', tr: 'Demir döküm' },
    });
    expect(nace.divisions.find((d) => d.code === '84')?.section).toBe('O');
    expect(nace.groups.find((g) => g.code === '120')?.title.en).toBe(
      'Manufacture of tobacco products',
    );
  });

  it('is NACE Rev.2 and not Rev.2.1: 2008 codes such as 47.91 and 62.01 exist, Rev.2.1-only ones do not', () => {
    const codes = new Set(nace.classes.map((c) => c.code));
    expect(codes.has('4791')).toBe(true);
    expect(codes.has('6201')).toBe(true);
    // Rev.2.1 (2025) adds classes such as 62.10 (computer programming) and 47.12; Rev.2 has neither.
    expect(codes.has('6210')).toBe(false);
    expect(codes.has('4712')).toBe(false);
  });
});

describe('parseNaceTitles', () => {
  const table = (lines: string[]) => [lines.join('\n')];

  it('makes a group that is not written from its single class', () => {
    const parsed = parseNaceTitles(
      table(['A|Farming|Tarım', '01|Crops|Bitki', '01.30|Seeds|Tohum']),
    );
    expect(parsed.groups).toEqual([
      { code: '013', division: '01', title: { en: 'Seeds', tr: 'Tohum' } },
    ]);
  });

  it('refuses a second class in a group that was not written, a code out of place and a missing title', () => {
    expect(() => parseNaceTitles(table(['A|a|a', '01|b|b', '01.11|c|c', '01.12|d|d']))).toThrow(
      /group 011 is not written/,
    );
    expect(() => parseNaceTitles(table(['A|a|a', '02.11|c|c']))).toThrow(/out of place/);
    expect(() => parseNaceTitles(table(['A|a|a', '01|b|b', '02.11|c|c']))).toThrow(/out of place/);
    expect(() => parseNaceTitles(table(['A|a']))).toThrow(/bad line/);
  });
});
