// The public code of an event's registration page (/e/CODE): eight characters a guest can type
// from a poster, from an alphabet without the look-alikes 0/O and 1/I.

/** 32 characters: digits 2-9 and A-Z without I and O. */
export const PUBLIC_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const PUBLIC_CODE_LENGTH = 8;

const PUBLIC_CODE = new RegExp(`^[${PUBLIC_CODE_ALPHABET}]{${PUBLIC_CODE_LENGTH}}$`);

/**
 * A fresh code from `rng` (floats in [0, 1), e.g. mulberry32 or Math.random): 32^8, about a
 * trillion codes; uniqueness is the database's check.
 */
export function newPublicCode(rng: () => number): string {
  let code = '';
  for (let i = 0; i < PUBLIC_CODE_LENGTH; i += 1)
    code += PUBLIC_CODE_ALPHABET[Math.min(31, Math.floor(rng() * 32))];
  return code;
}

/** A typed or linked code made canonical (upper case, spaces and dashes dropped), or null when it cannot be one. */
export function normalisePublicCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  return PUBLIC_CODE.test(code) ? code : null;
}
