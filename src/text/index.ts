/**
 * Number of Unicode code points in `text` (what W3C TextPositionSelector offsets count).
 *
 * @example
 * codePointLength('a😀b'); // 3, while 'a😀b'.length is 4
 */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/**
 * Converts between code-point offsets and JavaScript's UTF-16 indexes for one text.
 * Building it is O(n); every lookup after that is O(1) for ASCII-only texts and O(log n) otherwise.
 *
 * @example
 * const index = new CodePointIndex('😀 “Hi”');
 * index.slice(3, 5); // 'Hi'
 * index.toCodePoint(4); // 3
 */
export class CodePointIndex {
  readonly text: string;
  readonly length: number;
  private readonly astralUnitOffsets: number[];

  constructor(text: string) {
    this.text = text;
    const astral: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          astral.push(i);
          i++;
        }
      }
    }
    this.astralUnitOffsets = astral;
    this.length = text.length - astral.length;
  }

  /** UTF-16 index of the code point at `codePoint` (or `text.length` at the end). */
  toUnit(codePoint: number): number {
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > this.length) {
      throw new RangeError(`Code point offset ${codePoint} is outside 0..${this.length}`);
    }
    const astral = this.astralUnitOffsets;
    let low = 0;
    let high = astral.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (astral[mid]! - mid < codePoint) low = mid + 1;
      else high = mid;
    }
    return codePoint + low;
  }

  /** Code-point offset of UTF-16 index `unit`; an index inside a surrogate pair is an error. */
  toCodePoint(unit: number): number {
    if (!Number.isInteger(unit) || unit < 0 || unit > this.text.length) {
      throw new RangeError(`UTF-16 index ${unit} is outside 0..${this.text.length}`);
    }
    const astral = this.astralUnitOffsets;
    let low = 0;
    let high = astral.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (astral[mid]! < unit) low = mid + 1;
      else high = mid;
    }
    if (low > 0 && astral[low - 1]! + 1 === unit) {
      throw new RangeError(`UTF-16 index ${unit} splits a surrogate pair`);
    }
    return unit - low;
  }

  /** The text between code-point offsets `start` (inclusive) and `end` (exclusive). */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUnit(start), this.toUnit(end));
  }
}

export { foldText, foldedWords, slugOf } from './fold.js';
export { escapeFormula, formulaTriggers, invisibleLeadCharacters, unescapeFormula } from './formula.js';
