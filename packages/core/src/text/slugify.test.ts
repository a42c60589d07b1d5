import { describe, expect, it } from 'vitest';
import { slugify } from './slugify';

describe('slugify', () => {
  it('transliterates Turkish letters', () => {
    expect(slugify('İzmir Döküm Kümesi')).toBe('izmir-dokum-kumesi');
    expect(slugify('Işık Çağ Şişe Ğ')).toBe('isik-cag-sise-g');
  });
  it('falls back to "project" when nothing is left', () => {
    expect(slugify('***')).toBe('project');
  });
});
