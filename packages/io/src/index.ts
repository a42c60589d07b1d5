// @kume/io: file formats in and out (CSV, XLSX), shared by the server and the command line.

export * from './fileFormatError';
export * from './spreadsheet/readTable';
export * from './spreadsheet/writeTable';
export * from './workshop/readPairwiseMatrix';
