const unaccented: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  þ: 'th',
};
const combiningMarks = /\p{M}/gu;
const specialLetters = /[ßæœøđðłıħþ]/g;
const spaces = /\s+/g;

/**
 * Folds text for matching: compatibility-decomposed, diacritics removed, lower-cased, runs of white space
 * made one space, so "Sergéy  LAVROV" and "sergey lavrov" compare equal.
 *
 * @example
 * foldText('Erdoğan'); // 'erdogan'
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .toLowerCase()
    .replace(specialLetters, (letter) => unaccented[letter]!)
    .replace(spaces, ' ')
    .trim();
}

/** The words of folded text: runs of letters and digits. */
export function foldedWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * A lowercase ASCII slug of a name, for ids ("Sergéy Lavrov" → "sergey-lavrov"). A name with no Latin letter
 * or digit gets `fallback`, a dash and a stable hash of the name, so it still has an id of its own.
 *
 * @example
 * slugOf('Jean-Luc Mélenchon'); // 'jean-luc-melenchon'
 * slugOf('Лавров'); // 'speaker-' and eight hex digits
 */
export function slugOf(name: string, fallback = 'speaker'): string {
  const slug = foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? `${fallback}-${fnv1a(name)}` : slug;
}
