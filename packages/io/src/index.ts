// @kume/io: file formats in and out (CSV, XLSX), shared by the server and the command line.

export * from './fileFormatError';
export * from './spreadsheet/readTable';
export * from './spreadsheet/writeTable';
export * from './workshop/readPairwiseMatrix';
export * from './deck/writeDeckPptx';
export * from './deck/readPptx';
export * from './office/convertToPdf';
export * from './office/pdfUnavailableError';
export * from './report/writeReportDocx';
export * from './report/readDocx';
