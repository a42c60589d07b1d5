// safeNext keeps the redirect after sign-in inside the app.

import { describe, expect, it } from 'vitest';
import { safeNext } from './safeNext';

describe('safeNext', () => {
  it('keeps a path of the app, with its query', () => {
    expect(safeNext('/p/sample/visits?page=2')).toBe('/p/sample/visits?page=2');
  });

  it('sends to the home page when there is no next', () => {
    expect(safeNext(null)).toBe('/');
    expect(safeNext('')).toBe('/');
  });

  it('refuses addresses on other sites', () => {
    for (const next of [
      'https://evil.example/',
      '//evil.example/path',
      '/\\evil.example',
      'javascript:alert(1)',
    ])
      expect(safeNext(next)).toBe('/');
  });
});
