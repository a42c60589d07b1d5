// Join codes of live workshops: six characters a participant types on a phone or reads off the
// projector, from an alphabet without the look-alikes 0/O and 1/I.

import { randomInt } from 'node:crypto';

/** 32 characters: digits 2-9 and A-Z without I and O. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/** A fresh random join code (32^6, about a billion codes); uniqueness is the database's check. */
export function newJoinCode(random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) code += JOIN_CODE_ALPHABET[random(32)];
  return code;
}

/** A typed code made canonical: upper case, spaces and dashes dropped (`abc-234` -> `ABC234`). */
export function normaliseJoinCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}
