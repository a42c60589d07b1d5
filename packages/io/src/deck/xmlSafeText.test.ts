import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlSafeText } from './xmlSafeText';
import { xmlWellFormed } from './xmlWellFormed';

describe('xmlSafeText', () => {
  it('removes the C0 controls XML forbids, keeping tab, line feed and carriage return', () => {
    expect(xmlSafeText('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u000Eg\u001Fh')).toBe('abcdefgh');
    expect(xmlSafeText('a\tb\nc\rd')).toBe('a\tb\nc\rd');
  });

  it('removes lone surrogates and the non-characters U+FFFE and U+FFFF, keeping real pairs', () => {
    expect(xmlSafeText('x\uD800y\uDC00z\uFFFE\uFFFF')).toBe('xyz');
    expect(xmlSafeText('Döküm 🏭 İzmir')).toBe('Döküm 🏭 İzmir');
  });

  it('keeps markup and formulas as they are: escaping is the writer’s job', () => {
    const hostile = '<script>alert("x")</script> & =HYPERLINK("http://x")';
    expect(xmlSafeText(hostile)).toBe(hostile);
  });

  it('always leaves text that XML can carry once escaped', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const escaped = xmlSafeText(text)
          .replace(/&/g, '&amp;')
          .replace(/</g, '&lt;')
          .replace(/>/g, '&gt;');
        expect(xmlWellFormed(`<a:t>${escaped}</a:t>`)).toBeNull();
      }),
    );
  });
});
