import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../src/dataset/index.js';
import { jsonTextIssue, parseJsonText } from '../../src/io/formats/index.js';

const keys = ['a', 'b', 'a:b', ':', '__proto__', '\\u0061', '\\u003a', '\\ud800', '\\ud83d\\ude00', 'x\\"y', 'x\\\\'];
const numbers = ['0', '-0', '0.0', '1', '-12.5', '1e5', '1e-400', '1e400', '-1e309', '5e-324', '0e7', '123456789012345678901'];
const strings = ['"plain"', '"with: colon"', '"::"', '"\\u003a"', '"\\udc00"', '"😀"', '"\\n\\t"', '"\\\\u003a"', '""'];

const jsonText = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...numbers),
    fc.constantFrom(...strings),
    fc.constantFrom('true', 'false', 'null'),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fc.constantFrom(...keys), tie('value')), { maxLength: 5 })
      .map((members) => `{${members.map(([key, value]) => `"${key}":${value}`).join(',')}}`),
  ),
})).value;

const reference = (text: string, maxDepth: number) => {
  try {
    JSON.parse(text);
  } catch {
    return 'invalid_json';
  }
  return jsonTextIssue(text, maxDepth);
};

describe('parseJsonText', () => {
  test.prop([jsonText, fc.integer({ min: 1, max: 6 })], { numRuns: 3000 })(
    'finds exactly what the full character scan finds, whatever keys, escapes, numbers and depth the text holds',
    (text, maxDepth) => {
      const parsed = parseJsonText(text, { maxDepth });
      const expected = reference(text, maxDepth);
      if (expected === undefined) expect(parsed).toEqual({ value: JSON.parse(text) });
      else if (expected === 'invalid_json') expect(parsed).toMatchObject({ issues: [{ code: 'invalid_json' }] });
      else expect(parsed).toEqual({ issues: [expected] });
    },
  );

  it.each([
    ['{"a":1,"a":2}', 'duplicate_key'],
    ['{"a:b":"c","a:b":"d"}', 'duplicate_key'],
    ['{"x":"a:b:c","x":"::"}', 'duplicate_key'],
    ['{"a":{"b":1,"c":{"d":1,"d":1}}}', 'duplicate_key'],
    ['{"__proto__":{}}', 'forbidden_key'],
    ['{"\\u005f_proto__":1}', 'forbidden_key'],
    ['{"n":1e-400}', 'number_out_of_range'],
    ['{"n":0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001}', 'number_out_of_range'],
    ['{"n":1e400}', 'number_out_of_range'],
    ['{"t":"\\ud800"}', 'lone_surrogate'],
    ['{"\\u0061":1,"a":2}', 'duplicate_key'],
  ])('rejects %s (%s)', (text, code) => {
    expect(parseJsonText(text)).toMatchObject({ issues: [{ code }] });
  });

  it('still finds a repeated key when something has added an enumerable property to Object.prototype', () => {
    Object.defineProperty(Object.prototype, 'planted', { value: 1, enumerable: true, configurable: true, writable: true });
    let parsed: ReturnType<typeof parseJsonText>;
    try {
      parsed = parseJsonText('{"a":1,"a":2}');
    } finally {
      delete (Object.prototype as Record<string, unknown>).planted;
    }
    expect(parsed).toMatchObject({ issues: [{ code: 'duplicate_key' }] });
  });

  it('rejects nesting one level past maxDepth and accepts it at maxDepth', () => {
    expect(parseJsonText('[[[1]]]', { maxDepth: 2 })).toMatchObject({ issues: [{ code: 'too_deep' }] });
    expect(parseJsonText('[[[1]]]', { maxDepth: 3 })).toEqual({ value: [[[1]]] });
  });

  it('accepts every bundled record as it is written', () => {
    for (const record of [...dataset.sources, ...dataset.speakers, ...dataset.quotes]) {
      expect(parseJsonText(JSON.stringify(record))).toEqual({ value: JSON.parse(JSON.stringify(record)) });
    }
  });
});
