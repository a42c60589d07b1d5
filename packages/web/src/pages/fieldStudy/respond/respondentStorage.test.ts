// The respondent's local keeping: unsaved answers and a public link's token survive a reload.

import { describe, expect, it } from 'vitest';
import {
  dropDraftBackup,
  keepDraftBackup,
  keepPublicToken,
  readDraftBackup,
  readPublicToken,
  type KeyValueStorage,
} from './respondentStorage';

function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

describe('respondentStorage', () => {
  it('keeps unsaved answers per token until they are dropped', () => {
    const storage = memoryStorage();
    const now = new Date('2026-05-04T10:42:00Z');
    keepDraftBackup(storage, 'token-a', { q1: 'yes' }, now);
    keepDraftBackup(storage, 'token-b', { q1: 'no' }, now);
    expect(readDraftBackup(storage, 'token-a')).toEqual({
      data: { q1: 'yes' },
      keptAt: '2026-05-04T10:42:00.000Z',
    });
    dropDraftBackup(storage, 'token-a');
    expect(readDraftBackup(storage, 'token-a')).toBeNull();
    expect(readDraftBackup(storage, 'token-b')?.data).toEqual({ q1: 'no' });
  });

  it('reads a damaged backup as none', () => {
    const storage = memoryStorage();
    storage.setItem('kume.respond.draft.t', '{not json');
    expect(readDraftBackup(storage, 't')).toBeNull();
    storage.setItem('kume.respond.draft.t', JSON.stringify({ data: [1], keptAt: 'x' }));
    expect(readDraftBackup(storage, 't')).toBeNull();
  });

  it('survives a storage that refuses to write', () => {
    const storage: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() => keepDraftBackup(storage, 't', { a: 1 }, new Date())).not.toThrow();
    expect(() => keepPublicToken(storage, 'code', 'x'.repeat(43))).not.toThrow();
  });

  it('remembers the token of a public link per code and rejects a malformed one', () => {
    const storage = memoryStorage();
    const token = 'AbC_-'.repeat(9);
    keepPublicToken(storage, 'code1', token);
    expect(readPublicToken(storage, 'code1')).toBe(token);
    expect(readPublicToken(storage, 'code2')).toBeNull();
    storage.setItem('kume.respond.public.code3', '<script>');
    expect(readPublicToken(storage, 'code3')).toBeNull();
  });
});
