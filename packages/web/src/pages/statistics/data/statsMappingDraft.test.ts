// Tests of the dataset mapping draft: required fields with and without a fixed year, one column
// per field, and the options the import sends.

import { describe, expect, it } from 'vitest';
import {
  chooseColumn,
  draftFromSuggestion,
  mappingOptions,
  missingFields,
} from './statsMappingDraft';

describe('dataset mapping draft', () => {
  it('needs region, industry, employment, and the year unless a fixed year is given', () => {
    expect(missingFields({}, null)).toEqual(['region', 'industry', 'year', 'employment']);
    expect(missingFields({ region: 0, employment: 3 }, 2021)).toEqual(['industry']);
    expect(missingFields({ region: 0, industry: 1, year: 2, employment: 3 }, null)).toEqual([]);
  });

  it('takes the suggestion without the fields the server could not place', () => {
    expect(draftFromSuggestion({ region: 4, industry: 0, year: null, payroll: undefined })).toEqual(
      { region: 4, industry: 0 },
    );
  });

  it('gives a column to one field only, and can clear a field', () => {
    const draft = { region: 0, industry: 1, employment: 2 };
    expect(chooseColumn(draft, 'establishments', 1)).toEqual({
      region: 0,
      employment: 2,
      establishments: 1,
    });
    expect(chooseColumn(draft, 'region', undefined)).toEqual({ industry: 1, employment: 2 });
  });

  it('sends a fixed year instead of a year column, and the sheet when there is one', () => {
    const draft = { region: 0, industry: 1, year: 2, employment: 3 };
    expect(mappingOptions(draft, null, undefined)).toEqual({ mapping: draft });
    expect(mappingOptions(draft, 2020, 'Veri')).toEqual({
      mapping: { region: 0, industry: 1, employment: 3 },
      year: 2020,
      sheet: 'Veri',
    });
  });
});
