import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './closestName';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('stops at the limit and answers limit + 1', () => {
    expect(editDistance('aaaaaaaa', 'bbbbbbbb', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('closestName', () => {
  const names = ['ege dokum', 'izmir makina', 'aydin gida'];
  const self = (name: string) => name;

  it('suggests the registry name one typo away', () => {
    expect(closestName('ege dokun', names, self)).toBe('ege dokum');
  });

  it('suggests nothing when every name is far', () => {
    expect(closestName('bursa tekstil', names, self)).toBeUndefined();
  });

  it('prefers the nearer of two near names', () => {
    expect(closestName('abcd', ['abxx', 'abcx'], self)).toBe('abcx');
  });
});
