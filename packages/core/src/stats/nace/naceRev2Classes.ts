// The NACE Rev.2 classification (Eurostat 2008, not Rev.2.1 of 2025): 21 sections, 88 divisions,
// 272 groups and 615 classes with English and Turkish titles, read once from the title tables.

import { naceRev2TitlesAtoC } from './naceRev2TitlesAtoC';
import { naceRev2TitlesDtoJ } from './naceRev2TitlesDtoJ';
import { naceRev2TitlesKtoU } from './naceRev2TitlesKtoU';

/** Titles in the languages Kume speaks: English as Eurostat publishes it, Turkish as TÜİK does. */
export interface NaceTitle {
  en: string;
  tr: string;
}

export type NaceLanguage = keyof NaceTitle;

export interface NaceSection {
  /** 'A' to 'U'. */
  code: string;
  title: NaceTitle;
}

export interface NaceDivision {
  /** Two digits, '01' to '99' (normaliseIndustryCode form). */
  code: string;
  section: string;
  title: NaceTitle;
}

export interface NaceGroup {
  /** Three digits: '245' for 24.5. */
  code: string;
  division: string;
  title: NaceTitle;
}

export interface NaceClass {
  /** Four digits: '2451' for 24.51, as normaliseIndustryCode writes 'C24.51'. */
  code: string;
  /** As NACE prints it: '24.51'. */
  dotted: string;
  group: string;
  division: string;
  section: string;
  title: NaceTitle;
}

/** Every level in code order. */
export interface NaceRev2 {
  sections: readonly NaceSection[];
  divisions: readonly NaceDivision[];
  groups: readonly NaceGroup[];
  classes: readonly NaceClass[];
}

/**
 * Reads title tables: one `code|English|Turkish` line a code in classification order, a section
 * letter before its divisions ('24'), a division before its groups ('24.5') and classes ('24.51').
 * A group with a single class of the same titles (12.0 and 12.00) is not written: its class's
 * titles are the group's. Throws on a line out of place, which only a broken table can cause.
 */
export function parseNaceTitles(tables: readonly string[]): NaceRev2 {
  const sections: NaceSection[] = [];
  const divisions: NaceDivision[] = [];
  const groups: NaceGroup[] = [];
  const classes: NaceClass[] = [];
  /** Groups made from their single class, which must then stay single. */
  const implicitGroups = new Set<string>();
  const lines = tables.flatMap((table) => table.split('\n')).filter((line) => line.trim() !== '');
  for (const line of lines) {
    const [code = '', en = '', tr = '', ...rest] = line.split('|').map((part) => part.trim());
    if (en === '' || tr === '' || rest.length > 0)
      throw new Error(`NACE titles: bad line "${line}"`);
    const title = { en, tr };
    const section = sections.at(-1)?.code;
    const division = divisions.at(-1)?.code;
    if (/^[A-U]$/.test(code)) {
      sections.push({ code, title });
    } else if (/^\d{2}$/.test(code) && section !== undefined) {
      divisions.push({ code, section, title });
    } else if (/^\d{2}\.\d$/.test(code) && code.startsWith(`${division}.`)) {
      groups.push({ code: code.replace('.', ''), division: division as string, title });
    } else if (/^\d{2}\.\d{2}$/.test(code) && code.startsWith(`${division}.`)) {
      const digits = code.replace('.', '');
      const group = digits.slice(0, 3);
      if (groups.at(-1)?.code !== group) {
        groups.push({ code: group, division: division as string, title });
        implicitGroups.add(group);
      } else if (implicitGroups.has(group)) {
        throw new Error(
          `NACE titles: group ${group} is not written but has a second class ${code}`,
        );
      }
      classes.push({
        code: digits,
        dotted: code,
        group,
        division: division as string,
        section: section as string,
        title,
      });
    } else {
      throw new Error(`NACE titles: code "${code}" out of place`);
    }
  }
  return { sections, divisions, groups, classes };
}

let cached: NaceRev2 | undefined;

/** The classification, read from the tables on first use (they cost nothing until then). */
export function naceRev2Classes(): NaceRev2 {
  cached ??= parseNaceTitles([naceRev2TitlesAtoC, naceRev2TitlesDtoJ, naceRev2TitlesKtoU]);
  return cached;
}
