import { describe, expect, it } from 'vitest';
import { RELATION_IMPORT_ERROR_CODES } from '@kume/core';
import type { RelationImportResultView } from '@kume/server';
import en from '../../../../locales/en/fieldwork.json';
import tr from '../../../../locales/tr/fieldwork.json';
import {
  canImportRelations,
  missingRelationFields,
  relationImportErrorText,
  withColumn,
} from './relationImportSteps';

const check = (over: Partial<RelationImportResultView>) =>
  ({ errorCount: 0, toAdd: 3, ...over }) as RelationImportResultView;

describe('relation import steps', () => {
  it('missingRelationFields lists the unmapped ones of source, target and type', () => {
    expect(missingRelationFields({})).toEqual(['source', 'target', 'type']);
    expect(missingRelationFields({ source: 0, type: 2, share: 3 })).toEqual(['target']);
    expect(missingRelationFields({ source: 0, target: 1, type: 0 })).toEqual([]);
  });

  it('withColumn sets a field to a column and clears it with undefined, leaving the rest', () => {
    expect(withColumn({ source: 0 }, 'target', 1)).toEqual({ source: 0, target: 1 });
    expect(withColumn({ source: 0, target: 1 }, 'target', undefined)).toEqual({ source: 0 });
  });

  it('canImportRelations needs a check without errors and with something to add', () => {
    expect(canImportRelations(null)).toBe(false);
    expect(canImportRelations(check({}))).toBe(true);
    expect(canImportRelations(check({ errorCount: 1 }))).toBe(false);
    expect(canImportRelations(check({ toAdd: 0 }))).toBe(false);
  });

  it('relationImportErrorText words an unknown name with its suggestion when there is one', () => {
    const base = { row: 4, column: 'A (source)', field: 'source', message: '' } as const;
    expect(
      relationImportErrorText({
        ...base,
        code: 'unknown_organisation',
        params: { suggestion: 'Ege Döküm' },
      }),
    ).toEqual({
      key: 'relations.import.error.unknown_organisation_suggest',
      values: { suggestion: 'Ege Döküm', field: 'source' },
    });
    expect(relationImportErrorText({ ...base, code: 'unknown_organisation' })).toEqual({
      key: 'relations.import.error.unknown_organisation',
      values: { field: 'source' },
    });
    expect(
      relationImportErrorText({ ...base, code: 'conflicting_duplicate', params: { firstRow: 2 } })
        .values,
    ).toEqual({ firstRow: 2, field: 'source' });
  });

  it('every error code has its words in Turkish and English', () => {
    for (const words of [en.relations.import.error, tr.relations.import.error]) {
      const keys = Object.keys(words);
      for (const code of RELATION_IMPORT_ERROR_CODES) expect(keys).toContain(code);
      expect(keys).toContain('unknown_organisation_suggest');
    }
  });
});
