// The NAICS prefixes of the BEA 1997 summary input-output codes that are not NAICS prefixes
// themselves (331A, 4A00, 2301, ...), and where later NAICS vintages moved an activity, so that
// core's prefixConcordance can place 2002-2017 NAICS industries in that table.

/**
 * IO code -> NAICS prefixes. The letter codes follow BEA's concordance NAICS-IO.xls (1997 NAICS):
 * 331A = 3311, 3312; 332A = 332992-332995 (ordnance); 334A = 3342, 3343; ... Added for NAICS
 * 2002 and later, where the 1997 codes no longer exist: construction 236-238 (new residential
 * 2361, new non-residential 2362 and 237, specialty trades 238 as maintenance and repair: an
 * approximation, BEA splits construction by kind of work, not by NAICS), and the information
 * sector's 515-519 (broadcasting 5151 -> 5131, cable 5152 -> 5132, telecommunications 517 ->
 * 5133, data processing 518 -> 5142, other information services and internet publishing 519 and
 * 516 -> 5141). All-digit codes need no entry: their prefix is their digits without trailing
 * zeros. Source: BEA, 1997 Benchmark Input-Output Accounts, NAICS-IO.xls; US Census Bureau NAICS
 * 2002 and 2007 concordances for the moves.
 */
export const BEA_1997_SUMMARY_PREFIXES: ReadonlyMap<string, readonly string[]> = new Map([
  ['2301', ['2361', '233']],
  ['2302', ['2362', '237', '234']],
  ['2303', ['238', '235']],
  ['331A', ['3311', '3312']],
  ['331B', ['3313', '3314']],
  ['332A', ['332992', '332993', '332994', '332995']],
  ['332B', ['3325', '3326', '3327', '3328', '3329']],
  ['334A', ['3342', '3343']],
  ['336A', ['3362', '3363']],
  ['336B', ['3365', '3366', '3369']],
  ['48A0', ['487', '488']],
  ['4A00', ['44', '45']],
  ['5131', ['5131', '5151']],
  ['5132', ['5132', '5152']],
  ['5133', ['5133', '517']],
  ['5141', ['5141', '519', '516', '5181']],
  ['5142', ['5142', '518']],
  ['52A0', ['521', '5221', '5222', '5223']],
  ['532A', ['5322', '5323']],
  ['561A', ['5611', '5612', '5614', '5616', '5617', '5619']],
  ['71A0', ['711', '712']],
  ['811A', ['8112', '8113', '8114']],
  ['813A', ['8131', '8132', '8133']],
  ['813B', ['8134', '8139']],
  ['S001', ['491']],
]);
