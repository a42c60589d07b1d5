// The Turkish ablative ("from") suffix for a proper name: Torbalı'dan, Menemen'den, Konak'tan.
// The quota's gap sentences name districts this way ("Torbalı'dan henüz firma yok").

const BACK_VOWELS = 'aıou';
const FRONT_VOWELS = 'eiöü';
/** The voiceless consonants ("fıstıkçı şahap") that turn the suffix's d into t. */
const VOICELESS = 'fstkçşhp';

/**
 * The suffix with its apostrophe for `name`: `'dan`/`'den` by the last vowel (back a ı o u ->
 * dan, front e i ö ü -> den; circumflexed â û count as back, î as front), `'tan`/`'ten` after a
 * voiceless consonant. A name without any vowel takes `'den` (Turkish reads it letter by letter,
 * and most letter names end in e: be, ce, de). Abbreviations with a vowel
 * ("OSB", read o-se-be) are not recognised: they take the suffix of their last vowel. Trailing
 * spaces and punctuation are ignored.
 */
export function turkishAblative(name: string): string {
  const word = name
    .trim()
    .replace(/[^\p{L}\p{N}]+$/u, '')
    .toLocaleLowerCase('tr-TR')
    .replace(/â/g, 'a')
    .replace(/û/g, 'u')
    .replace(/î/g, 'i');
  let vowel: string | undefined;
  for (let index = word.length - 1; index >= 0; index -= 1) {
    const letter = word[index]!;
    if (BACK_VOWELS.includes(letter) || FRONT_VOWELS.includes(letter)) {
      vowel = letter;
      break;
    }
  }
  if (!vowel) return "'den";
  const last = word[word.length - 1] ?? '';
  const consonant = VOICELESS.includes(last) ? 't' : 'd';
  const harmony = BACK_VOWELS.includes(vowel) ? 'a' : 'e';
  return `'${consonant}${harmony}n`;
}

/** The name followed by its ablative suffix: "Torbalı'dan". */
export function withAblative(name: string): string {
  return `${name.trim()}${turkishAblative(name)}`;
}
