// Reading a ticket token from a scanned QR code's text: the ticket URL in its forms, or the bare
// token; nothing else.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ticketPath, ticketTokenFromText } from './ticketTokenFromText';

const token = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE';
const base64url = fc
  .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), {
    minLength: 43,
    maxLength: 43,
  })
  .map((characters) => characters.join(''));

describe('ticketTokenFromText', () => {
  it('reads the token from the ticket URL with an origin, a query, a fragment or a trailing slash', () => {
    expect(token).toHaveLength(43);
    for (const text of [
      `https://kume.example/e/ticket/${token}`,
      `http://127.0.0.1:8080/e/ticket/${token}/`,
      `HTTPS://KUME.EXAMPLE/e/ticket/${token}?utm=qr`,
      `https://kume.example/e/ticket/${token}#top`,
      `/e/ticket/${token}`,
      ` ${ticketPath(token)}\n`,
      token,
    ])
      expect(ticketTokenFromText(text), text).toBe(token);
  });

  it('refuses other pages, other sites paths, short or long tokens and foreign characters', () => {
    for (const text of [
      '',
      'hello',
      `https://kume.example/e/i/${token}`,
      `https://kume.example/e/ticket/${token}/extra`,
      `https://kume.example/x/e/ticket/${token}`,
      `https://kume.example/e/ticket/${token.slice(1)}`,
      `https://kume.example/e/ticket/${token}A`,
      `${token}=`,
      `https://kume.example/e/ticket/${token.slice(0, 42)}+`,
      `javascript:alert(1)//e/ticket/${token}`,
      `WIFI:S:cafe;T:WPA;P:${token};;`,
    ])
      expect(ticketTokenFromText(text), text).toBeNull();
  });

  it('gives back every token put in a ticket URL or given bare (property)', () => {
    fc.assert(
      fc.property(
        base64url,
        fc.constantFrom('', 'https://kume.example', 'http://localhost:8080'),
        fc.constantFrom('', '/', '?a=1', '/?x#y'),
        (t, origin, tail) => {
          expect(ticketTokenFromText(`${origin}${ticketPath(t)}${tail}`)).toBe(t);
          expect(ticketTokenFromText(t)).toBe(t);
        },
      ),
    );
  });

  it('answers null or a 43-character base64url token for any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const result = ticketTokenFromText(text);
        if (result !== null) expect(result).toMatch(/^[A-Za-z0-9_-]{43}$/);
      }),
    );
  });
});
