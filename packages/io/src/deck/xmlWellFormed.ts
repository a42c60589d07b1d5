// A strict-enough check that an XML part is well formed (for tests of written office files):
// valid characters, known or numeric entities, quoted attributes, tags that nest and close, one
// root element. Returns the first problem found, or null.

const NAME = /^[A-Za-z_][\w.:-]*$/;
const ENTITY = /^&(?:lt|gt|amp|quot|apos|#\d+|#x[\dA-Fa-f]+);/;

function invalidCharacter(text: string): number {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return index;
    if (code === 0xfffe || code === 0xffff) return index;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return index;
      index += 1;
    } else if (code >= 0xdc00 && code <= 0xdfff) return index;
  }
  return -1;
}

/** Where `&` starts something that is not an entity, or `<` appears in character data. */
function badCharacterData(text: string): string | null {
  if (text.includes('<')) return 'a raw "<" in text or an attribute';
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
    if (!ENTITY.test(text.slice(at)))
      return `an "&" that starts no entity: ${text.slice(at, at + 12)}`;
  }
  return null;
}

function checkAttributes(source: string): string | null {
  let rest = source.trim();
  while (rest !== '') {
    const match = /^([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/.exec(rest);
    if (!match || !NAME.test(match[1] ?? ''))
      return `a malformed attribute near: ${rest.slice(0, 30)}`;
    const problem = badCharacterData(match[3] ?? match[4] ?? '');
    if (problem) return problem;
    rest = rest.slice(match[0].length).trimStart();
  }
  return null;
}

export function xmlWellFormed(xml: string): string | null {
  const bad = invalidCharacter(xml);
  if (bad !== -1)
    return `character U+${xml.charCodeAt(bad).toString(16).padStart(4, '0')} is not allowed in XML (at ${bad})`;
  const stack: string[] = [];
  let roots = 0;
  let position = 0;
  while (position < xml.length) {
    const open = xml.indexOf('<', position);
    const text = xml.slice(position, open === -1 ? xml.length : open);
    const textProblem = badCharacterData(text);
    if (textProblem) return textProblem;
    if (stack.length === 0 && text.trim() !== '') return 'text outside the root element';
    if (open === -1) break;
    const special = [
      ['<?', '?>'],
      ['<!--', '-->'],
      ['<![CDATA[', ']]>'],
    ].find(([start]) => xml.startsWith(start as string, open));
    if (special) {
      const end = xml.indexOf(special[1] as string, open);
      if (end === -1) return `an unclosed ${special[0]}`;
      position = end + (special[1] as string).length;
      continue;
    }
    const close = xml.indexOf('>', open);
    if (close === -1) return 'an unclosed tag';
    const tag = xml.slice(open + 1, close);
    position = close + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      if (stack.pop() !== name) return `</${name}> closes a tag that is not open`;
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = /^\S+/.exec(body)?.[0] ?? '';
    if (!NAME.test(name)) return `a malformed tag: <${tag.slice(0, 30)}>`;
    const attributeProblem = checkAttributes(body.slice(name.length));
    if (attributeProblem) return `${attributeProblem} in <${name}>`;
    if (stack.length === 0) roots += 1;
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) return `<${stack[stack.length - 1]}> is never closed`;
  return roots === 1 ? null : `${roots} root elements`;
}
