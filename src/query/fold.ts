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
