import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CodePointIndex, codePointLength } from '../../src/text/index.js';

const mixedText = fc.string({ unit: fc.oneof(fc.constantFrom('a', '“', '”', 'Ա', 'Ж', '\n', '😀', '🇦🇲', '𝒳'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) });

describe('code points', () => {
  it('counts an astral character once', () => {
    expect(codePointLength('a😀b')).toBe(3);
    expect(new CodePointIndex('😀 “Hi”').slice(3, 5)).toBe('Hi');
  });

  it('rejects an index that splits a surrogate pair and offsets out of range', () => {
    const index = new CodePointIndex('😀x');
    expect(() => index.toCodePoint(1)).toThrow(/surrogate/);
    expect(() => index.toUnit(3)).toThrow(RangeError);
    expect(() => index.toUnit(-1)).toThrow(RangeError);
  });

  test.prop([mixedText])('agrees with Array.from on every offset', (text) => {
    const points = Array.from(text);
    const index = new CodePointIndex(text);
    expect(index.length).toBe(points.length);
    expect(codePointLength(text)).toBe(points.length);
    let unit = 0;
    for (let point = 0; point <= points.length; point++) {
      expect(index.toUnit(point)).toBe(unit);
      expect(index.toCodePoint(unit)).toBe(point);
      unit += points[point]?.length ?? 0;
    }
  });

  test.prop([mixedText, fc.nat(), fc.nat()])('slices the same characters as Array.from', (text, a, b) => {
    const points = Array.from(text);
    const start = Math.min(a, b) % (points.length + 1);
    const end = Math.max(start, Math.max(a, b) % (points.length + 1));
    expect(new CodePointIndex(text).slice(start, end)).toBe(points.slice(start, end).join(''));
  });
});
