import { fc, test as propertyTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { calendarDatePattern, isValidPartialDate } from '../../src/schema/vocabulary.js';

/** The calendar by arithmetic: the oracle the single regular expression must agree with. */
function isRealDate(year: number, month?: number, day?: number): boolean {
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day >= 1 && day <= days;
}

const two = (value: number) => String(value).padStart(2, '0');

describe('calendarDatePattern', () => {
  propertyTest.prop([fc.integer({ min: 0, max: 9999 }), fc.option(fc.integer({ min: 0, max: 99 })), fc.option(fc.integer({ min: 0, max: 99 }))], { numRuns: 5000 })(
    'accepts exactly the real dates at each precision',
    (year, month, day) => {
      const text = `${String(year).padStart(4, '0')}${month === null ? '' : `-${two(month)}${day === null ? '' : `-${two(day)}`}`}`;
      expect(calendarDatePattern.test(text)).toBe(isRealDate(year, month ?? undefined, month === null ? undefined : (day ?? undefined)));
    },
  );

  it.each([
    ['2020-11-31', false],
    ['2020-13-45', false],
    ['2020-13', false],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['0000-02-29', true],
    ['2020-00', false],
    ['20201', false],
    ['２０２０', false],
  ])('%s → %s', (text, valid) => {
    expect(isValidPartialDate(text)).toBe(valid);
  });
});
