import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseLog, quotedSegmentsIn, snapSpan, undoStack } from '../../src/review/changes.js';
import { CodePointIndex } from '../../src/text/index.js';

const pieces = ['a', 'Z', ' ', '\n', '\t', '😀', '🐟', '𝒳', 'é', '“', '”', '"', ',', '\u00a0', '\u3000'];
const textArbitrary = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }).map((characters) => characters.join(''));

describe('snapSpan', () => {
  test.prop([textArbitrary, fc.nat(), fc.nat(), fc.constantFrom('direct', 'indirect', 'mixed', null)])(
    'keeps a selection inside its bounds, in whole code points, with no white space at either end',
    (text, a, b, kind) => {
      const index = new CodePointIndex(text);
      const points = Array.from(text);
      const start = a % (points.length + 1);
      const end = start + (b % (points.length - start + 1));
      const span = snapSpan(index, { start, end }, kind as never);
      expect(span.start).toBeGreaterThanOrEqual(start);
      expect(span.end).toBeLessThanOrEqual(end);
      expect(span.end).toBeGreaterThanOrEqual(span.start);
      const inside = points.slice(span.start, span.end).join('');
      expect(index.slice(span.start, span.end)).toBe(inside);
      if (inside !== '') expect(inside.trim()).toBe(inside);
      const selected = points.slice(start, end).join('');
      if (kind !== 'direct') expect(inside).toBe(selected.trim());
    },
  );

  it('counts code points, not UTF-16 units, and drops the quotation marks around a direct quote', () => {
    const index = new CodePointIndex('🐟🐟 “ Fish 🐟 today ” 🐟');
    expect(snapSpan(index, { start: 2, end: 20 }, 'direct')).toEqual({ start: 5, end: 17 });
    expect(index.slice(5, 17)).toBe('Fish 🐟 today');
    expect(snapSpan(index, { start: 2, end: 20 }, 'indirect')).toEqual({ start: 3, end: 19 });
    expect(snapSpan(index, { start: 2, end: 21 }, 'direct')).toEqual({ start: 3, end: 21 });
  });
});

describe('quotedSegmentsIn', () => {
  it('finds the quoted fragments of a mixed quote after astral characters', () => {
    const text = '🌊 She said the plan “will work 🐚” and “cost less”.';
    const index = new CodePointIndex(text);
    const start = Array.from(text.slice(0, text.indexOf('the plan'))).length;
    const end = Array.from(text.slice(0, text.indexOf('.'))).length;
    expect(quotedSegmentsIn(index, { start, end })).toEqual([
      { text: 'will work 🐚', span: { start: start + 10, end: start + 21 } },
      { text: 'cost less', span: { start: start + 28, end: start + 37 } },
    ]);
  });
});

describe('the review log', () => {
  const entry = (seq: number, action: string, undoes?: number) =>
    JSON.stringify({ seq, at: '2026-03-04T10:00:00.000Z', who: 'Tester', action, quote: 'q', changes: [], ...(undoes ? { undoes } : {}) });

  it('undoes the newest change not yet undone', () => {
    const log = parseLog([entry(1, 'save'), entry(2, 'reject'), entry(3, 'undo', 2), entry(4, 'add'), ''].join('\n'), 'log');
    expect(undoStack(log).map((item) => item.seq)).toEqual([1, 4]);
  });

  it('names the line of anything that is not an entry', () => {
    expect(() => parseLog(`${entry(1, 'save')}\n{"seq":2}\n`, 'review-log.ndjson')).toThrow(/review-log\.ndjson line 2/);
    expect(() => parseLog(`${entry(1, 'save')}\n${entry(2, 'save').slice(0, 20)}`, 'review-log.ndjson')).toThrow(/line 2 is not valid JSON/);
    expect(() => parseLog(entry(1, 'delete-everything'), 'review-log.ndjson')).toThrow(/line 1/);
  });
});
