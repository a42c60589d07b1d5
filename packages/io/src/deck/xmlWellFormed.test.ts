import { describe, expect, it } from 'vitest';
import { xmlWellFormed } from './xmlWellFormed';

describe('xmlWellFormed', () => {
  it('accepts a declaration, attributes, entities, self-closing tags and comments', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<p:sld a="1" b=\'&amp;\'><!-- c --><a:t>x &lt; y &#233;</a:t><a:br/></p:sld>';
    expect(xmlWellFormed(xml)).toBeNull();
  });

  it.each([
    ['a control character', '<a>\u0001</a>', 'U+0001'],
    ['a bare ampersand', '<a>Smith & Co</a>', '"&"'],
    ['a raw less-than sign in text', '<a>1 < 2</a>', 'malformed tag'],
    ['a raw less-than sign in an attribute', '<a b="1 < 2"/>', '"<"'],
    ['a tag that is never closed', '<a><b></a>', 'closes a tag'],
    ['a tag left open', '<a><b>', 'never closed'],
    ['an unquoted attribute', '<a b=c/>', 'attribute'],
    ['two roots', '<a/><b/>', 'root'],
  ])('finds %s', (_, xml, problem) => {
    expect(xmlWellFormed(xml)).toContain(problem);
  });
});
