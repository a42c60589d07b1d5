// @kume/io/workshop: workshop files in (a facilitator's pairwise comparison matrix). A subpath of
// its own, so the command line loads no XLSX library for CSV.

export * from './parseJudgement';
export * from './readPairwiseMatrix';
