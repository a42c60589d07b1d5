// The report writer's own words (title page, contents, figure captions, footer) in Turkish and
// English, and the locale each language writes numbers and dates in.

import type { ReportLanguage } from '@kume/core';

export interface ReportWords {
  /** BCP 47 tag for numbers, dates and the document's proofing language. */
  locale: string;
  contents: string;
  project: string;
  region: string;
  date: string;
  preparedBy: string;
  /** "Figure 3: ..." before a chart's caption. */
  figure: (number: number) => string;
  /** The footer's "Page 2 of 9": the text before the page number and between it and the total. */
  page: string;
  of: string;
  noData: string;
}

export const REPORT_WORDS: Record<ReportLanguage, ReportWords> = {
  en: {
    locale: 'en-GB',
    contents: 'Contents',
    project: 'Project',
    region: 'Region',
    date: 'Date',
    preparedBy: 'Prepared by',
    figure: (number) => `Figure ${number}`,
    page: 'Page ',
    of: ' of ',
    noData: 'No data',
  },
  tr: {
    locale: 'tr-TR',
    contents: 'İçindekiler',
    project: 'Proje',
    region: 'Bölge',
    date: 'Tarih',
    preparedBy: 'Hazırlayan',
    figure: (number) => `Şekil ${number}`,
    page: 'Sayfa ',
    of: ' / ',
    noData: 'Veri yok',
  },
};
