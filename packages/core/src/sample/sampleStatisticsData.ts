// The model behind the sample project's generated statistics: Turkey's 26 NUTS-2 regions with
// their share of employees, the NACE Rev.2 divisions' national shares, and each region's
// specialisations. Plausible orders of magnitude, not TÜİK or SGK figures.

/** A NUTS-2 (İBBS Düzey 2) region by its code (TURKEY_NUTS2_REGIONS names it) and its model. */
export interface SampleRegion {
  code: string;
  /** Share of the country's employees, per cent (normalised by the generator). */
  share: number;
  /**
   * Specialisations: 'division:factor' or 'from-to:factor' (inclusive division codes), applied
   * by multiplying, so '10-33:0.6 10:1.8' leaves food at 1.08.
   */
  mix: string;
  /** Extra yearly growth of some divisions in the region: 'division:rate' (0.01 = 1 % a year). */
  growth?: string;
  /** Employment in the last year relative to the trend (the February 2023 earthquakes). */
  lastYearShock?: number;
}

export const SAMPLE_REGIONS: readonly SampleRegion[] = [
  {
    code: 'TR10',
    share: 30,
    mix: '01-09:0.1 10-33:0.9 10:0.7 13:1.3 14:1.7 15:1.5 18:1.8 20:1.2 21:2.0 24:0.45 26:1.6 28:0.75 29:0.4 32:1.5 41-43:0.9 46:1.4 51:1.8 58-63:2.0 62:1.2 64-66:2.0 69-74:1.6 73:1.3 78:1.8 82:1.5 84:0.6 85:0.85 90:2.0',
    growth: '62:0.02 14:-0.02',
  },
  {
    code: 'TR21',
    share: 3.2,
    mix: '01:1.6 10:1.4 13:2.2 14:1.3 17:2.0 22:1.4 23:1.6 27:1.3 55:0.8 58-74:0.4',
  },
  {
    code: 'TR22',
    share: 2,
    mix: '01:2.4 03:2.0 08:2.5 10:1.8 23:1.4 35:1.8 55:1.6 56:1.2 58-74:0.5 84-85:1.3',
  },
  {
    code: 'TR31',
    share: 7.2,
    mix: '01:1.1 02-09:0.6 10:1.7 11:1.8 12:1.6 19:1.6 20:1.3 22:1.3 23:1.2 24:2.7 25:1.75 27:1.3 28:2.0 33:1.5 46:1.1 50:1.6 52:1.4 58-74:0.85 64-66:0.8',
    growth: '10:0.01 24:0.01 25:0.015 28:0.02',
  },
  {
    code: 'TR32',
    share: 3.4,
    mix: '01:2.2 13:2.6 14:1.8 23:1.3 24:0.6 27:1.7 28:0.7 55:2.6 56:1.4 79:1.5 58-74:0.5',
  },
  {
    code: 'TR33',
    share: 3,
    mix: '01:2.0 05:1.8 08:3.0 10:1.5 13:2.0 23:2.6 27:2.6 28:1.2 58-74:0.4',
  },
  {
    code: 'TR41',
    share: 5.6,
    mix: '13:2.4 14:1.3 22:1.5 23:1.4 25:1.3 27:1.3 28:1.4 29:3.6 30:1.8 58-74:0.6',
    growth: '29:0.01',
  },
  {
    code: 'TR42',
    share: 5,
    mix: '17:2.0 19:4.0 20:2.4 22:2.0 24:2.1 25:1.5 27:1.7 28:1.5 29:3.0 30:2.2 50:1.4 52:1.5 58-74:0.6',
  },
  {
    code: 'TR51',
    share: 9.2,
    mix: '01-09:0.4 10-33:0.7 26:2.2 28:1.3 30:2.8 62:2.2 64-66:1.3 71:1.8 72:3.2 84:2.4 85:1.3 86:1.2',
    growth: '30:0.03 62:0.02',
  },
  {
    code: 'TR52',
    share: 2.6,
    mix: '01:2.2 10:1.6 24:1.3 25:1.5 28:2.6 29:1.6 31:1.2 58-74:0.5',
    growth: '28:0.015',
  },
  {
    code: 'TR61',
    share: 4.2,
    mix: '01:2.6 10-33:0.5 41:1.2 55:6.0 56:2.0 68:1.5 79:4.0 93:2.0',
  },
  {
    code: 'TR62',
    share: 3.6,
    mix: '01:2.6 10:1.3 13:1.4 20:1.2 46:1.2 50:2.5 52:2.0 58-74:0.7',
  },
  {
    code: 'TR63',
    share: 2.2,
    mix: '01:1.8 10:1.2 13:2.8 24:2.6 52:1.5 58-74:0.5 84-85:1.2',
    lastYearShock: 0.93,
  },
  {
    code: 'TR71',
    share: 1.2,
    mix: '01:2.2 08:2.0 10:1.3 23:1.5 55:1.4 58-74:0.4 84-85:1.4',
  },
  {
    code: 'TR72',
    share: 1.8,
    mix: '01:1.6 13:1.8 24:1.7 25:1.4 27:1.4 31:4.0 58-74:0.5 84-85:1.3',
  },
  {
    code: 'TR81',
    share: 1,
    mix: '05:22 10-33:0.8 23:1.4 24:4.2 35:2.0 58-74:0.4 84-85:1.4',
  },
  {
    code: 'TR82',
    share: 0.6,
    mix: '01:2.6 02:3.0 10-33:0.6 16:2.8 58-74:0.3 84-86:1.7',
  },
  {
    code: 'TR83',
    share: 2,
    mix: '01:2.2 10:1.4 23:1.7 28:1.4 32:1.4 58-74:0.5 84-86:1.4',
  },
  {
    code: 'TR90',
    share: 2.2,
    mix: '01:2.6 03:4.0 10-33:0.6 10:1.8 55:1.3 58-74:0.5 84-86:1.5',
  },
  {
    code: 'TRA1',
    share: 0.8,
    mix: '01:2.2 07:2.5 10-33:0.35 58-74:0.4 84-86:1.9',
  },
  {
    code: 'TRA2',
    share: 0.5,
    mix: '01:3.2 10-33:0.3 58-74:0.3 84-86:2.2',
  },
  {
    code: 'TRB1',
    share: 1.2,
    mix: '01:2.0 07:3.0 10-33:0.6 13:1.5 58-74:0.4 84-86:1.7',
    lastYearShock: 0.95,
  },
  {
    code: 'TRB2',
    share: 1,
    mix: '01:2.6 10-33:0.3 41:1.3 58-74:0.3 84-86:2.2',
  },
  {
    code: 'TRC1',
    share: 2.4,
    mix: '10:2.0 13:4.0 14:1.3 15:1.6 22:1.8 58-74:0.5',
    growth: '13:0.02',
    lastYearShock: 0.97,
  },
  {
    code: 'TRC2',
    share: 1.9,
    mix: '01:3.6 10-33:0.5 13:1.2 58-74:0.4 84-86:1.6',
  },
  {
    code: 'TRC3',
    share: 1.1,
    mix: '01:2.0 06:12 09:6 10-33:0.5 58-74:0.3 84-86:1.7',
  },
];

/**
 * Every NACE Rev.2 division: 'code share size trend', where share is its part of the country's
 * employees (per cent, normalised by the generator), size the employees of an average
 * establishment and trend its yearly growth beyond the country's (0.03 = 3 % a year).
 */
const DIVISIONS = `01 1.0 4 0|02 0.15 8 0|03 0.1 6 0|05 0.35 120 -0.03|06 0.05 60 0.02|07 0.12 50 0.02
|08 0.35 18 0|09 0.05 40 0.02|10 3.4 14 0.01|11 0.3 25 0.01|12 0.1 120 -0.03|13 3.0 22 0
|14 3.3 16 -0.03|15 0.8 12 -0.02|16 0.6 8 0|17 0.5 28 0.01|18 0.3 6 -0.01|19 0.1 150 0.01
|20 0.8 20 0.02|21 0.3 100 0.02|22 2.0 18 0.01|23 1.8 16 0.005|24 1.0 45 0.01|25 2.6 9 0.01
|26 0.4 25 0.04|27 1.2 30 0.02|28 1.8 16 0.015|29 1.5 70 0.01|30 0.35 60 0.05|31 1.2 9 0.005
|32 0.5 7 0.01|33 0.5 6 0.01|35 0.5 30 0.01|36 0.15 30 0|37 0.05 12 0|38 0.4 15 0.02
|39 0.02 10 0|41 5.5 7 -0.02|42 2.5 20 -0.01|43 3.0 6 0.01|45 2.0 4 0.01|46 6.0 5 0.01
|47 9.0 3 0.01|49 4.0 5 0.01|50 0.15 12 0.01|51 0.3 150 0.04|52 1.5 12 0.02|53 0.4 30 0.03
|55 1.8 15 0.02|56 4.5 4 0.02|58 0.15 8 0|59 0.1 5 0.01|60 0.15 25 0|61 0.3 30 0.01
|62 0.8 8 0.07|63 0.2 8 0.05|64 1.5 25 0.01|65 0.3 40 0.01|66 0.3 6 0.02|68 0.6 3 0.01
|69 1.0 4 0.01|70 0.6 10 0.03|71 0.8 5 0.02|72 0.1 12 0.03|73 0.4 6 0.02|74 0.4 4 0.02
|75 0.05 3 0.01|77 0.4 5 0.02|78 0.4 40 0.03|79 0.3 6 0.02|80 2.0 40 0.01|81 3.5 25 0.02
|82 1.5 12 0.03|84 3.0 120 0|85 3.5 25 0.01|86 3.0 20 0.02|87 0.4 25 0.02|88 0.5 20 0.02
|90 0.1 4 0.01|91 0.05 10 0|92 0.1 8 0|93 0.5 8 0.01|94 0.5 6 0|95 0.2 2 0|96 1.0 3 0.01
|97 0.05 1 0|98 0.002 1 0|99 0.01 150 0`;

export interface SampleDivision {
  code: string;
  share: number;
  size: number;
  trend: number;
}

export const SAMPLE_DIVISIONS: readonly SampleDivision[] = DIVISIONS.split('|').map((entry) => {
  const [code = '', share = '', size = '', trend = ''] = entry.trim().split(' ');
  return { code, share: Number(share), size: Number(size), trend: Number(trend) };
});

/**
 * Divisions hit by the pandemic: their employment relative to the trend in 2020 and 2021
 * (hotels, restaurants, air transport, travel agencies, arts, sports).
 */
export const PANDEMIC_DIVISIONS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['51', [0.7, 0.85]],
  ['55', [0.72, 0.88]],
  ['56', [0.8, 0.92]],
  ['79', [0.7, 0.85]],
  ['90', [0.75, 0.88]],
  ['93', [0.78, 0.9]],
]);

/** The country's employees in each year relative to the last, 2019-2023. */
export const NATIONAL_LEVEL: ReadonlyMap<number, number> = new Map([
  [2019, 0.91],
  [2020, 0.895],
  [2021, 0.945],
  [2022, 0.985],
  [2023, 1],
]);
