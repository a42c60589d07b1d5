// Encodes text as Windows-1254 (Turkish), the code page of a "CSV" saved by Excel on a Turkish
// Windows, so tests can upload such files. Node's TextEncoder writes only UTF-8.

/** The Turkish letters that differ from Latin-1, with their Windows-1254 bytes. */
const turkishBytes: Record<string, number> = {
  Ğ: 0xd0,
  ğ: 0xf0,
  İ: 0xdd,
  ı: 0xfd,
  Ş: 0xde,
  ş: 0xfe,
};

const taken = new Set(Object.values(turkishBytes));

/** ASCII and the Latin-1 letters 1254 shares (Ç ç Ö ö Ü ü ...) keep their code; Turkish ones map as above. */
export function encodeWindows1254(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const mapped = turkishBytes[char];
    if (mapped !== undefined) return mapped;
    const code = char.charCodeAt(0);
    // 0x80-0x9F and the bytes given to Turkish letters mean something else in Windows-1254.
    if (code > 0xff || (code >= 0x80 && code <= 0x9f) || taken.has(code))
      throw new Error(`"${char}" is not encoded by this test encoder`);
    return code;
  });
}
